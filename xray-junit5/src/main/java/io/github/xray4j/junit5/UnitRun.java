package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Failures;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.UniqueId;

/**
 * One Test Run in the making: the unit's own node and, for a method with invocations or an annotated class,
 * one {@link Leaf} per iteration. Turned into a {@link TestResult} once the unit has finished. Thread-safe: every
 * access holds this object's lock.
 *
 * <p>A re-run of the unit (see {@link Reruns}) continues from the earlier run: each node that runs again gets a
 * new leaf in its earlier place that remembers the earlier attempts; iterations not re-run keep their earlier
 * results. The result is that of the last attempts, with the earlier ones told in the texts ({@link RerunNote}).
 */
final class UnitRun {

  /** Failed iterations whose failure the comment shows; each iteration's log has its own. */
  static final int MAX_FAILURES_IN_COMMENT = 10;

  private final TestUnits.Unit unit;
  private final Leaf own;
  private final Map<UniqueId, Leaf> iterations = new LinkedHashMap<>();
  private final List<Evidence> evidence = new ArrayList<>();
  /** What the test told its {@link XrayTestRun}: comment paragraphs, defects, custom fields. */
  private final List<String> comments = new ArrayList<>();
  private final java.util.Set<String> defects = new java.util.LinkedHashSet<>();
  private final Map<String, String> customFields = new LinkedHashMap<>();
  /** The run this one is the re-run of, or null. */
  private final @Nullable UnitRun earlier;
  private boolean completed;

  UnitRun(TestUnits.Unit unit) {
    this.unit = unit;
    this.own = new Leaf(unit.node().getDisplayName(), List.of());
    this.earlier = null;
  }

  /** The next attempt of a unit that finished earlier in the same session. */
  UnitRun(TestUnits.Unit unit, UnitRun earlier) {
    this.unit = unit;
    this.own = earlier.own().again(unit.node().getDisplayName());
    this.earlier = earlier;
  }

  TestUnits.Unit unit() {
    return unit;
  }

  /** The unit's own node. */
  synchronized Leaf own() {
    return own;
  }

  /**
   * The leaf for a node: the unit's own for the unit node, else the iteration, created on first use (as the next
   * attempt of the earlier run's leaf if this is a re-run).
   */
  synchronized Leaf leaf(UniqueId node, Supplier<Leaf> newLeaf) {
    if (node.equals(unit.id())) {
      return own;
    }
    Leaf leaf = iterations.get(node);
    if (leaf == null) {
      Leaf before = earlier != null ? earlier.existingLeaf(node) : null;
      leaf = before != null ? before.again(newLeaf.get().name) : newLeaf.get();
      iterations.put(node, leaf);
    }
    return leaf;
  }

  /** The node's latest leaf in this run or the runs it continues, or null. */
  synchronized @Nullable Leaf existingLeaf(UniqueId node) {
    if (node.equals(unit.id())) {
      return own;
    }
    Leaf leaf = iterations.get(node);
    return leaf != null || earlier == null ? leaf : earlier.existingLeaf(node);
  }

  /** The latest leaf of every iteration, of this run and of the runs it continues. */
  private synchronized Map<UniqueId, Leaf> allIterations() {
    if (earlier == null) {
      return iterations;
    }
    Map<UniqueId, Leaf> all = new LinkedHashMap<>(earlier.allIterations());
    all.putAll(iterations);
    return all;
  }

  /** The evidence of every attempt, oldest first. */
  private synchronized List<Evidence> allEvidence() {
    if (earlier == null) {
      return evidence;
    }
    List<Evidence> all = new ArrayList<>(earlier.allEvidence());
    all.addAll(evidence);
    return all;
  }

  /** When the first attempt started. */
  private synchronized @Nullable Instant firstStart() {
    Instant before = earlier != null ? earlier.firstStart() : null;
    return before != null ? before : own.start;
  }

  synchronized void addEvidence(Evidence file) {
    evidence.add(file);
  }

  synchronized void addComment(String text) {
    comments.add(text);
  }

  synchronized void addDefect(String issueKey) {
    defects.add(issueKey);
  }

  /** A custom field by id ({@code customfield_10100}) or, on Cloud, by name; a later value replaces an earlier. */
  synchronized void addCustomField(String idOrName, String value) {
    customFields.put(idOrName, value);
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
    Map<UniqueId, Leaf> all = allIterations();
    List<Leaf> ordered = all.isEmpty() ? List.of() : new ArrayList<>(all.values());
    if (ordered.size() > 1) {
      ordered.sort(Leaf::compareOrder);
    }
    TestResult.Builder result = TestResult.builder(overallStatus(ordered, statuses));
    if (unit.testKey() != null) {
      result.testKey(unit.testKey());
    } else {
      Optional<String> projectKey = config.projectKey();
      if (projectKey.isEmpty()) {
        return Optional.empty();
      }
      result.testInfo(TestInfo.generic(
          projectKey.get(), unit.summary(), unit.definition(), unit.requirements(),
          unit.labels(config.get(XrayKey.JUNIT_TAGS_AS_LABELS))));
    }
    result.start(firstStart()).finish(own.finish != null ? own.finish : lastFinish(ordered));
    for (Leaf leaf : ordered) {
      Outcome leafOutcome = leaf.outcome != null ? leaf.outcome : Outcome.SKIPPED;
      result.iteration(new Iteration(
          leaf.name, leaf.parameters, statuses.statusOf(leafOutcome), log(leaf), duration(leaf), List.of()));
    }
    result.comment(comment(ordered));
    result.evidence(allEvidence());
    defects.forEach(result::defect);
    customFields.forEach((idOrName, value) -> result.customField(idOrName.startsWith("customfield_")
        ? new CustomField(idOrName, null, value) : new CustomField(null, idOrName, value)));
    return Optional.of(result.build());
  }

  private Status overallStatus(List<Leaf> ordered, StatusMapper statuses) {
    Outcome ownOutcome = own.outcome != null ? own.outcome : Outcome.SKIPPED;
    if (ordered.isEmpty()) {
      return statuses.statusOf(ownOutcome);
    }
    Status status = statuses.statusOf(Outcome.SKIPPED);
    for (Leaf leaf : ordered) {
      status = statuses.combine(status, statuses.statusOf(leaf.outcome != null ? leaf.outcome : Outcome.SKIPPED));
    }
    // the container's own success does not turn "all skipped" into passed; its failure always counts
    return ownOutcome.compareTo(Outcome.ABORTED) >= 0 ? statuses.combine(status, statuses.statusOf(ownOutcome))
        : status;
  }

  /** {@code name:} and the failure, with the re-run note after the name if there is one. */
  private static String iterationSummary(Leaf leaf) {
    String headline = RerunNote.headline(leaf);
    String name = headline == null ? leaf.name + ":" : leaf.name + ": " + headline;
    return leaf.failure == null ? name : name + "\n" + Failures.codeBlock(leaf.failure);
  }

  private static @Nullable Instant lastFinish(List<Leaf> ordered) {
    Instant last = null;
    for (Leaf leaf : ordered) {
      if (leaf.finish != null && (last == null || leaf.finish.isAfter(last))) {
        last = leaf.finish;
      }
    }
    return last;
  }

  private static @Nullable String log(Leaf leaf) {
    return RerunNote.withAttempts(leaf, leaf.detail());
  }

  private static @Nullable Duration duration(Leaf leaf) {
    return leaf.start != null && leaf.finish != null ? Duration.between(leaf.start, leaf.finish) : null;
  }

  /**
   * The unit's own failure or skip reason first (after its re-run note, if any), then each failed or re-run
   * iteration's note and failure, then report entries.
   */
  private @Nullable String comment(List<Leaf> ordered) {
    StringJoiner parts = new StringJoiner("\n\n");
    String ownText = RerunNote.withAttempts(own, own.detail());
    if (ownText != null) {
      parts.add(ownText);
    }
    int listed = 0;
    boolean rerun = false;
    for (Leaf leaf : ordered) {
      if ((leaf.failure != null && leaf.failure != own.failure) || RerunNote.headline(leaf) != null) {
        listed++;
        rerun |= !leaf.earlier.isEmpty();
        if (listed <= MAX_FAILURES_IN_COMMENT) {
          parts.add(iterationSummary(leaf));
        }
      }
    }
    if (listed > MAX_FAILURES_IN_COMMENT) {
      parts.add("... and " + (listed - MAX_FAILURES_IN_COMMENT) + " more failed" + (rerun ? " or re-run" : "")
          + " iterations: see their logs.");
    }
    comments.forEach(parts::add);
    List<String> entries = new ArrayList<>(own.entries);
    for (Leaf leaf : ordered) {
      for (String entry : leaf.entries) {
        entries.add(leaf.name + ": " + entry);
      }
    }
    if (!entries.isEmpty()) {
      parts.add("{noformat}\n" + String.join("\n", entries) + "\n{noformat}");
    }
    return parts.length() == 0 ? null : parts.toString();
  }
}
