package io.github.xray4j.examples.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

/**
 * {@code @XrayTest} on the class: every test method in it reports to that one Test, as one iteration each.
 * The Test Run passes only if every method does.
 */
@XrayTest("CALC-8")
class MemoryTest {

  private final Calculator calculator = new Calculator();

  @Test
  void starts_empty() {
    assertThat(calculator.memoryRecall()).isZero();
  }

  @Test
  void adds_to_what_it_holds() {
    calculator.memoryAdd(5);
    calculator.memoryAdd(-2);

    assertThat(calculator.memoryRecall()).isEqualTo(3);
  }

  @Test
  void clears() {
    calculator.memoryAdd(5);
    calculator.memoryClear();

    assertThat(calculator.memoryRecall()).isZero();
  }
}
