package io.github.xray4j.junit5;

import io.github.xray4j.core.publish.PublishOutcome;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Publishes the results of a whole launcher session once, when it closes, however many test plans ran in it
 * (Surefire, for one, may run one plan per test class). Registered through
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}, next to
 * {@link XrayTestExecutionListener}, which records the results.
 *
 * <p>Publishing problems are logged, with the results file to re-send, and never fail the test run, unless
 * {@code xray.fail-on-error=true}: then this listener throws from {@link #launcherSessionClosed}, which Maven
 * Surefire reports as an error of the forked test JVM and Gradle as a failure of the test executor, so the build
 * fails.
 */
public final class XrayLauncherSessionListener implements LauncherSessionListener {

  private final Clock clock;
  private final Map<LauncherSession, XrayRun> runs = new ConcurrentHashMap<>();

  /** Used by the JUnit Platform's {@link java.util.ServiceLoader}. */
  public XrayLauncherSessionListener() {
    this(Clock.systemUTC());
  }

  /** Seam for tests: the clock for the execution's start and finish times. */
  XrayLauncherSessionListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    XrayRun run = new XrayRun(clock, new Warnings());
    try {
      session.getLauncher().registerTestExecutionListeners(new SessionBinder(run));
      runs.put(session, run);
    } catch (RuntimeException unexpected) {
      Warnings.LOG.log(Level.ERROR, "Xray: cannot follow this launcher session; its plans publish one by one",
          unexpected);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    XrayRun run = runs.remove(session);
    if (run == null) {
      return;
    }
    Optional<PublishOutcome> outcome;
    try {
      outcome = run.finish();
    } catch (RuntimeException unexpected) {
      Warnings.LOG.log(Level.ERROR, "Xray: publishing failed unexpectedly", unexpected);
      if (run.failOnError()) {
        throw new XrayPublishingFailed("Xray: publishing failed unexpectedly: " + unexpected, unexpected);
      }
      return;
    }
    if (outcome.isPresent() && outcome.get().isFailure() && run.failOnError()) {
      throw new XrayPublishingFailed(outcome.get().summaryLine()
          + " (failing the build because xray.fail-on-error=true)", null);
    }
  }

  /** Tells the session's plans apart from those of other sessions: see {@link PlanRendezvous}. */
  private record SessionBinder(XrayRun run) implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
      run.planStarted();
      PlanRendezvous.sessionExecuting(testPlan, run);
    }
  }
}
