package io.github.xray4j.examples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.xray4j.junit5.XrayTest;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests that run many times report one Test Run each, with one iteration per invocation: named by its display
 * name, with its own status, and for a parameterized test the parameters' names and values.
 */
class CalculatorIterationsTest {

  private final Calculator calculator = new Calculator();

  /** Three iterations, with parameters a, b and expected. */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({"1, 1, 2", "2, 3, 5", "-4, 4, 0"})
  @XrayTest("CALC-8")
  void adds(long a, long b, long expected) {
    assertThat(calculator.add(a, b)).isEqualTo(expected);
  }

  /** Three iterations, "repetition 1 of 3" to "repetition 3 of 3". */
  @RepeatedTest(3)
  @XrayTest("CALC-9")
  void gives_the_same_answer_every_time() {
    assertThat(calculator.divide(22, 7)).isEqualTo(3);
  }

  /** One iteration per dynamic test, named by its display name. */
  @TestFactory
  @XrayTest("CALC-10")
  Stream<DynamicTest> multiplies_by_nine() {
    return LongStream.rangeClosed(1, 3)
        .mapToObj(n -> dynamicTest(n + " x 9 = " + n * 9, () -> assertThat(calculator.multiply(n, 9)).isEqualTo(n * 9)));
  }
}
