package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.xray4j.junit5.fixtures.IterationsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * On a JUnit older than 5.10 (the build's {@code junit58} execution runs this on JUnit 5.8.1): the listener says
 * so in one line when reporting is configured, and nothing at all when it is not; the tests run as they would
 * without xray4j, under {@code @XrayTest} and its extensions too. Uses only JUnit API that 5.8 has, since this
 * class runs there.
 */
class OlderJUnitTest {

  private static final String[] KEYS = {"xray.enabled", "xray.url", "xray.token", "xray.output-dir", "xray.live-interval"};

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.github.xray4j")) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void restore() {
    Logger.getLogger("").removeHandler(capture);
    for (String key : KEYS) {
      System.clearProperty(key);
    }
  }

  @Test
  void says_in_one_line_which_junit_it_found_and_needs_and_leaves_the_tests_alone(@TempDir Path output)
      throws Exception {
    // given the fixture's outcomes without reporting
    TestExecutionSummary unreported = run();
    records.clear();
    // and reporting configured, to a port where nothing listens
    System.setProperty("xray.enabled", "true"); // the build's XRAY_ENABLED=false keeps its own tests unreported
    System.setProperty("xray.url", "http://127.0.0.1:9");
    System.setProperty("xray.token", "not-a-real-token");
    System.setProperty("xray.output-dir", output.toString());

    assertThat(JUnitVersion.onClasspath()).as("the JUnit Platform of this execution").isEqualTo("1.8.1");

    // when
    TestExecutionSummary reported = run();

    // then
    assertThat(reported.getTestsSucceededCount()).isEqualTo(unreported.getTestsSucceededCount()).isPositive();
    assertThat(reported.getTestsFailedCount()).isEqualTo(unreported.getTestsFailedCount());
    assertThat(records).extracting(LogRecord::getMessage).containsExactly(
        "Xray: JUnit 5.8.1 (JUnit Platform 1.8.1) is too old for xray4j, which needs JUnit 5.10 or newer;"
            + " these tests are not reported to Xray (upgrade JUnit to 5.10+)");
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).as("nothing written to xray.output-dir").isEmpty();
    }
  }

  @Test
  void says_nothing_when_reporting_is_not_configured() {
    // when
    TestExecutionSummary summary = run();

    // then
    assertThat(summary.getTestsSucceededCount()).isPositive();
    assertThat(records).isEmpty();
  }

  private static TestExecutionSummary run() {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create().execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(IterationsFixture.class)).build(), summary);
    return summary.getSummary();
  }
}
