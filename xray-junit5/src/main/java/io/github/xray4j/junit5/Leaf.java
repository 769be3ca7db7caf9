package io.github.xray4j.junit5;

import io.github.xray4j.core.model.Failures;
import io.github.xray4j.core.model.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one node of a unit: a test, an invocation, or the unit's own container. Written by the
 * listener under the owning {@link UnitRun}'s lock. A node that runs again in the same session (a re-run, see
 * {@link Reruns}) gets a new leaf that keeps what its earlier attempts ended with.
 */
final class Leaf {

  /** How an earlier attempt of the node ended, and its failure ({@code {code}} block) or skip reason. */
  record Attempt(Outcome outcome, @Nullable String detail) {}

  final String name;
  /** Where the node sits below its unit: the order of each node on the path, compared element by element. */
  final List<Long> order;
  @Nullable Instant start;
  @Nullable Instant finish;
  @Nullable Outcome outcome;
  @Nullable Throwable failure;
  @Nullable String skipReason;
  final List<Parameter> parameters = new ArrayList<>();
  final List<String> entries = new ArrayList<>();
  /** The node's earlier attempts in this session, oldest first; empty unless it was re-run. */
  final List<Attempt> earlier;

  Leaf(String name, List<Long> order) {
    this(name, order, List.of());
  }

  private Leaf(String name, List<Long> order, List<Attempt> earlier) {
    this.name = name;
    this.order = List.copyOf(order);
    this.earlier = List.copyOf(earlier);
  }

  /** A new leaf for the node's next attempt, in this node's place, remembering how this attempt ended. */
  Leaf again(String newName) {
    List<Attempt> attempts = new ArrayList<>(earlier);
    attempts.add(new Attempt(outcome != null ? outcome : Outcome.SKIPPED, detail()));
    return new Leaf(newName, order, attempts);
  }

  /** The failure as a {@code {code}} block, else the skip reason, else null. */
  @Nullable String detail() {
    if (failure != null) {
      return Failures.codeBlock(failure);
    }
    if (skipReason != null) {
      return "Skipped: " + skipReason;
    }
    return null;
  }

  boolean isDone() {
    return outcome != null;
  }

  /** Tree order: siblings by plan or registration order, parents before their children. */
  static int compareOrder(Leaf a, Leaf b) {
    for (int i = 0; i < Math.min(a.order.size(), b.order.size()); i++) {
      int compared = Long.compare(a.order.get(i), b.order.get(i));
      if (compared != 0) {
        return compared;
      }
    }
    return Integer.compare(a.order.size(), b.order.size());
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
