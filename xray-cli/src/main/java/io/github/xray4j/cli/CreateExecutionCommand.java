package io.github.xray4j.cli;

import io.github.xray4j.core.client.Association;
import io.github.xray4j.core.client.IssueRef;
import io.github.xray4j.core.client.NewTestExecution;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.model.Flavour;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code create-execution}: creates a Test Execution and prints only its key on standard output, for a CI
 * pipeline to hand to its shards as {@code XRAY_TEST_EXECUTION_KEY}.
 *
 * <p>On Server/DC the issue is created through Jira with its summary, description and fix version, and linked
 * to the Test Plan. Test Environments and the revision are Xray custom fields whose ids differ per instance: the
 * shards' imports set them (give the shards {@code XRAY_TEST_ENVIRONMENTS} and {@code XRAY_REVISION}). On Cloud
 * the Test Execution is created with its environments; Test Plan, fix version and revision come with the
 * shards' imports.
 */
@Command(
    name = "create-execution",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Creates a Test Execution and prints its key, for CI shards.",
    description = {
        "Creates a Test Execution and prints only its key on standard output (messages go to standard error),"
            + " for a CI pipeline to hand to its shards as XRAY_TEST_EXECUTION_KEY:%n",
        "  export XRAY_TEST_EXECUTION_KEY=$(java -jar xray-cli.jar create-execution --summary Nightly)%n",
        "Needs the project (--project or XRAY_PROJECT_KEY). Give the shards the same --environments and"
            + " --revision (XRAY_TEST_ENVIRONMENTS, XRAY_REVISION): their imports set those fields."})
public final class CreateExecutionCommand implements Callable<Integer> {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;
  @Mixin ExecutionOptions execution = new ExecutionOptions();
  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> more = new LinkedHashMap<>();
    execution.addTo(more);
    XrayConfig config = cli.load(connection, more);
    String project = config.projectKey().orElseThrow(() -> new XrayConfigException(
        "create-execution needs the project: give --project CALC or set XRAY_PROJECT_KEY"));
    String summary = config.summary().orElseGet(() -> "Automated test run " + WHEN.format(Clock.systemUTC().instant()));
    try (XrayClient xray = XrayClient.create(config)) {
      IssueRef created = config.flavour() == Flavour.SERVER ? createOnServer(xray, config, project, summary)
          : xray.createTestExecution(new NewTestExecution(project, summary, config.description().orElse(null),
              config.testEnvironments()));
      out.println(created.key());
      out.flush();
      err.println("Created Test Execution " + created.key() + " (" + xray.browseUrl(created) + ")");
      if (config.flavour() == Flavour.SERVER) {
        config.testPlanKey().ifPresent(plan -> link(xray, plan, created.key(), err));
      }
      return XrayCli.OK;
    } catch (XrayException e) {
      err.println("xray-cli: could not create the Test Execution: " + e.getMessage());
      return XrayCli.PUBLISH_FAILED;
    }
  }

  private static IssueRef createOnServer(XrayClient xray, XrayConfig config, String project, String summary) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("project", Map.of("key", project));
    fields.put("summary", summary);
    fields.put("issuetype", Map.of("name", "Test Execution"));
    config.description().ifPresent(description -> fields.put("description", description));
    config.fixVersion().ifPresent(version -> fields.put("fixVersions", List.of(Map.of("name", version))));
    return xray.createIssue(fields);
  }

  private static void link(XrayClient xray, String plan, String key, PrintWriter err) {
    try {
      xray.updateLinked(Association.PLAN_EXECUTIONS, plan, List.of(key), List.of());
      err.println("Added " + key + " to Test Plan " + plan);
    } catch (XrayException e) {
      // The execution exists and its key is printed: the shards' imports (xray.test-plan-key) link it too.
      err.println("xray-cli: warning: " + key + " was not added to Test Plan " + plan + ": " + e.getMessage()
          + " The shards' imports link it when they have XRAY_TEST_PLAN_KEY=" + plan + ".");
    }
  }
}
