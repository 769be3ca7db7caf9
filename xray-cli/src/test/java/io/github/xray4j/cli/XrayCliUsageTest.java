package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XrayCliUsageTest {

  @TempDir Path dir;

  @Test
  void help_lists_the_commands_and_the_exit_codes() {
    // when
    CliRun run = CliRun.run(Map.of(), dir, "--help");
    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("publish", "create-execution", "check")
        .contains("0  done", "1  publishing failed", "2  usage or configuration error")
        .contains("XRAY_TOKEN", "javax.net.ssl.trustStore");
  }

  @ParameterizedTest
  @ValueSource(strings = {"publish", "create-execution", "check"})
  void every_command_has_help(String command) {
    // when
    CliRun run = CliRun.run(Map.of(), dir, command, "--help");
    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: xray-cli " + command).contains("--url", "--token", "--project");
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    // when
    CliRun run = CliRun.run(Map.of(), dir, "pubish");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("pubish");
  }

  @Test
  void no_command_is_a_usage_error() {
    CliRun run = CliRun.run(Map.of(), dir);
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("a command is required");
  }

  @Test
  void publish_without_a_file_is_a_usage_error() {
    CliRun run = CliRun.run(Map.of(), dir, "publish");
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("FILE|DIR");
  }

  @Test
  void a_bad_option_value_is_a_configuration_error_naming_the_option() {
    // when
    CliRun run = CliRun.run(Map.of(), dir, "create-execution", "--url", "https://jira.example.com",
        "--token", "test-token-123", "--project", "CALC", "--test-plan", "not a key");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("xray.test-plan-key='not a key' (from command-line option xray.test-plan-key)");
    assertThat(run.all()).doesNotContain("test-token-123");
  }

  @Test
  void a_bad_environment_value_is_a_configuration_error_naming_the_variable() {
    // when
    CliRun run = CliRun.run(Map.of("XRAY_URL", "jira.example.com"), dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("environment variable XRAY_URL");
  }

  @Test
  void options_win_over_the_environment() {
    // given: the environment names an invalid key, the option a valid one
    Map<String, String> env = Map.of("XRAY_TEST_PLAN_KEY", "bad");
    // when
    CliRun run = CliRun.run(env, dir, "check", "--test-plan", "CALC-100");
    // then: the environment's bad value is not what is reported
    assertThat(run.err()).doesNotContain("XRAY_TEST_PLAN_KEY");
  }
}
