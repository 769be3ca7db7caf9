package io.github.xray4j.examples.calculator;

/**
 * A small calculator, the subject of the xray4j JUnit 5 example. Integer arithmetic that refuses to overflow
 * or divide by zero, plus one memory register.
 *
 * <pre>{@code
 * Calculator calculator = new Calculator();
 * calculator.add(2, 3);          // 5
 * calculator.memoryAdd(5);
 * calculator.memoryRecall();     // 5
 * }</pre>
 */
public final class Calculator {

  private long memory;

  /** The sum of {@code a} and {@code b}; throws {@link ArithmeticException} on overflow. */
  public long add(long a, long b) {
    return Math.addExact(a, b);
  }

  /** {@code a} minus {@code b}; throws {@link ArithmeticException} on overflow. */
  public long subtract(long a, long b) {
    return Math.subtractExact(a, b);
  }

  /** The product of {@code a} and {@code b}; throws {@link ArithmeticException} on overflow. */
  public long multiply(long a, long b) {
    return Math.multiplyExact(a, b);
  }

  /**
   * {@code a} divided by {@code b}, rounded towards zero.
   *
   * @throws ArithmeticException if {@code b} is zero
   */
  public long divide(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("cannot divide by zero");
    }
    return a / b;
  }

  /** Whether this calculator works with decimal numbers: not yet, it knows whole numbers only. */
  public boolean supportsDecimals() {
    return false;
  }

  /** Adds {@code value} to the memory register. */
  public void memoryAdd(long value) {
    memory = Math.addExact(memory, value);
  }

  /** The memory register's value, 0 at first. */
  public long memoryRecall() {
    return memory;
  }

  /** Sets the memory register back to 0. */
  public void memoryClear() {
    memory = 0;
  }
}
