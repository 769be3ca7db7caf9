package io.github.xray4j.core.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread (or process) does, such as a request reaching WireMock: checks the
 * condition until it holds, failing after a generous bound. Never a sleep for timing: it returns as soon as the
 * condition holds.
 *
 * <pre>{@code
 * Await.until("the first live batch reached Xray", () -> xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT))).size() == 1);
 * }</pre>
 */
public final class Await {

  private static final Duration BOUND = Duration.ofSeconds(30);

  private Await() {}

  /** Returns once {@code condition} holds; throws {@link AssertionError} naming {@code what} after 30 s. */
  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + BOUND.toSeconds() + " s in vain for: " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }
}
