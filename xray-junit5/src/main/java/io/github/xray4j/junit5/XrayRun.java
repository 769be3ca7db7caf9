package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.XrayReporter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of one launcher session (or, without a session, of one test plan): one reporter, created with
 * the configuration of the first plan that reports, and finished once. Each unit's result goes to the reporter
 * the moment the unit finishes (its journal keeps it should the JVM die), named by the unit's UniqueId so that a
 * re-run (recognised by {@link Reruns}) replaces its earlier attempt.
 */
final class XrayRun {

  private final Clock clock;
  private final Warnings warnings;
  private final Reruns reruns = new Reruns();
  private @Nullable XrayReporter reporter;
  private @Nullable XrayConfig config;
  private boolean finished;
  /** Tests not reported because they have no Xray key. */
  private long unkeyed;
  /** When the first plan of this run started executing: the Test Execution's start. */
  private @Nullable Instant started;

  XrayRun(Clock clock, Warnings warnings) {
    this.clock = clock;
    this.warnings = warnings;
  }

  /** A plan of this run starts executing: the first one's start is the run's. */
  synchronized void planStarted() {
    if (started == null) {
      started = clock.instant();
    }
  }

  /** Where a unit of some plan records its events: a new run, or the next attempt of a re-run unit. */
  UnitRun unitRun(TestUnits.Unit unit) {
    return reruns.start(unit);
  }

  /**
   * A unit of a plan with this configuration finished, with its result (null if it is not reported). Creates
   * the run's reporter if this is the first plan to report.
   */
  synchronized void finished(XrayConfig planConfig, UnitRun run, @Nullable TestResult result) {
    XrayReporter runReporter = reporter(planConfig);
    if (runReporter.isActive() && !finished) {
      reruns.finished(run);
      if (result != null) {
        runReporter.add(run.unit().id().toString(), result);
        if (result.testKey() != null && !run.unit().requirements().isEmpty()) {
          runReporter.linkRequirements(result.testKey(), run.unit().requirements());
        }
      }
    }
  }

  /**
   * A test of a plan with this configuration ended unreported, for want of a key: the summary line says how many
   * and what to do. Creates the run's reporter if this is the first plan to report, so that a run of tests
   * without keys still says so.
   */
  synchronized void unkeyed(XrayConfig planConfig) {
    if (reporter(planConfig).isActive() && !finished) {
      unkeyed++;
    }
  }

  /** The run's reporter, created with this configuration if it is the first plan to report. */
  private XrayReporter reporter(XrayConfig planConfig) {
    if (finished) {
      warnings.once("after finish", () -> "Xray: a test finished after the results were published; it is not"
          + " reported (is a test still running in the background after the launcher session closed?)");
      return XrayReporter.inert();
    }
    if (reporter == null) {
      try {
        reporter = XrayReporter.create(planConfig, clock);
        if (started != null) {
          reporter.runStarted(started);
        }
      } catch (RuntimeException e) {
        warnings.once("reporter", () -> "Xray: reporting is off for this run: " + e.getMessage());
        reporter = XrayReporter.inert();
      }
      config = planConfig;
    }
    return reporter;
  }

  /** Publishes what was reported, once; empty if nothing reported into this run or it was already finished. */
  synchronized Optional<PublishOutcome> finish() {
    if (finished || reporter == null) {
      finished = true;
      return Optional.empty();
    }
    finished = true;
    if (unkeyed > 0) {
      reporter.leftOut((unkeyed == 1 ? "1 test has" : unkeyed + " tests have") + " no Xray key (add @XrayTest,"
          + " or set xray.report-unannotated=true)");
    }
    return Optional.of(reporter.finish());
  }

  /** Whether {@code xray.fail-on-error} is set for this run. */
  synchronized boolean failOnError() {
    return config != null && config.failOnError();
  }
}
