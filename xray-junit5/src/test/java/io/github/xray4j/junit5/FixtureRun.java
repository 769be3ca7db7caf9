package io.github.xray4j.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
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

  /** Runs every plan in one session, closes it, and returns the summary of all plans. */
  TestExecutionSummary execute() {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try (SystemProperties ignored = new SystemProperties(systemProperties);
        LauncherSession session = LauncherFactory.openSession()) {
      for (List<DiscoverySelector> selectors : plans) {
        LauncherDiscoveryRequest request = request()
            .selectors(selectors)
            .configurationParameters(configurationParameters)
            .build();
        session.getLauncher().execute(request, summary);
      }
    }
    return summary.getSummary();
  }
}
