package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.examples.e2e.SandboxState.Evidence;
import io.github.xray4j.examples.e2e.SandboxState.Execution;
import io.github.xray4j.examples.e2e.SandboxState.TestIssue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs examples/cucumber-calculator the way its build does (its {@code @Suite} class on the Cucumber JUnit
 * Platform engine, with {@code cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin} from its
 * junit-platform.properties) against an Xray sandbox over HTTP, then checks what the sandbox received.
 */
class CucumberCalculatorEndToEndTest extends SandboxEndToEndTest {

  private TestExecutionSummary junit;

  @BeforeAll
  void run_the_example_against_the_sandbox(@TempDir Path outputDir) {
    junit = ExampleProject.runCucumberCalculator(SandboxSettings.server(sandbox, outputDir));
    received = SandboxState.parse(sandbox.stateJson());
  }

  @Test
  void the_example_itself_fails_one_outline_row_on_purpose() {
    assertThat(junit.getTestsFoundCount()).as("scenarios and example rows").isEqualTo(7);
    assertThat(junit.getTestsFailedCount()).as("failed").isEqualTo(1);
  }

  @Test
  void publishes_one_test_execution_with_the_settings_of_xray_properties() {
    assertThat(received.testExecutions()).hasSize(1);
    Execution execution = execution();
    assertThat(execution.project()).isEqualTo("CALC");
    assertThat(execution.summary()).isEqualTo("Calculator, Cucumber example");
    assertThat(execution.testEnvironments()).containsExactly("cucumber");
  }

  @Test
  void reports_every_scenario_with_its_status() {
    String created = received.testWithSummary("Divide a number by itself").key();

    assertThat(execution().statusByTest())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("CALC-13", "PASS", "CALC-14", "FAIL", "CALC-15", "PASS", "CALC-17", "PASS", created, "PASS"));
  }

  @Test
  void has_xray_create_a_cucumber_test_for_the_untagged_scenario_linked_to_the_inherited_requirements() {
    TestIssue created = received.testWithSummary("Divide a number by itself");

    assertThat(created.project()).isEqualTo("CALC");
    assertThat(created.type()).isEqualTo("Cucumber");
    assertThat(created.requirementKeys()).containsExactlyInAnyOrder("CALC-21", "CALC-22");
  }

  @Test
  void reports_the_outline_as_one_run_with_each_example_row_in_order() {
    assertThat(execution().run("CALC-14").examples()).containsExactly("PASS", "FAIL", "PASS");
  }

  @Test
  void explains_the_failing_row_and_keeps_the_scenario_log_in_the_comment() {
    assertThat(execution().run("CALC-14").comment())
        .contains("the display shows -2") // scenario.log(...)
        .contains("expected: \"2\"");
  }

  @Test
  void shows_the_background_steps_in_every_scenario_of_the_rule_too() {
    assertThat(execution().run("CALC-17").comment())
        .contains("Given the calculator is switched on")
        .contains("And I multiply the result by 4");
  }

  @Test
  void attaches_the_screenshots_as_evidence() {
    assertThat(execution().run("CALC-13").evidence())
        .singleElement()
        .satisfies(screenshot -> {
          assertThat(screenshot.filename()).isEqualTo("screenshot.png");
          assertThat(screenshot.contentType()).isEqualTo("image/png");
          assertThat(screenshot.size()).isPositive();
        });
    assertThat(execution().run("CALC-14").evidence())
        .as("one screenshot per example row")
        .hasSize(3)
        .extracting(Evidence::contentType)
        .containsOnly("image/png");
  }

  private Execution execution() {
    assertThat(received.testExecutions()).as("Test Executions the sandbox received").hasSize(1);
    return received.testExecutions().get(0);
  }
}
