package io.github.xray4j.examples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xray4j.junit5.Requirement;
import io.github.xray4j.junit5.XrayTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MediaType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * One Xray Test per test method: {@code @XrayTest} names the Test issue, and what JUnit reports becomes its
 * status in the Test Execution (passed: PASS, failed: FAIL, assumption not met: ABORTED, disabled: TODO). A
 * test without a key can have its Test created by Xray (see {@link #adds_zero_without_change()}).
 */
class CalculatorTest {

  private final Calculator calculator = new Calculator();

  @Test
  @XrayTest("CALC-1")
  void adds_two_numbers() {
    assertThat(calculator.add(2, 3)).isEqualTo(5);
  }

  /**
   * No Test key: reported because junit-platform.properties sets {@code xray.report-unannotated=true}. Xray
   * creates a Generic Test for it on the first run, linked to the {@code @Requirement}, and finds that same
   * Test again by its definition (this method's full name) on every later run.
   */
  @Test
  @Requirement("CALC-21")
  void adds_zero_without_change() {
    assertThat(calculator.add(7, 0)).isEqualTo(7);
  }

  @Test
  @XrayTest("CALC-2")
  void subtracts_two_numbers() {
    assertThat(calculator.subtract(2, 5)).isEqualTo(-3);
  }

  /**
   * FAILS ON PURPOSE, to show what a failure looks like in Xray: status FAIL, with the assertion message and
   * a trimmed stack trace in the comment. The calculator is right: 6 x 7 is 42.
   */
  @Test
  @XrayTest("CALC-3")
  @DisplayName("multiplies two numbers (fails on purpose)")
  void multiplies_two_numbers() {
    assertThat(calculator.multiply(6, 7)).as("6 x 7, with a wrong expectation on purpose").isEqualTo(43);
  }

  /** Disabled: reported as TODO, so the Test Execution shows what was not run. */
  @Test
  @XrayTest("CALC-6")
  @Disabled("square roots are not implemented yet")
  void computes_square_roots() {}

  /** An assumption that does not hold aborts the test: reported as ABORTED, neither passed nor failed. */
  @Test
  @XrayTest("CALC-10")
  void formats_results_with_decimals() {
    assumeTrue(calculator.supportsDecimals(), "this calculator works with whole numbers only");
    assertThat(calculator.divide(1, 4)).as("1 / 4 with decimals").isNotZero();
  }

  /** {@code @Nested} classes report like any other: each method to its own Test. */
  @Nested
  class Division {

    /** Entries published with {@link TestReporter#publishEntry} go into the Test Run's comment. */
    @Test
    @XrayTest("CALC-4")
    void rounds_towards_zero(TestReporter reporter) {
      long positive = calculator.divide(7, 2);
      long negative = calculator.divide(-7, 2);

      reporter.publishEntry("7 / 2", Long.toString(positive));
      reporter.publishEntry("-7 / 2", Long.toString(negative));

      assertThat(positive).isEqualTo(3);
      assertThat(negative).isEqualTo(-3);
    }

    /** A file published with {@link TestReporter#publishFile} is attached to the Test Run as evidence. */
    @Test
    @XrayTest("CALC-5")
    void rejects_division_by_zero(TestReporter reporter) {
      ArithmeticException error = catchThrowableOfType(ArithmeticException.class, () -> calculator.divide(1, 0));

      reporter.publishFile(
          "division-by-zero.txt",
          MediaType.TEXT_PLAIN_UTF_8,
          file -> Files.writeString(file, "1 / 0 -> ArithmeticException: " + error.getMessage() + "\n"));

      assertThat(error).hasMessage("cannot divide by zero");
    }
  }
}
