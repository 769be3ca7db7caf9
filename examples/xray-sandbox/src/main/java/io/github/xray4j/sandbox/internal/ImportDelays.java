package io.github.xray4j.sandbox.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How late the import endpoints answer, to rehearse a slow Xray: every import answer waits {@code each}; the
 * {@code lateCreating}-th import that creates a Test Execution (counted from the start or the last reset; 0 for
 * none) waits {@code late} instead. An import is always applied first, so a late answer comes after the Test
 * Execution exists, as when Xray answers after the client's read timeout. Not API: use
 * {@code XraySandbox.Builder}.
 *
 * @param each the wait before every import answer (accepted or refused)
 * @param lateCreating which creating import waits {@code late}, from 1; 0 for none
 * @param late the wait of that one answer
 */
public record ImportDelays(Duration each, int lateCreating, Duration late) {

  /** Every import answers at once. */
  public static final ImportDelays NONE = new ImportDelays(Duration.ZERO, 0, Duration.ZERO);

  /** Checks that the waits are not negative and {@code lateCreating} is not below 0. */
  public ImportDelays {
    requireNonNull(each, "each");
    requireNonNull(late, "late");
    if (each.isNegative() || late.isNegative()) {
      throw new IllegalArgumentException("An import delay cannot be negative: " + (each.isNegative() ? each : late));
    }
    if (lateCreating < 0) {
      throw new IllegalArgumentException("The late creating import is counted from 1 (0 for none), not " + lateCreating);
    }
  }

  /** The same with every import answering after {@code delay}. */
  public ImportDelays withEach(Duration delay) {
    return new ImportDelays(delay, lateCreating, late);
  }

  /** The same with the {@code nth} creating import answering after {@code delay}. */
  public ImportDelays withLateCreating(int nth, Duration delay) {
    if (nth < 1) {
      throw new IllegalArgumentException("The late creating import is counted from 1, not " + nth);
    }
    return new ImportDelays(each, nth, delay);
  }

  /** The wait of an import answer: {@code creating} is its number among creating imports, 0 if it created nothing. */
  Duration of(int creating) {
    return creating > 0 && creating == lateCreating ? late : each;
  }
}
