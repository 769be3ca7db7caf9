package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records the events of one test plan into {@link UnitRun}s and hands each finished unit's result to the
 * {@link XrayRun}, which recognises a re-run of a unit that finished in an earlier plan of the session.
 * Thread-safe: under parallel execution events for different tests arrive concurrently, and every unit is handed
 * over exactly once.
 */
final class PlanRecorder implements PlanEvents {

  /** The key JUnit gives an entry published without one ({@code publishEntry("a note")}): shown as its value. */
  static final String DEFAULT_ENTRY_KEY = "value";

  private final TestUnits units;
  private final XrayConfig config;
  private final StatusMapper statuses;
  private final Clock clock;
  private final java.util.function.Supplier<XrayRun> xrayRun;
  private final Warnings warnings;
  private final Map<UniqueId, UnitRun> runs;
  private final Map<UniqueId, Long> planOrder;
  private final AtomicLong sequence = new AtomicLong();

  PlanRecorder(
      TestPlan plan,
      XrayConfig config,
      Clock clock,
      java.util.function.Supplier<XrayRun> run,
      Warnings warnings) {
    this.config = config;
    this.clock = clock;
    this.xrayRun = run;
    this.warnings = warnings;
    this.statuses = new StatusMapper(config);
    // sized for the whole plan up front, so that no callback pays for growing them
    int nodes = (int) Math.min(Integer.MAX_VALUE / 2, plan.countTestIdentifiers(any -> true) + plan.getRoots().size());
    this.runs = new ConcurrentHashMap<>(nodes);
    this.planOrder = new ConcurrentHashMap<>(nodes);
    this.units = new TestUnits(
        plan, config.list(io.github.xray4j.core.config.XrayKey.JUNIT_EXCLUDED_ENGINES), config.reportUnannotated(),
        warnings);
    units.validate();
    plan.getRoots().forEach(root -> {
      planOrder.put(root.getUniqueIdObject(), sequence.incrementAndGet());
      plan.getDescendants(root).forEach(node -> planOrder.put(node.getUniqueIdObject(), sequence.incrementAndGet()));
    });
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier node) {
    planOrder.putIfAbsent(node.getUniqueIdObject(), sequence.incrementAndGet());
  }

  @Override
  public void executionStarted(TestIdentifier node) {
    ownLeafOf(node).ifPresent(leaf -> {
      synchronized (leaf.run) {
        leaf.leaf.start = clock.instant();
      }
    });
  }

  @Override
  public void executionSkipped(TestIdentifier node, String reason) {
    ownLeafOf(node).ifPresent(leaf -> {
      synchronized (leaf.run) {
        if (!leaf.leaf.isDone()) {
          leaf.leaf.skipped(reason);
        }
      }
    });
    if (node.isContainer()) {
      settleDescendants(node, Outcome.SKIPPED, null, reason);
    }
    countIfUnkeyed(node);
    completeIfUnit(node);
  }

  @Override
  public void executionFinished(TestIdentifier node, TestExecutionResult result) {
    Outcome outcome = Outcome.of(result);
    Throwable failure = result.getThrowable().orElse(null);
    ownLeafOf(node).ifPresent(leaf -> {
      synchronized (leaf.run) {
        leaf.leaf.finished(outcome, failure, clock.instant());
      }
    });
    if (node.isContainer() && outcome != Outcome.SUCCESSFUL) {
      settleDescendants(node, outcome, failure, null);
    }
    countIfUnkeyed(node);
    completeIfUnit(node);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier node, ReportEntry entry) {
    ParameterEntries.namesMissingIn(entry.getKeyValuePairs()).ifPresent(this::warnParameterNamesMissing);
    leafOf(node).ifPresent(leaf -> {
      synchronized (leaf.run) {
        leaf.leaf.parameters.addAll(ParameterEntries.decode(entry.getKeyValuePairs()));
        entry.getKeyValuePairs().forEach((key, value) -> {
          if (!ParameterEntries.isParameterKey(key) && !RunEntries.isRunKey(key)) {
            leaf.leaf.entries.add(DEFAULT_ENTRY_KEY.equals(key) ? value : key + ": " + value);
          }
        });
      }
    });
    leafOf(node).ifPresent(leaf -> RunEntries.decode(entry.getKeyValuePairs(), new RunEntries.Target() {
      @Override
      public void comment(String text) {
        leaf.run.addComment(text);
      }

      @Override
      public void defect(String issueKey) {
        leaf.run.addDefect(issueKey);
      }

      @Override
      public void customField(String idOrName, String value) {
        leaf.run.addCustomField(idOrName, value);
      }

      @Override
      public void evidence(String path, @Nullable String contentType) {
        attach(leaf, node, Path.of(path), Optional.ofNullable(contentType));
      }
    }));
  }

  @Override
  public void fileEntryPublished(TestIdentifier node, FileEntry file) {
    leafOf(node).ifPresent(leaf -> attach(leaf, node, file.getPath(), file.getMediaType()));
  }

  /** Attaches a file published by a test as evidence of its run, unless it is no file or too large. */
  private void attach(Located leaf, TestIdentifier node, Path path, Optional<String> mediaType) {
    String test = leaf.run.unit().testKey() != null ? leaf.run.unit().testKey() : leaf.run.unit().definition();
    if (!Files.isRegularFile(path)) {
      warnings.always(() -> "Xray: " + path + " published by " + node.getDisplayName() + " is not a file, so it is"
          + " not attached to " + test + " (attach a file, or zip the directory and publish the zip)");
      return;
    }
    long bytes;
    try {
      bytes = Files.size(path);
    } catch (IOException e) {
      warnings.always(() -> "Xray: cannot read the size of evidence file " + path + ", so it is not attached to "
          + test + ": " + e.getMessage());
      return;
    }
    if (bytes > config.evidenceMaxSize()) {
      warnings.always(() -> "Xray: evidence file " + path + " (" + size(bytes) + ") of " + test + " is larger"
          + " than xray.evidence-max-size (" + size(config.evidenceMaxSize()) + ") and is left out; raise"
          + " xray.evidence-max-size or publish a smaller file");
      return;
    }
    // the type the test declared, without parameters such as "; charset=UTF-8"; else guessed from the name
    Evidence evidence = mediaType
        .map(type -> type.replaceFirst(";.*", "").trim())
        .filter(type -> !type.isEmpty())
        .map(type -> Evidence.ofFile(path, String.valueOf(path.getFileName()), type))
        .orElseGet(() -> Evidence.ofFile(path));
    leaf.run.addEvidence(evidence);
  }

  /** Once per run: parameter names are {@code arg0, arg1, ...}, and how to get the real ones. */
  private void warnParameterNamesMissing(String method) {
    warnings.once("parameter names", () -> "Xray: the class file of " + method + " has no parameter names, so Xray"
        + " shows its parameters as arg0, arg1, ...: compile the tests with -parameters (Maven:"
        + " <maven.compiler.parameters>true</maven.compiler.parameters>; Gradle: options.compilerArgs << '-parameters')"
        + " or with javac's default debug information (-g), which Maven and Gradle write unless told not to");
  }

  /** Hands over every unit still open (a plan ended without finishing it, which JUnit does not do). */
  @Override
  public void finish() {
    runs.values().forEach(this::publish);
  }

  // ---- internals ------------------------------------------------------------------------------------------

  /** A node's leaf in its unit's run. */
  private record Located(UnitRun run, Leaf leaf, boolean ownLeaf) {}

  /** A node's own leaf, for the events that describe the node itself. */
  private Optional<Located> ownLeafOf(TestIdentifier node) {
    return leafOf(node).filter(Located::ownLeaf);
  }

  /**
   * Where a node's events go: a test's or the unit node's own leaf; a container inside a unit (a nested class,
   * a dynamic container) has no leaf of its own, and what it publishes goes to the unit's.
   */
  private Optional<Located> leafOf(TestIdentifier node) {
    return units.unitOf(node).map(unit -> {
      UnitRun unitRun = runs.get(unit.id());
      if (unitRun == null) {
        unitRun = runs.computeIfAbsent(unit.id(), id -> xrayRun.get().unitRun(unit));
      }
      UniqueId id = node.getUniqueIdObject();
      if (id.equals(unit.id())) {
        return new Located(unitRun, unitRun.own(), true);
      }
      if (!node.isTest()) {
        return new Located(unitRun, unitRun.own(), false);
      }
      // the iteration's name and place are worked out only when its leaf is created, with one walk up the plan
      return new Located(unitRun, unitRun.leaf(id, () -> newLeaf(unit, node)), true);
    });
  }

  /** The leaf of an iteration: named by the display names below the unit, placed by their plan order. */
  private Leaf newLeaf(TestUnits.Unit unit, TestIdentifier node) {
    List<TestIdentifier> path = units.pathBelow(unit, node);
    StringBuilder name = new StringBuilder();
    Long[] order = new Long[path.size()];
    for (int i = 0; i < order.length; i++) {
      TestIdentifier below = path.get(i);
      if (i > 0) {
        name.append(TestUnits.NAME_SEPARATOR);
      }
      name.append(below.getDisplayName());
      order[i] = orderOf(below.getUniqueIdObject());
    }
    return new Leaf(name.toString(), List.of(order));
  }

  private long orderOf(UniqueId id) {
    Long order = planOrder.get(id);
    return order != null ? order : planOrder.computeIfAbsent(id, any -> sequence.incrementAndGet());
  }

  /**
   * A container was skipped or failed before (some of) its tests ran: JUnit reports nothing for those tests, so
   * they take the container's outcome, and the units inside it are complete.
   */
  private void settleDescendants(
      TestIdentifier container, Outcome outcome, @Nullable Throwable failure, @Nullable String reason) {
    Set<TestIdentifier> unitsInside = new LinkedHashSet<>();
    for (TestIdentifier node : units.descendants(container)) {
      if (!node.isTest() && !units.isUnit(node)) {
        continue;
      }
      ownLeafOf(node).ifPresent(located -> {
        synchronized (located.run) {
          if (!located.leaf.isDone()) {
            if (outcome == Outcome.SKIPPED) {
              located.leaf.skipped(reason != null ? reason : "skipped with " + container.getDisplayName());
            } else {
              located.leaf.finished(outcome, failure, null);
            }
          }
        }
        if (units.isUnit(node)) {
          unitsInside.add(node);
        }
      });
    }
    unitsInside.forEach(this::completeIfUnit);
  }

  /** A test that ended without being reported for want of a key: the summary line says how many. */
  private void countIfUnkeyed(TestIdentifier node) {
    if (units.isUnkeyed(node)) {
      xrayRun.get().unkeyed(config);
    }
  }

  private void completeIfUnit(TestIdentifier node) {
    if (!units.isUnit(node)) {
      return;
    }
    UnitRun run = runs.get(node.getUniqueIdObject());
    if (run != null) {
      publish(run);
    }
  }

  private void publish(UnitRun unitRun) {
    if (!unitRun.complete()) {
      return;
    }
    Optional<TestResult> result = unitRun.toResult(statuses, config);
    if (result.isEmpty()) {
      warnings.once("no project key", () -> "Xray: xray.report-unannotated is true but xray.project-key is not set,"
          + " so tests without @XrayTest (such as " + unitRun.unit().definition() + ") are not reported: set"
          + " xray.project-key (XRAY_PROJECT_KEY) to the Jira project their Tests belong to");
    }
    xrayRun.get().finished(config, unitRun, result.orElse(null));
  }

  /** A size as a person reads it: {@code 512 bytes}, {@code 2.0 KB}, {@code 12.3 MB}. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
