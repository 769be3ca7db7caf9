package io.github.xray4j.benchmarks;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Wraps listeners and times every callback: the per-test events (started, finished, skipped, dynamic test
 * registered, entries published) and, separately, the end of the plan and the session, where a reporter
 * publishes. Not thread-safe: the suites run sequentially on one thread.
 *
 * <p>The timer itself costs something per event; {@link #of(List, List)} with no delegates measures that
 * cost in the same run, and the benchmark subtracts it.
 */
final class TimedListener implements TestExecutionListener, LauncherSessionListener {

  private final List<TestExecutionListener> executionListeners;
  private final List<LauncherSessionListener> sessionListeners;
  private long eventNanos;
  private long slowestEventNanos;
  private long events;
  private long startNanos;
  private long endNanos;

  private TimedListener(List<TestExecutionListener> executionListeners, List<LauncherSessionListener> sessionListeners) {
    this.executionListeners = List.copyOf(executionListeners);
    this.sessionListeners = List.copyOf(sessionListeners);
  }

  static TimedListener of(List<TestExecutionListener> executionListeners, List<LauncherSessionListener> sessionListeners) {
    return new TimedListener(executionListeners, sessionListeners);
  }

  /** Time spent in per-test event callbacks, in nanoseconds. */
  long eventNanos() {
    return eventNanos;
  }

  /** The longest single per-test event callback, in nanoseconds. */
  long slowestEventNanos() {
    return slowestEventNanos;
  }

  /** Per-test event callbacks received. */
  long events() {
    return events;
  }

  /** Time spent when the plan starts (where a reporter reads the plan), in nanoseconds. */
  long startNanos() {
    return startNanos;
  }

  /** Time spent at the end of the plan and of the session (where a reporter publishes), in nanoseconds. */
  long endNanos() {
    return endNanos;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    long start = System.nanoTime();
    for (LauncherSessionListener listener : sessionListeners) {
      listener.launcherSessionOpened(session);
    }
    startNanos += System.nanoTime() - start;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    long start = System.nanoTime();
    for (LauncherSessionListener listener : sessionListeners) {
      listener.launcherSessionClosed(session);
    }
    endNanos += System.nanoTime() - start;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.testPlanExecutionStarted(testPlan);
    }
    startNanos += System.nanoTime() - start;
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.testPlanExecutionFinished(testPlan);
    }
    endNanos += System.nanoTime() - start;
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier testIdentifier) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.dynamicTestRegistered(testIdentifier);
    }
    counted(start);
  }

  @Override
  public void executionSkipped(TestIdentifier testIdentifier, String reason) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.executionSkipped(testIdentifier, reason);
    }
    counted(start);
  }

  @Override
  public void executionStarted(TestIdentifier testIdentifier) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.executionStarted(testIdentifier);
    }
    counted(start);
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.executionFinished(testIdentifier, result);
    }
    counted(start);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.reportingEntryPublished(testIdentifier, entry);
    }
    counted(start);
  }

  @Override
  public void fileEntryPublished(TestIdentifier testIdentifier, FileEntry file) {
    long start = System.nanoTime();
    for (TestExecutionListener listener : executionListeners) {
      listener.fileEntryPublished(testIdentifier, file);
    }
    counted(start);
  }

  private void counted(long start) {
    long nanos = System.nanoTime() - start;
    eventNanos += nanos;
    slowestEventNanos = Math.max(slowestEventNanos, nanos);
    events++;
  }
}
