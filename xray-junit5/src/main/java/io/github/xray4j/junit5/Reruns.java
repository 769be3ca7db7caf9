package io.github.xray4j.junit5;

import io.github.xray4j.core.model.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.UniqueId;

/**
 * Recognises re-runs within one run (a launcher session): a unit whose {@link UniqueId} already finished earlier
 * in the run is running again. That is how Maven Surefire's {@code rerunFailingTestsCount} works: after the
 * normal run it executes new test plans in the same session that select the failed tests (or invocations) by
 * their UniqueIds. The re-run's {@link UnitRun} continues from the earlier one (the last attempt decides, the
 * earlier attempts are kept in its text), and its result takes the earlier result's place.
 *
 * <p>Two units that share an Xray key (two methods with one {@link XrayTest}) have different UniqueIds, so they are
 * not re-runs of each other: both results go to the reporter, which merges them.
 *
 * <p>Keeps the latest result of every unit, in the order the units first finished, until the run is published.
 * Thread-safe; each call is a map lookup or insertion.
 */
final class Reruns {

  private final Map<UniqueId, UnitRun> finished = new HashMap<>();
  private final Map<UniqueId, TestResult> results = new LinkedHashMap<>();

  /** A unit starts recording in some plan: a fresh run, or the next attempt of the run that finished before. */
  synchronized UnitRun start(TestUnits.Unit unit) {
    UnitRun earlier = finished.get(unit.id());
    return earlier == null ? new UnitRun(unit) : new UnitRun(unit, earlier);
  }

  /** A unit finished, with its result (null if it is not reported): it replaces any earlier attempt's. */
  synchronized void finished(UnitRun run, @Nullable TestResult result) {
    UniqueId id = run.unit().id();
    finished.put(id, run);
    if (result != null) {
      results.put(id, result);
    }
  }

  /** The latest result of every unit, in the order the units first finished. */
  synchronized List<TestResult> results() {
    return new ArrayList<>(results.values());
  }
}
