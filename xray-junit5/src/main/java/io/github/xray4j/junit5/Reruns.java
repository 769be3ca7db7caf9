package io.github.xray4j.junit5;

import java.util.HashMap;
import java.util.Map;
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
 * <p>Keeps the latest attempt of every unit (the results themselves go to the reporter, which lets a re-run's
 * result replace the earlier one). Thread-safe; each call is a map lookup or insertion.
 */
final class Reruns {

  private final Map<UniqueId, UnitRun> finished = new HashMap<>();

  /** A unit starts recording in some plan: a fresh run, or the next attempt of the run that finished before. */
  synchronized UnitRun start(TestUnits.Unit unit) {
    UnitRun earlier = finished.get(unit.id());
    return earlier == null ? new UnitRun(unit) : new UnitRun(unit, earlier);
  }

  /** A unit finished: a re-run of it continues from this attempt. */
  synchronized void finished(UnitRun run) {
    finished.put(run.unit().id(), run);
  }
}
