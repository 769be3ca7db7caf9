package io.github.xray4j.cli;

import io.github.xray4j.core.client.JiraIssue;
import io.github.xray4j.core.client.JiraUser;
import io.github.xray4j.core.client.TestRunStatusSetting;
import io.github.xray4j.core.client.XrayAuthenticationException;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.client.XrayNotFoundException;
import io.github.xray4j.core.client.XrayWrongUrlException;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.model.Flavour;
import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: verifies URL, credentials, project and configured keys, one line each. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Checks URL, credentials, project and configured keys against Xray.",
    description = {
        "Checks the configuration against Xray and prints one line per check: 'ok    <what is fine>' or"
            + " 'FAIL  <what is wrong> : <what to do>'.%n",
        "Checks the URL (reachable, looks like Jira/Xray), the credentials, that Xray answers (Server/DC), the"
            + " project, and the configured"
            + " Test Plan and Test Execution (Server/DC through Jira, Cloud through Xray's GraphQL API). Exit code 1"
            + " if a check failed, 2 for a configuration error."})
public final class CheckCommand implements Callable<Integer> {

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Option(names = "--test-plan", paramLabel = "KEY", description = "Test Plan to check. Key xray.test-plan-key.")
  @Nullable String testPlan;

  @Option(names = "--test-execution", paramLabel = "KEY",
      description = "Test Execution to check. Key xray.test-execution-key.")
  @Nullable String testExecution;

  private PrintWriter out;
  private boolean failed;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    Map<String, String> more = new LinkedHashMap<>();
    ConnectionOptions.put(more, XrayKey.TEST_PLAN_KEY, testPlan);
    ConnectionOptions.put(more, XrayKey.TEST_EXECUTION_KEY, testExecution);
    XrayConfig config = cli.load(connection, more);
    Optional<URI> url = config.url();
    if (url.isEmpty()) {
      fail("URL: xray.url is not set", "set XRAY_URL (or --url) to your Jira base URL, such as"
          + " https://jira.example.com, or set XRAY_CLIENT_ID for Xray Cloud");
    }
    Optional<Credentials> credentials = config.credentials();
    if (credentials.isEmpty()) {
      fail("credentials: none configured", "set XRAY_TOKEN (a Jira Personal Access Token), or XRAY_USERNAME and"
          + " XRAY_PASSWORD, or the XRAY_OAUTH_* keys; for Xray Cloud XRAY_CLIENT_ID and XRAY_CLIENT_SECRET");
    }
    if (url.isEmpty() || credentials.isEmpty()) {
      projectLine(config, false);
      return done();
    }
    try (XrayClient xray = XrayClient.create(config)) {
      boolean loggedIn = login(xray, config, url.get(), credentials.get());
      if (loggedIn && config.flavour() == Flavour.SERVER) {
        loggedIn = xrayInstalled(xray, config);
      }
      projectLine(config, loggedIn);
      if (loggedIn) {
        config.testPlanKey().ifPresent(key -> issue(xray, key, "Test Plan", XrayKey.TEST_PLAN_KEY));
        config.testExecutionKey().ifPresent(key -> issue(xray, key, "Test Execution", XrayKey.TEST_EXECUTION_KEY));
      }
    }
    return done();
  }

  private boolean login(XrayClient xray, XrayConfig config, URI url, Credentials credentials) {
    String kind = credentials.describe();
    try {
      if (credentials instanceof Credentials.ClientCredentials cloud) {
        CloudAuthentication.Result result = CloudAuthentication.authenticate(config, url, cloud);
        switch (result.answer()) {
          case OK -> {
            ok("URL: " + url + " answers as Xray Cloud");
            ok("credentials: " + kind + " " + result.detail());
            return true;
          }
          case REJECTED -> {
            ok("URL: " + url + " answers as Xray Cloud");
            fail("credentials: " + kind + " rejected", result.detail());
          }
          case NOT_XRAY -> {
            fail("URL: " + url + " does not look like Xray Cloud", result.detail());
            skip("credentials: not checked until the URL works");
          }
          case UNREACHABLE -> {
            fail("URL: " + url + " cannot be used", result.detail());
            skip("credentials: not checked until the URL works");
          }
        }
        return false;
      } else {
        JiraUser user = xray.myself();
        ok("URL: " + url + " answers as Jira");
        ok("credentials: " + kind + " logged in as " + Optional.ofNullable(user.displayName())
            .or(() -> Optional.ofNullable(user.name())).orElse("(unnamed user)"));
      }
      return true;
    } catch (XrayAuthenticationException e) {
      ok("URL: " + url + " answers");
      fail("credentials: " + kind + " rejected (HTTP " + e.httpStatus() + ")", e.getMessage());
    } catch (XrayWrongUrlException e) {
      fail("URL: " + url + " does not look like " + (config.flavour() == Flavour.CLOUD ? "Xray Cloud" : "Jira"),
          e.getMessage());
      skip("credentials: not checked until the URL works");
    } catch (XrayException e) {
      fail("URL: " + url + " cannot be used" + (e.httpStatus() > 0 ? " (HTTP " + e.httpStatus() + ")" : ""),
          e.getMessage());
      skip("credentials: not checked until the URL works");
    }
    return false;
  }

  /** Server/DC: Jira answers, but is Xray there, licensed, at this REST version? */
  private boolean xrayInstalled(XrayClient xray, XrayConfig config) {
    String version = "/rest/raven/" + config.apiVersion();
    try {
      List<TestRunStatusSetting> statuses = xray.getTestRunStatuses();
      ok("Xray: answers at " + version + " (test run statuses: " + statuses.stream()
          .map(TestRunStatusSetting::name).collect(Collectors.joining(", ")) + ")");
      return true;
    } catch (XrayAuthenticationException e) {
      fail("Xray: " + version + " refuses these credentials (HTTP " + e.httpStatus() + ")",
          "Xray answers 401 also when its license is not valid: check the license in Jira's Manage apps");
    } catch (XrayNotFoundException | XrayWrongUrlException e) {
      fail("Xray: not found at " + version + " (HTTP " + e.httpStatus() + ")", "is the Xray app installed and"
          + " enabled in this Jira? For Xray before 3.0 set xray.api-version=1.0");
    } catch (XrayException e) {
      fail("Xray: " + version + " cannot be used" + (e.httpStatus() > 0 ? " (HTTP " + e.httpStatus() + ")" : ""),
          e.getMessage());
    }
    return false;
  }

  private void projectLine(XrayConfig config, boolean loggedIn) {
    Optional<String> project = config.projectKey();
    if (project.isEmpty()) {
      if (config.testExecutionKey().isEmpty()) {
        fail("project: xray.project-key is not set, and neither is xray.test-execution-key",
            "set XRAY_PROJECT_KEY (or --project) to the Jira project new Test Executions go into");
      } else {
        ok("project: not set (not needed: results go into " + config.testExecutionKey().get() + ")");
      }
      return;
    }
    for (String key : new String[] {config.testPlanKey().orElse(null), config.testExecutionKey().orElse(null)}) {
      if (key != null && !key.startsWith(project.get() + "-")) {
        ok("project: " + project.get() + " (note: " + key + " is in another project)");
        return;
      }
    }
    // The client has no project lookup: Jira checks the key when the first Test Execution is created.
    ok("project: " + project.get() + " (set; not looked up)");
  }

  private void issue(XrayClient xray, String key, String expectedType, XrayKey<?> configKey) {
    try {
      JiraIssue issue = xray.getIssue(key);
      String type = issue.issueType().orElse("?");
      if (type.equalsIgnoreCase(expectedType)) {
        ok(expectedType + ": " + key + issue.summary().map(s -> " \"" + s + "\"").orElse(""));
      } else {
        fail(expectedType + ": " + key + " is a " + type + ", not a " + expectedType,
            "set " + configKey.key() + " (" + configKey.envName() + ") to a " + expectedType + "'s key");
      }
    } catch (XrayNotFoundException e) {
      fail(expectedType + ": " + key + " was not found (or is not visible to these credentials)",
          "fix " + configKey.key() + " (" + configKey.envName() + ")");
    } catch (XrayException e) {
      fail(expectedType + ": " + key + " could not be read", e.getMessage());
    }
  }

  private void ok(String what) {
    out.println("ok    " + what);
  }

  private void fail(String what, String todo) {
    failed = true;
    out.println("FAIL  " + what + " : " + todo);
  }

  private void skip(String what) {
    out.println("skip  " + what);
  }

  private int done() {
    out.flush();
    return failed ? XrayCli.PUBLISH_FAILED : XrayCli.OK;
  }
}
