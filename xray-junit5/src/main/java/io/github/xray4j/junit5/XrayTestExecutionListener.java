package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports the tests of every test plan to Xray. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}: having {@code xray-junit5} on the
 * test classpath is the whole installation.
 *
 * <p>When a plan starts, the listener reads the configuration ({@link XrayConfig#loader()}: system properties,
 * environment, JUnit configuration parameters such as {@code junit-platform.properties} or Surefire's
 * {@code configurationParameters}, then {@code xray.properties}). Unless reporting is active
 * ({@link XrayConfig#isActive()}) it does nothing at all. Otherwise it validates every {@link XrayTest} and
 * {@link Requirement} key, turns each annotated test's events into one Test Run (iterations for invocations),
 * and hands the results to the run's {@link io.github.xray4j.core.publish.XrayReporter}. The
 * {@link XrayLauncherSessionListener} publishes them once when the launcher session closes; where a launcher has
 * no session listeners, this listener publishes when the plan finishes.
 *
 * <p>Keys it reads besides the core ones: {@code xray.report-unannotated}, {@code xray.status.*},
 * {@code xray.evidence-max-size} and {@code xray.junit.excluded-engines}.
 */
public final class XrayTestExecutionListener implements TestExecutionListener {

  private final Function<ConfigurationParameters, XrayConfig> configuration;
  private final Clock clock;
  private final Warnings warnings = new Warnings();
  private volatile PlanEvents plan = PlanEvents.INERT;
  private volatile @Nullable PlanBinding binding;

  /** Used by the JUnit Platform's {@link java.util.ServiceLoader}. */
  public XrayTestExecutionListener() {
    this(XrayTestExecutionListener::load, Clock.systemUTC());
  }

  /** Seams for tests: where the configuration comes from, and the clock for start and finish times. */
  XrayTestExecutionListener(Function<ConfigurationParameters, XrayConfig> configuration, Clock clock) {
    this.configuration = configuration;
    this.clock = clock;
  }

  /** The standard sources, with the plan's configuration parameters as the framework layer. */
  static XrayConfig load(ConfigurationParameters parameters) {
    return XrayConfig.loader().frameworkParameters("JUnit configuration parameter", parameters::get).load();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    Optional<String> tooOld = JUnitVersion.tooOld(JUnitVersion.onClasspath());
    if (tooOld.isPresent()) {
      plan = PlanEvents.INERT;
      warnIfConfigured(tooOld.get());
      return;
    }
    XrayConfig config;
    try {
      config = configuration.apply(testPlan.getConfigurationParameters());
    } catch (RuntimeException e) {
      warnings.once("configuration " + e.getMessage(), () -> "Xray: the configuration is not valid, so these tests"
          + " are not reported: " + e.getMessage());
      plan = PlanEvents.INERT;
      return;
    }
    if (!config.isActive()) {
      plan = PlanEvents.INERT;
      return;
    }
    PlanBinding planBinding = new PlanBinding(config, newRun());
    try {
      plan = new PlanRecorder(testPlan, config, clock, planBinding::run, warnings);
    } catch (RuntimeException unexpected) {
      Warnings.LOG.log(Level.ERROR, "Xray: cannot record this test plan, so its tests are not reported", unexpected);
      plan = PlanEvents.INERT;
      return;
    }
    binding = planBinding;
    PlanRendezvous.listenerReady(testPlan, planBinding);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    PlanEvents finished = plan;
    plan = PlanEvents.INERT;
    PlanRendezvous.done(testPlan);
    if (finished == PlanEvents.INERT) {
      return;
    }
    finished.finish();
    PlanBinding planBinding = binding;
    binding = null;
    if (planBinding != null && !planBinding.hasSession()) {
      Optional<PublishOutcome> outcome = planBinding.standalone().finish();
      outcome.filter(PublishOutcome::isFailure).filter(failed -> planBinding.standalone().failOnError())
          .ifPresent(failed -> Warnings.LOG.log(Level.ERROR, () -> "Xray: xray.fail-on-error is set, but this"
              + " launcher has no session listeners, so the failure cannot fail the build: " + failed.summaryLine()));
    }
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier testIdentifier) {
    plan.dynamicTestRegistered(testIdentifier);
  }

  @Override
  public void executionSkipped(TestIdentifier testIdentifier, String reason) {
    plan.executionSkipped(testIdentifier, reason);
  }

  @Override
  public void executionStarted(TestIdentifier testIdentifier) {
    plan.executionStarted(testIdentifier);
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
    plan.executionFinished(testIdentifier, testExecutionResult);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
    plan.reportingEntryPublished(testIdentifier, entry);
  }

  @Override
  public void fileEntryPublished(TestIdentifier testIdentifier, FileEntry file) {
    plan.fileEntryPublished(testIdentifier, file);
  }

  /**
   * On a JUnit too old to hand over its configuration parameters, the one line that says so, only when the other
   * sources (system properties, environment, {@code xray.properties}) turn reporting on.
   */
  private void warnIfConfigured(String line) {
    boolean active;
    try {
      active = XrayConfig.loader().load().isActive();
    } catch (RuntimeException invalid) {
      active = true;
    }
    if (active) {
      warnings.once("junit version", () -> line);
    }
  }

  /** The run of this plan alone, should no launcher session take its results: it starts now. */
  private XrayRun newRun() {
    XrayRun run = new XrayRun(clock, warnings);
    run.planStarted();
    return run;
  }
}
