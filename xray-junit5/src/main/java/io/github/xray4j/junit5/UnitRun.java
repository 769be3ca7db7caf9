package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.UniqueId;

/**
 * One Test Run in the making: the unit's own node and, for a method with invocations or an annotated class,
 * one {@link Leaf} per iteration. Turned into a {@link TestResult} once the unit has finished. Thread-safe: every
 * access holds this object's lock.
 */
final class UnitRun {

  /** Failed iterations whose failure the comment shows; each iteration's log has its own. */
  static final int MAX_FAILURES_IN_COMMENT = 10;

  private final TestUnits.Unit unit;
  private final Leaf own;
  private final Map<UniqueId, Leaf> iterations = new LinkedHashMap<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private boolean completed;

  UnitRun(TestUnits.Unit unit) {
    this.unit = unit;
    this.own = new Leaf(unit.node().getDisplayName(), List.of());
  }

  TestUnits.Unit unit() {
    return unit;
  }

  /** The unit's own node. */
  synchronized Leaf own() {
    return own;
  }

  /** The leaf for a node: the unit's own for the unit node, else the iteration (created on first use). */
  synchronized Leaf leaf(UniqueId node, String name, List<Long> order) {
    if (node.equals(unit.id())) {
      return own;
    }
    return iterations.computeIfAbsent(node, id -> new Leaf(name, order));
  }

  synchronized @Nullable Leaf existingLeaf(UniqueId node) {
    return node.equals(unit.id()) ? own : iterations.get(node);
  }

  synchronized void addEvidence(Evidence file) {
    evidence.add(file);
  }

  /** Marks the run complete; true only the first time. */
  synchronized boolean complete() {
    if (completed) {
      return false;
    }
    completed = true;
    return true;
  }

  /**
   * The result to publish, or empty for a test reported by definition when no project key is configured.
   */
  synchronized Optional<TestResult> toResult(StatusMapper statuses, XrayConfig config) {
    List<Leaf> ordered = new ArrayList<>(iterations.values());
    ordered.sort(Leaf::compareOrder);
    Outcome outcome = overallOutcome(ordered);
    TestResult.Builder result = TestResult.builder(statuses.statusOf(outcome));
    if (unit.testKey() != null) {
      result.testKey(unit.testKey());
    } else {
      Optional<String> projectKey = config.projectKey();
      if (projectKey.isEmpty()) {
        return Optional.empty();
      }
      result.testInfo(TestInfo.generic(
          projectKey.get(), unit.node().getDisplayName(), unit.definition(), unit.requirements(), unit.labels()));
    }
    result.start(own.start).finish(own.finish != null ? own.finish : lastFinish(ordered));
    for (Leaf leaf : ordered) {
      Outcome leafOutcome = leaf.outcome != null ? leaf.outcome : Outcome.SKIPPED;
      result.iteration(new Iteration(
          leaf.name, leaf.parameters, statuses.statusOf(leafOutcome), log(leaf), duration(leaf), List.of()));
    }
    result.comment(comment(ordered));
    result.evidence(evidence);
    return Optional.of(result.build());
  }

  private Outcome overallOutcome(List<Leaf> ordered) {
    Outcome ownOutcome = own.outcome != null ? own.outcome : Outcome.SKIPPED;
    if (ordered.isEmpty()) {
      return ownOutcome;
    }
    Outcome outcome = Outcome.SKIPPED;
    for (Leaf leaf : ordered) {
      outcome = outcome.and(leaf.outcome != null ? leaf.outcome : Outcome.SKIPPED);
    }
    // the container's own success does not turn "all skipped" into passed; its failure always counts
    return ownOutcome.compareTo(Outcome.ABORTED) >= 0 ? outcome.and(ownOutcome) : outcome;
  }

  private static java.time.@Nullable Instant lastFinish(List<Leaf> ordered) {
    return ordered.stream().map(leaf -> leaf.finish).filter(java.util.Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
  }

  private static @Nullable String log(Leaf leaf) {
    if (leaf.failure != null) {
      return FailureFormatter.codeBlock(leaf.failure);
    }
    if (leaf.skipReason != null) {
      return "Skipped: " + leaf.skipReason;
    }
    return null;
  }

  private static @Nullable Duration duration(Leaf leaf) {
    return leaf.start != null && leaf.finish != null ? Duration.between(leaf.start, leaf.finish) : null;
  }

  /** Failures first (the unit's own, then each failed iteration's), then skip reasons, then report entries. */
  private @Nullable String comment(List<Leaf> ordered) {
    StringJoiner parts = new StringJoiner("\n\n");
    if (own.failure != null) {
      parts.add(FailureFormatter.codeBlock(own.failure));
    } else if (own.skipReason != null) {
      parts.add("Skipped: " + own.skipReason);
    }
    List<Leaf> failed = ordered.stream().filter(leaf -> leaf.failure != null && leaf.failure != own.failure).toList();
    failed.stream().limit(MAX_FAILURES_IN_COMMENT)
        .forEach(leaf -> parts.add(leaf.name + ":\n" + FailureFormatter.codeBlock(leaf.failure)));
    if (failed.size() > MAX_FAILURES_IN_COMMENT) {
      parts.add("... and " + (failed.size() - MAX_FAILURES_IN_COMMENT) + " more failed iterations: see their logs.");
    }
    List<String> entries = new ArrayList<>(own.entries);
    for (Leaf leaf : ordered) {
      leaf.entries.forEach(entry -> entries.add(leaf.name + ": " + entry));
    }
    if (!entries.isEmpty()) {
      parts.add("{noformat}\n" + String.join("\n", entries) + "\n{noformat}");
    }
    return parts.length() == 0 ? null : parts.toString();
  }
}
