package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xray4j.examples.e2e.SandboxState.Execution;
import io.github.xray4j.examples.e2e.SandboxState.TestIssue;
import io.github.xray4j.examples.e2e.SandboxState.Iteration;
import io.github.xray4j.examples.e2e.SandboxState.Parameter;
import io.github.xray4j.examples.e2e.SandboxState.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs examples/junit5-calculator through the real JUnit Launcher, with xray-junit5 registered by itself and
 * pointed at an Xray sandbox over HTTP, then checks what the sandbox received. Anything broken on the way
 * (annotations, listener, reporter, JSON, client, HTTP) shows up here.
 */
class JUnit5CalculatorEndToEndTest extends SandboxEndToEndTest {

  private TestExecutionSummary junit;

  @BeforeAll
  void run_the_example_against_the_sandbox(@TempDir Path outputDir) {
    junit = ExampleProject.runJUnit5Calculator(
        SandboxSettings.server(sandbox, outputDir.resolve("xray")), outputDir.resolve("junit"));
    received = SandboxState.parse(sandbox.stateJson());
  }

  @Test
  void the_example_itself_fails_one_test_aborts_one_and_skips_one_on_purpose() {
    assertThat(junit.getTestsFailedCount()).as("failed").isEqualTo(1);
    assertThat(junit.getTestsAbortedCount()).as("aborted").isEqualTo(1);
    assertThat(junit.getTestsSkippedCount()).as("disabled").isEqualTo(1);
    assertThat(junit.getTestsSucceededCount()).as("passed").isEqualTo(17);
  }

  @Test
  void publishes_one_test_execution_with_the_settings_of_junit_platform_properties() {
    assertThat(received.testExecutions()).hasSize(1);
    Execution execution = execution();
    assertThat(execution.project()).isEqualTo("CALC");
    assertThat(execution.summary()).isEqualTo("Calculator, JUnit 5 example");
    assertThat(execution.description()).as("the configured description, then the run id xray4j finds it again by")
        .matches("Published by xray4j from examples/junit5-calculator\\.\n\nxray4j run [0-9a-f]{32}");
    assertThat(execution.testEnvironments()).containsExactly("junit5");
  }

  @Test
  void reports_every_test_with_the_status_junit_gave_it() {
    String created = received.testWithSummary("adds zero without change").key();

    assertThat(execution().statusByTest())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(created, "PASS"),
                Map.entry("CALC-1", "PASS"),
                Map.entry("CALC-2", "PASS"),
                Map.entry("CALC-3", "FAIL"),
                Map.entry("CALC-4", "PASS"),
                Map.entry("CALC-5", "PASS"),
                Map.entry("CALC-6", "TODO"),
                Map.entry("CALC-8", "PASS"),
                Map.entry("CALC-9", "PASS"),
                Map.entry("CALC-10", "ABORTED"),
                Map.entry("CALC-11", "PASS"),
                Map.entry("CALC-12", "PASS")));
  }

  @Test
  void has_xray_create_a_generic_test_for_the_test_without_a_key_linked_to_its_requirement() {
    TestIssue created = received.testWithSummary("adds zero without change");

    assertThat(created.project()).isEqualTo("CALC");
    assertThat(created.type()).isEqualTo("Generic");
    assertThat(created.definition())
        .isEqualTo("io.github.xray4j.examples.calculator.CalculatorTest.adds_zero_without_change");
    assertThat(created.requirementKeys()).containsExactly("CALC-21");
  }

  @Test
  void explains_the_intentional_failure_in_the_comment() {
    assertThat(execution().run("CALC-3").comment())
        .contains("6 x 7, with a wrong expectation on purpose")
        .contains("43")
        .contains("42");
  }

  @Test
  void adds_the_published_report_entries_to_the_comment() {
    assertThat(execution().run("CALC-4").comment()).contains("7 / 2: 3").contains("-7 / 2: -3");
  }

  @Test
  void says_why_a_test_was_aborted_or_not_run() {
    assertThat(execution().run("CALC-10").comment()).contains("this calculator works with whole numbers only");
    assertThat(execution().run("CALC-6").comment()).contains("square roots are not implemented yet");
  }

  @Test
  void reports_the_parameterized_test_as_one_iteration_per_row_with_parameter_names_and_values() {
    List<Iteration> iterations = execution().run("CALC-12").iterations();

    assertThat(iterations)
        .extracting(Iteration::name, Iteration::status)
        .containsExactly(tuple("-1 + 1 = 0", "PASS"), tuple("2 + -5 = -3", "PASS"), tuple("-4 + -4 = -8", "PASS"));
    assertThat(iterations.get(1).parameters())
        .containsExactly(new Parameter("a", "2"), new Parameter("b", "-5"), new Parameter("expected", "-3"));
  }

  @Test
  void reports_repeated_and_dynamic_tests_as_one_iteration_per_invocation() {
    assertThat(execution().run("CALC-9").iterations())
        .extracting(Iteration::name)
        .containsExactly("repetition 1 of 3", "repetition 2 of 3", "repetition 3 of 3");
    assertThat(execution().run("CALC-11").iterations())
        .extracting(Iteration::name, Iteration::status)
        .containsExactly(tuple("MAX + 1", "PASS"), tuple("MIN - 1", "PASS"), tuple("MAX x 2", "PASS"));
  }

  @Test
  void reports_each_method_of_a_class_annotated_with_a_key_as_an_iteration_of_that_test() {
    assertThat(execution().run("CALC-8").iterations())
        .extracting(Iteration::name, Iteration::status)
        .containsExactlyInAnyOrder(
            tuple("starts empty", "PASS"), tuple("adds to what it holds", "PASS"), tuple("clears", "PASS"));
  }

  @Test
  void attaches_the_file_published_through_the_test_reporter_as_evidence() {
    Run run = execution().run("CALC-5");

    assertThat(run.evidence()).singleElement().satisfies(evidence -> {
      assertThat(evidence.filename()).isEqualTo("division-by-zero.txt");
      assertThat(evidence.contentType()).startsWith("text/plain");
      assertThat(evidence.size())
          .isEqualTo("1 / 0 -> ArithmeticException: cannot divide by zero\n".getBytes(StandardCharsets.UTF_8).length);
    });
  }

  private Execution execution() {
    assertThat(received.testExecutions()).as("Test Executions the sandbox received").hasSize(1);
    return received.testExecutions().get(0);
  }
}
