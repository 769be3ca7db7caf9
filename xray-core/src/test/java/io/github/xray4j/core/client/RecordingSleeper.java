package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits between retries instead of waiting. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
