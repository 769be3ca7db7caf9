package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.examples.e2e.SandboxState.Execution;
import io.github.xray4j.examples.e2e.SandboxState.Iteration;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both examples again, this time against the sandbox's Xray Cloud API (client credentials exchanged for a
 * token, Cloud status names): the other half of the path, checked on the essentials.
 */
class ExamplesOnXrayCloudEndToEndTest extends SandboxEndToEndTest {

  @BeforeAll
  void run_both_examples_against_the_sandbox_as_xray_cloud(@TempDir Path outputDir) {
    ExampleProject.runJUnit5Calculator(
        SandboxSettings.cloud(sandbox, outputDir.resolve("junit5")), outputDir.resolve("junit"));
    ExampleProject.runCucumberCalculator(SandboxSettings.cloud(sandbox, outputDir.resolve("cucumber")));
    received = SandboxState.parse(sandbox.stateJson());
  }

  @Test
  void publishes_one_test_execution_per_example() {
    assertThat(received.testExecutions())
        .extracting(Execution::summary)
        .containsExactlyInAnyOrder("Calculator, JUnit 5 example", "Calculator, Cucumber example");
  }

  @Test
  void reports_the_junit_tests_with_cloud_status_names() {
    assertThat(execution("Calculator, JUnit 5 example").statusByTest())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(received.testWithSummary("adds zero without change").key(), "PASSED"),
                Map.entry("CALC-1", "PASSED"),
                Map.entry("CALC-2", "PASSED"),
                Map.entry("CALC-3", "FAILED"),
                Map.entry("CALC-4", "PASSED"),
                Map.entry("CALC-5", "PASSED"),
                Map.entry("CALC-6", "TODO"),
                Map.entry("CALC-8", "PASSED"),
                Map.entry("CALC-9", "PASSED"),
                Map.entry("CALC-10", "ABORTED"),
                Map.entry("CALC-11", "PASSED"),
                Map.entry("CALC-12", "PASSED")));
    assertThat(execution("Calculator, JUnit 5 example").run("CALC-12").iterations())
        .extracting(Iteration::name)
        .containsExactly("-1 + 1 = 0", "2 + -5 = -3", "-4 + -4 = -8");
    assertThat(execution("Calculator, JUnit 5 example").run("CALC-5").evidence()).hasSize(1);
  }

  @Test
  void reports_the_scenarios_and_the_outline_rows_with_cloud_status_names() {
    Execution cucumber = execution("Calculator, Cucumber example");

    assertThat(cucumber.statusByTest())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "CALC-13", "PASSED",
                "CALC-14", "FAILED",
                "CALC-15", "PASSED",
                "CALC-17", "PASSED",
                received.testWithSummary("Divide a number by itself").key(), "PASSED"));
    assertThat(cucumber.run("CALC-14").examples()).containsExactly("PASSED", "FAILED", "PASSED");
    assertThat(cucumber.run("CALC-13").evidence()).hasSize(1);
  }

  private Execution execution(String summary) {
    return received.testExecutions().stream()
        .filter(execution -> execution.summary().equals(summary))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Test Execution \"" + summary + "\" in " + received));
  }
}
