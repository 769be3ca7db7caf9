package io.github.xray4j.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrayReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

  @TempDir Path dir;
  private final TestClock clock = new TestClock(START);

  @Test
  void stays_inert_without_endpoint_credentials_or_dry_run_and_writes_nothing() {
    // given
    Path output = dir.resolve("xray");
    XrayReporter reporter = XrayReporter.create(XrayConfig.of(Map.of("xray.output-dir", output.toString())), clock);

    // when
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-1").build());
    PublishOutcome outcome = reporter.finish();

    // then
    assertThat(reporter.isActive()).isFalse();
    assertThat(outcome.kind()).isEqualTo(Kind.NOTHING_TO_PUBLISH);
    assertThat(output).doesNotExist();
  }

  @Test
  void writes_the_run_with_info_from_configuration_in_a_dry_run_and_logs_one_summary_line() throws Exception {
    // given
    XrayConfig config = dryRun(Map.of(
        "xray.project-key", "CALC", "xray.fix-version", "1.4", "xray.revision", "9f1c2e0",
        "xray.user", "ci-bot", "xray.test-plan-key", "CALC-100", "xray.test-environments", "chrome, linux",
        "xray.description", "from CI"));
    XrayReporter reporter = XrayReporter.create(config, clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-2").comment("boom").build());
    clock.advance(Duration.ofSeconds(65));

    // when
    PublishOutcome outcome;
    try (LogCapture log = new LogCapture()) {
      outcome = reporter.finish();

      // then
      assertThat(log.messages()).containsExactly("INFO " + outcome.summaryLine());
    }
    assertThat(outcome.kind()).isEqualTo(Kind.DRY_RUN);
    assertThat(outcome.results()).isEqualTo(2);
    Path file = dir.resolve("xray-results-20261128T090105Z.json");
    assertThat(outcome.files()).containsExactly(file);
    assertThat(outcome.summaryLine())
        .isEqualTo("Xray: dry run, 2 results written to " + file + " (nothing sent; set xray.dry-run=false to publish)");
    assertThat(JSON.readTree(file.toFile())).isEqualTo(JSON.readTree("""
        {"info": {"project": "CALC", "summary": "Automated test run 2026-11-28 09:00:00 UTC",
                  "description": "from CI", "version": "1.4", "revision": "9f1c2e0", "user": "ci-bot",
                  "startDate": "2026-11-28T09:00:00+00:00", "finishDate": "2026-11-28T09:01:05+00:00",
                  "testPlanKey": "CALC-100", "testEnvironments": ["chrome", "linux"]},
         "tests": [{"testKey": "CALC-1", "status": "PASS"},
                   {"testKey": "CALC-2", "comment": "boom", "status": "FAIL"}]}
        """));
  }

  @Test
  void imports_into_the_configured_test_execution_with_the_configured_summary() throws Exception {
    // given
    XrayReporter reporter = XrayReporter.create(
        dryRun(Map.of("xray.test-execution-key", "CALC-2001", "xray.summary", "Nightly")), clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());

    // when
    PublishOutcome outcome = reporter.finish();

    // then
    JsonNode document = JSON.readTree(outcome.files().get(0).toFile());
    assertThat(document.get("testExecutionKey").asText()).isEqualTo("CALC-2001");
    assertThat(document.at("/info/summary").asText()).isEqualTo("Nightly");
  }

  @Test
  void finishes_once_and_returns_the_same_outcome_when_called_again() throws Exception {
    // given
    XrayReporter reporter = XrayReporter.create(dryRun(Map.of()), clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());
    PublishOutcome first = reporter.finish();

    // when
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-2").build());
    PublishOutcome second = reporter.finish();

    // then
    assertThat(second).isSameAs(first);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(first.files().get(0));
    }
  }

  @Test
  void reports_nothing_to_publish_and_writes_no_file_when_no_result_was_added() throws Exception {
    // given
    XrayReporter reporter = XrayReporter.create(dryRun(Map.of()), clock);

    // when
    PublishOutcome outcome = reporter.finish();

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.NOTHING_TO_PUBLISH);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void merges_results_for_the_same_test_so_that_a_failure_is_never_lost() throws Exception {
    // given
    XrayReporter reporter = XrayReporter.create(dryRun(Map.of()), clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-2").build());
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-1").comment("second run failed").build());

    // when
    PublishOutcome outcome = reporter.finish();

    // then
    assertThat(outcome.results()).isEqualTo(2);
    // Server/DC: iterations carry no log; the run's comment already holds it
    assertThat(JSON.readTree(outcome.files().get(0).toFile()).get("tests")).isEqualTo(JSON.readTree("""
        [{"testKey": "CALC-1", "comment": "second run failed", "status": "FAIL",
          "iterations": [{"name": "CALC-1 #1", "status": "PASS"},
                         {"name": "CALC-1 #2", "status": "FAIL"}]},
         {"testKey": "CALC-2", "status": "PASS"}]
        """));
  }

  @Test
  void keeps_every_result_exactly_once_when_many_threads_add_at_the_same_time() throws Exception {
    // given
    int threads = 16;
    int perThread = 400;
    XrayReporter reporter = XrayReporter.create(dryRun(Map.of("xray.batch-size", "100000")), clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> adding = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      adding.add(pool.submit(() -> {
        go.await();
        for (int i = 1; i <= perThread; i++) {
          reporter.add(TestResult.builder(Status.PASS).testKey("CALC-" + (thread * perThread + i)).build());
        }
        return null;
      }));
    }

    // when
    go.countDown();
    for (Future<?> f : adding) {
      f.get();
    }
    pool.shutdown();
    PublishOutcome outcome = reporter.finish();

    // then
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode test : JSON.readTree(outcome.files().get(0).toFile()).get("tests")) {
      seen.merge(test.get("testKey").asText(), 1, Integer::sum);
      assertThat(test.has("iterations")).isFalse();
    }
    assertThat(seen).hasSize(threads * perThread);
    assertThat(seen.values()).containsOnly(1);
    assertThat(outcome.results()).isEqualTo(threads * perThread);
  }

  private XrayConfig dryRun(Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(more);
    properties.put("xray.dry-run", "true");
    properties.put("xray.output-dir", dir.toString());
    return XrayConfig.of(properties);
  }
}
