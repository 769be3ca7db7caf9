package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.XraySandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built {@code target/xray-cli.jar}: self-contained, runnable with {@code java -jar}, with its exit codes. */
class ExecutableJarIT {

  private static final Path JAR = Path.of("target/xray-cli.jar").toAbsolutePath();

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start().acceptingImports();

  record Run(int exitCode, String out, String err) {}

  private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("XRAY_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void help_and_version_exit_with_0() throws Exception {
    Run help = java(Map.of(), "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("publish", "create-execution", "check");
    Run version = java(Map.of(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("xray-cli ");
  }

  @Test
  void checks_the_test_plan_on_xray_cloud_through_graphql() throws Exception {
    try (XraySandbox sandbox = XraySandbox.start()) {
      // given
      Map<String, String> cloud = Map.of("XRAY_URL", sandbox.url(), "XRAY_CLIENT_ID", SandboxCredentials.CLIENT_ID,
          "XRAY_CLIENT_SECRET", SandboxCredentials.CLIENT_SECRET, "XRAY_PROJECT_KEY", "CALC");
      Map<String, String> existing = new java.util.HashMap<>(cloud);
      existing.put("XRAY_TEST_PLAN_KEY", "CALC-24");
      Map<String, String> missing = new java.util.HashMap<>(cloud);
      missing.put("XRAY_TEST_PLAN_KEY", "CALC-999");

      // when
      Run found = java(existing, "check");
      Run notFound = java(missing, "check");

      // then
      assertThat(found.exitCode()).as(found.out() + found.err()).isZero();
      assertThat(found.out()).contains("ok    Test Plan: CALC-24 \"Calculator 1.0\"");
      assertThat(notFound.exitCode()).isEqualTo(1);
      assertThat(notFound.out()).contains("FAIL  Test Plan: CALC-999 was not found");
      assertThat(found.out() + found.err() + notFound.out() + notFound.err())
          .doesNotContain(SandboxCredentials.CLIENT_SECRET);
    }
  }

  @Test
  void a_usage_error_exits_with_2() throws Exception {
    Run run = java(Map.of(), "publish");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE|DIR");
  }

  @Test
  void publishes_a_results_file_with_nothing_but_the_jar_on_the_class_path() throws Exception {
    // given
    Path file = Runs.writeResultsFile(dir.resolve("xray"), "CALC-1", "CALC-2");
    // when
    Run run = java(Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", "test-token-jar-123"), "publish", file.toString());
    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 results published to " + XrayStandIn.CREATED_KEY);
    assertThat(xray.acceptedResults()).isEqualTo(Map.of("CALC-1", 1, "CALC-2", 1));
    assertThat(run.out() + run.err()).doesNotContain("test-token-jar-123");
  }

  @Test
  void a_failed_publish_exits_with_1() throws Exception {
    // given
    Path file = Runs.writeResultsFile(dir.resolve("xray"), "CALC-1");
    xray.server.resetAll();
    // when: Xray answers 404 to everything
    Run run = java(Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", "test-token-jar-123", "XRAY_MAX_RETRIES", "0"),
        "publish", file.toString());
    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("java -jar xray-cli.jar publish " + file);
  }
}
