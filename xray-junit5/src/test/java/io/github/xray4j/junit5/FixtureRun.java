package io.github.xray4j.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs fixture classes the way a build tool does: a launcher session from {@link LauncherFactory#openSession()},
 * so the xray4j listeners are registered by the {@link java.util.ServiceLoader}, never by hand. Xray settings
 * are given as system properties (restored afterwards); JUnit configuration parameters as such.
 */
final class FixtureRun {

  private final Map<String, String> systemProperties = new LinkedHashMap<>();
  private final Map<String, String> configurationParameters = new LinkedHashMap<>();
  private final List<List<DiscoverySelector>> plans = new ArrayList<>();
  private int reruns;

  private FixtureRun() {}

  /** A run of one test plan selecting these classes; with none, a run whose plans are added next. */
  static FixtureRun of(Class<?>... fixtures) {
    FixtureRun run = new FixtureRun();
    return fixtures.length == 0 ? run : run.plan(fixtures);
  }

  /** Another test plan in the same session (as Surefire runs one plan per test class). */
  FixtureRun plan(Class<?>... fixtures) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (Class<?> fixture : fixtures) {
      selectors.add(selectClass(fixture));
    }
    plans.add(selectors);
    return this;
  }

  /** Another test plan with these selectors. */
  FixtureRun plan(DiscoverySelector... selectors) {
    plans.add(List.of(selectors));
    return this;
  }

  /** An Xray setting, as a system property. */
  FixtureRun with(String key, String value) {
    systemProperties.put(key, value);
    return this;
  }

  /** All Xray settings needed to publish to this server. */
  FixtureRun publishingTo(XrayServer server) {
    server.settings().forEach(this::with);
    return this;
  }

  /** A JUnit configuration parameter. */
  FixtureRun parameter(String key, String value) {
    configurationParameters.put(key, value);
    return this;
  }

  /**
   * Re-runs failed tests up to this many times after the plans, as Maven Surefire's
   * {@code rerunFailingTestsCount} does: in the same session, each re-run a new test plan selecting by UniqueId
   * only the tests (and containers) that failed in the previous execution, until none fails.
   */
  FixtureRun rerunningFailures(int times) {
    reruns = times;
    return this;
  }

  /**
   * Runs every plan in one session (then the re-runs), closes it, and returns the summary of the last plan
   * executed.
   */
  TestExecutionSummary execute() {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Failures failures = new Failures();
    try (SystemProperties ignored = new SystemProperties(systemProperties);
        LauncherSession session = LauncherFactory.openSession()) {
      for (List<DiscoverySelector> selectors : plans) {
        session.getLauncher().execute(requestFor(selectors), summary, failures);
      }
      for (int i = 0; i < reruns && !failures.uniqueIds.isEmpty(); i++) {
        List<DiscoverySelector> failed = new ArrayList<>();
        failures.uniqueIds.forEach(id -> failed.add(selectUniqueId(id)));
        failures.uniqueIds.clear();
        session.getLauncher().execute(requestFor(failed), summary, failures);
      }
    }
    return summary.getSummary();
  }

  private LauncherDiscoveryRequest requestFor(List<DiscoverySelector> selectors) {
    return request().selectors(selectors).configurationParameters(configurationParameters).build();
  }

  /** The UniqueIds of what failed, as Surefire's {@code RunListenerAdapter} records them for its re-runs. */
  private static final class Failures implements TestExecutionListener {
    final Set<String> uniqueIds = new LinkedHashSet<>();

    @Override
    public void executionFinished(TestIdentifier node, TestExecutionResult result) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        uniqueIds.add(node.getUniqueId());
      }
    }
  }
}
