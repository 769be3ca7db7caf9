package io.github.xray4j.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.junit5.fixtures.NestedFixture;
import io.github.xray4j.junit5.fixtures.OutcomesFixture;
import io.github.xray4j.junit5.fixtures.SecondPlanFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The listeners' seams, wired by hand through {@link LauncherConfig}: the clock (exact start and finish times),
 * the configuration source (an environment given as a map), and a launcher without session listeners.
 */
class ListenerSeamsTest extends XrayServerTest {

  @Test
  void takes_start_and_finish_times_from_the_clock_and_settings_from_the_environment() {
    // given
    Map<String, String> environment = Map.of(
        "XRAY_URL", xray.url(),
        "XRAY_TOKEN", XrayServer.TOKEN,
        "XRAY_PROJECT_KEY", "CALC",
        "XRAY_OUTPUT_DIR", outputDir.toString(),
        "XRAY_SUMMARY", "Nightly");
    XrayTestExecutionListener listener = new XrayTestExecutionListener(
        parameters -> XrayConfig.loader()
            .systemProperties(Map.of())
            .environment(environment)
            .frameworkParameters("JUnit configuration parameter", parameters::get)
            .load(),
        new TickingClock(Instant.parse("2026-05-01T10:00:00Z")));
    Clock sessionClock = Clock.fixed(Instant.parse("2026-05-01T09:59:00Z"), ZoneOffset.UTC);
    LauncherConfig config = LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .addTestExecutionListeners(listener)
        .addLauncherSessionListeners(new XrayLauncherSessionListener(sessionClock))
        .build();

    // when
    try (LauncherSession session = LauncherFactory.openSession(config)) {
      session.getLauncher().execute(request().selectors(selectClass(OutcomesFixture.class)).build());
    }

    // then: the listener's clock is read when the plan starts, then at each test's start and finish
    xray.assertOneImport("""
        {"info": {"project": "CALC", "summary": "Nightly", "description": "${json-unit.any-string}",
                  "startDate": "2026-05-01T09:59:00+00:00",
                  "finishDate": "2026-05-01T09:59:00+00:00"},
         "tests": [
          {"testKey": "CALC-1", "status": "PASS", "start": "2026-05-01T10:00:01+00:00",
           "finish": "2026-05-01T10:00:02+00:00"},
          {"testKey": "CALC-2", "status": "FAIL", "start": "2026-05-01T10:00:03+00:00",
           "finish": "2026-05-01T10:00:04+00:00", "comment": "${json-unit.any-string}"},
          {"testKey": "CALC-3", "status": "FAIL", "start": "2026-05-01T10:00:05+00:00",
           "finish": "2026-05-01T10:00:06+00:00", "comment": "${json-unit.any-string}"},
          {"testKey": "CALC-4", "status": "ABORTED", "start": "2026-05-01T10:00:07+00:00",
           "finish": "2026-05-01T10:00:08+00:00", "comment": "${json-unit.any-string}"},
          {"testKey": "CALC-5", "status": "TODO", "comment": "Skipped: waiting for CALC-99"}
         ]}""");
  }

  @Test
  void without_session_listeners_publishes_when_each_plan_finishes() {
    // given
    LauncherConfig config = LauncherConfig.builder().enableLauncherSessionListenerAutoRegistration(false).build();

    // when
    try (SystemProperties ignored = new SystemProperties(xray.settings())) {
      Launcher launcher = LauncherFactory.create(config);
      launcher.execute(request().selectors(selectClass(NestedFixture.class)).build());
      launcher.execute(request().selectors(selectClass(SecondPlanFixture.class)).build());
    }

    // then
    org.assertj.core.api.Assertions.assertThat(xray.imports()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(xray.imports().get(0)).contains("CALC-20", "CALC-21")
        .doesNotContain("CALC-70");
    org.assertj.core.api.Assertions.assertThat(xray.imports().get(1)).contains("CALC-70")
        .doesNotContain("\"CALC-20\"");
  }
}
