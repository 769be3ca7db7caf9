package io.github.xray4j.junit5;

import io.github.xray4j.core.model.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one node of a unit: a test, an invocation, or the unit's own container. Written by the
 * listener under the owning {@link UnitRun}'s lock.
 */
final class Leaf {

  final String name;
  final long order;
  @Nullable Instant start;
  @Nullable Instant finish;
  @Nullable Outcome outcome;
  @Nullable Throwable failure;
  @Nullable String skipReason;
  final List<Parameter> parameters = new ArrayList<>();
  final List<String> entries = new ArrayList<>();

  Leaf(String name, long order) {
    this.name = name;
    this.order = order;
  }

  boolean isDone() {
    return outcome != null;
  }

  void skipped(String reason) {
    outcome = Outcome.SKIPPED;
    skipReason = reason;
  }

  void finished(Outcome result, @Nullable Throwable throwable, @Nullable Instant at) {
    outcome = result;
    failure = throwable;
    finish = at;
  }
}
