package io.github.xray4j.examples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.xray4j.junit5.XrayTest;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests that run many times report one Test Run each, with one iteration per invocation: named by its
 * display name, with its own status, and for a parameterized test the parameters' names and values.
 */
class CalculatorIterationsTest {

  private final Calculator calculator = new Calculator();

  /** Three iterations, each with the parameters a, b and expected. */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({"-1, 1, 0", "2, -5, -3", "-4, -4, -8"})
  @XrayTest("CALC-12")
  void handles_negative_numbers(long a, long b, long expected) {
    assertThat(calculator.add(a, b)).isEqualTo(expected);
  }

  /** Three iterations, "repetition 1 of 3" to "repetition 3 of 3". */
  @RepeatedTest(3)
  @XrayTest("CALC-9")
  void rounds_results_the_same_way_every_time() {
    assertThat(calculator.divide(22, 7)).isEqualTo(3);
  }

  /** One iteration per dynamic test, named by its display name. */
  @TestFactory
  @XrayTest("CALC-11")
  Stream<DynamicTest> refuses_results_too_large_to_hold() {
    return Stream.of(
        dynamicTest("MAX + 1", () -> assertOverflows(() -> calculator.add(Long.MAX_VALUE, 1))),
        dynamicTest("MIN - 1", () -> assertOverflows(() -> calculator.subtract(Long.MIN_VALUE, 1))),
        dynamicTest("MAX x 2", () -> assertOverflows(() -> calculator.multiply(Long.MAX_VALUE, 2))));
  }

  private static void assertOverflows(ThrowingCallable operation) {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(operation).withMessageContaining("overflow");
  }
}
