package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.XraySandbox;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on Xray Cloud against the sandbox: the keys are verified through Xray's GraphQL API. */
class CheckOnCloudSandboxTest {

  @TempDir Path dir;
  @AutoClose private final XraySandbox sandbox = XraySandbox.start();

  private Map<String, String> cloud(String... more) {
    Map<String, String> env = new java.util.HashMap<>(Map.of("XRAY_URL", sandbox.url(),
        "XRAY_CLIENT_ID", SandboxCredentials.CLIENT_ID, "XRAY_CLIENT_SECRET", SandboxCredentials.CLIENT_SECRET,
        "XRAY_PROJECT_KEY", "CALC", "XRAY_MAX_RETRIES", "0"));
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void names_an_existing_test_plan_and_test_execution() {
    // given: the sandbox's seed has the Test Plan CALC-24; a Test Execution is created first
    CliRun created = CliRun.run(cloud(), dir, "create-execution", "--summary", "Nightly");
    String execution = created.out().strip();

    // when
    CliRun run = CliRun.run(cloud("XRAY_TEST_PLAN_KEY", "CALC-24", "XRAY_TEST_EXECUTION_KEY", execution), dir,
        "check");

    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "ok    URL: " + sandbox.url() + " answers as Xray Cloud",
        "ok    credentials: API key " + SandboxCredentials.CLIENT_ID + " authenticated",
        "ok    project: CALC (set; not looked up)",
        "ok    Test Plan: CALC-24 \"Calculator 1.0\"",
        "ok    Test Execution: " + execution + " \"Nightly\"");
    assertThat(run.all()).doesNotContain(SandboxCredentials.CLIENT_SECRET);
  }

  @Test
  void a_missing_test_plan_and_a_key_of_another_type_fail_their_lines() {
    // when
    CliRun run = CliRun.run(cloud("XRAY_TEST_PLAN_KEY", "CALC-999", "XRAY_TEST_EXECUTION_KEY", "CALC-1"), dir,
        "check");

    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out().lines())
        .contains("FAIL  Test Plan: CALC-999 was not found (or is not visible to these credentials) : fix"
            + " xray.test-plan-key (XRAY_TEST_PLAN_KEY)")
        .contains("FAIL  Test Execution: CALC-1 is a Test, not a Test Execution : set xray.test-execution-key"
            + " (XRAY_TEST_EXECUTION_KEY) to a Test Execution's key");
  }
}
