package io.github.xray4j.examples.cucumber;

import java.util.function.LongSupplier;

/**
 * A pocket calculator with a display, the subject of the xray4j Cucumber example. Each operation shows its
 * result, or what went wrong, on the display.
 *
 * <pre>{@code
 * Calculator calculator = new Calculator();
 * calculator.divide(7, 2);
 * calculator.display();   // "3"
 * }</pre>
 */
public final class Calculator {

  private String display = "0";

  /** Shows {@code a + b}. */
  public void add(long a, long b) {
    show(() -> Math.addExact(a, b));
  }

  /** Shows {@code a - b}. */
  public void subtract(long a, long b) {
    show(() -> Math.subtractExact(a, b));
  }

  /** Shows {@code a * b}. */
  public void multiply(long a, long b) {
    show(() -> Math.multiplyExact(a, b));
  }

  /** Shows {@code a / b} rounded towards zero, or "cannot divide by zero". */
  public void divide(long a, long b) {
    show(() -> {
      if (b == 0) {
        throw new ArithmeticException("cannot divide by zero");
      }
      return a / b;
    });
  }

  /** What the display shows: the last result, or the last error. */
  public String display() {
    return display;
  }

  private void show(LongSupplier operation) {
    try {
      display = Long.toString(operation.getAsLong());
    } catch (ArithmeticException e) {
      display = e.getMessage();
    }
  }
}
