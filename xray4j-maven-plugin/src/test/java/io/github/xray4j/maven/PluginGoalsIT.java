package io.github.xray4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.XrayReporter;
import io.github.xray4j.core.testing.FixtureBuilds;
import io.github.xray4j.core.testing.FixtureBuilds.Build;
import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.XraySandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's three goals in real Maven builds of the fixture {@code src/it/bdd}, against the sandbox started
 * here (Server/DC and Cloud), and with Xray unreachable. The plugin is installed into {@code target/it-repo} by
 * {@code maven-invoker-plugin:install}.
 */
class PluginGoalsIT {

  private static final FixtureBuilds BUILDS = new FixtureBuilds();
  private static final String VERSION = FixtureBuilds.property("it.xray4j.version");
  private static final String PLUGIN = "io.github.xray4j:xray4j-maven-plugin:" + VERSION + ":";

  @AutoClose private final XraySandbox sandbox = XraySandbox.start();
  private Path project;

  @BeforeEach
  void copyFixture() throws IOException {
    project = BUILDS.fixture("bdd", Map.of("xray4j.version", VERSION));
  }

  @Test
  void exports_before_the_tests_then_imports_and_publishes() throws Exception {
    // when: the build runs to generate-test-resources, where export-features is bound (Server/DC)
    Build export = mvn("export", server(), "generate-test-resources");
    // then
    assertThat(export.exitCode()).as(export.log()).isZero();
    Path features = project.resolve("src/test/resources/features");
    assertThat(features.resolve("1_CALC-21.feature")).content().contains("@REQ_CALC-21", "@TEST_CALC-13",
        "Scenario: Add two numbers");
    assertThat(features.resolve("2_CALC-22.feature")).content().contains("@TEST_CALC-15");
    assertThat(export.log()).contains("xray4j: 2 feature files written into " + features);

    // when: a step is changed in Git and a new scenario added, then imported (Cloud)
    Files.writeString(features.resolve("1_CALC-21.feature"), Files.readString(features.resolve("1_CALC-21.feature"))
        .replace("I add 2 and 3", "I add 20 and 22").replace("\"5\"", "\"42\""));
    Files.createDirectories(features.resolve("new"));
    Files.writeString(features.resolve("new/multiply.feature"),
        "Feature: Multiplication\n  Scenario: Multiply by four\n    When I multiply the result by 4\n");
    Build imported = mvn("import", cloud(), PLUGIN + "import-features");
    // then
    assertThat(imported.exitCode()).as(imported.log()).isZero();
    assertThat(imported.log()).contains("xray4j: updated Test CALC-13", "xray4j: created Test CALC-25",
        "3 feature files imported: 1 created, 2 updated");
    assertThat(test("CALC-13").path("definition").asText()).contains("When I add 20 and 22");

    // when: a results file left by a run that could not publish is re-sent
    writeResultsFile(project.resolve("target/xray"), "CALC-13", "CALC-15");
    Build published = mvn("publish", server(), PLUGIN + "publish");
    // then
    assertThat(published.exitCode()).as(published.log()).isZero();
    assertThat(published.log()).contains("xray4j: Xray: 2 results published to CALC-26");
    assertThat(sandbox.stateJson()).contains("CALC-26");
  }

  @Test
  void with_xray_unreachable_the_build_passes_and_says_what_to_do() throws Exception {
    // given
    Map<String, String> env = Map.of("XRAY_URL", "http://127.0.0.1:" + closedPort(), "XRAY_TOKEN",
        "test-token-unreachable-123", "XRAY_MAX_RETRIES", "0");
    // when
    Build build = mvn("unreachable", env, "generate-test-resources");
    Build strict = mvn("unreachable-strict", env, "generate-test-resources", "-Dxray.fail-on-error=true");
    // then
    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(build.log()).contains("[WARNING] xray4j: export-features failed", "Check xray.url (http://127.0.0.1:",
        "then run 'mvn xray4j:export-features' again", "the build goes on (set xray.fail-on-error=true to fail it)")
        .contains("BUILD SUCCESS").doesNotContain("test-token-unreachable-123");
    assertThat(project.resolve("src/test/resources/features")).doesNotExist();
    assertThat(strict.exitCode()).as(strict.log()).isNotZero();
    assertThat(strict.log()).contains("BUILD FAILURE", "xray4j: export-features failed");
  }

  @Test
  void without_xray_configured_the_goals_say_so_and_pass() throws Exception {
    Build build = mvn("unconfigured", Map.of(), "generate-test-resources");
    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(build.log()).contains("xray4j: export-features skipped: Xray is not configured. Set xray.url");
  }

  private Map<String, String> server() {
    return Map.of("XRAY_URL", sandbox.url(), "XRAY_TOKEN", SandboxCredentials.PERSONAL_ACCESS_TOKEN);
  }

  private Map<String, String> cloud() {
    return Map.of("XRAY_URL", sandbox.url(), "XRAY_CLIENT_ID", SandboxCredentials.CLIENT_ID,
        "XRAY_CLIENT_SECRET", SandboxCredentials.CLIENT_SECRET);
  }

  private Build mvn(String name, Map<String, String> env, String... args) throws Exception {
    return BUILDS.mvn(project, "bdd-" + name, env, List.of(args));
  }

  private JsonNode test(String key) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(sandbox.url() + "/rest/raven/2.0/api/test?keys=" + key))
        .header("Authorization", "Bearer " + SandboxCredentials.PERSONAL_ACCESS_TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body()).get(0);
  }

  /** Writes a results file as a run that could not publish leaves it (a dry run writes the same file). */
  private static void writeResultsFile(Path dir, String... keys) {
    XrayReporter reporter = XrayReporter.create(XrayConfig.of(Map.of("xray.dry-run", "true",
        "xray.output-dir", dir.toString(), "xray.project-key", "CALC")));
    for (String key : keys) {
      reporter.add(TestResult.builder(Status.PASS).testKey(key).build());
    }
    reporter.finish();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
