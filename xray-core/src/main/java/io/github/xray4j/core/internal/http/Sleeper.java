package io.github.xray4j.core.internal.http;

import java.time.Duration;

/** Waits between retries; a seam so that tests record the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {
  /** The real one. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
