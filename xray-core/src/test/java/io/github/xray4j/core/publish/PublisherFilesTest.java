package io.github.xray4j.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import io.github.xray4j.core.testing.LogCapture;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the publisher writes, in dry runs: no request is made in these tests. */
class PublisherFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

  @TempDir Path dir;
  private final TestClock clock = new TestClock(NOW);

  @Test
  void writes_one_file_per_batch_named_after_the_time_and_numbered() throws Exception {
    // given
    Publisher publisher = Publisher.create(dryRun(Map.of("xray.batch-size", "2")), clock);

    // when
    PublishOutcome outcome = publisher.publish(run(5));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.DRY_RUN);
    assertThat(outcome.files()).containsExactly(dir.resolve("xray-results-20261128T090000Z.json"),
        dir.resolve("xray-results-20261128T090000Z-2.json"), dir.resolve("xray-results-20261128T090000Z-3.json"));
    List<String> keys = new ArrayList<>();
    for (Path file : outcome.files()) {
      JsonNode document = JSON.readTree(file.toFile());
      assertThat(document.at("/info/project").asText()).isEqualTo("CALC");
      document.get("tests").forEach(test -> keys.add(test.get("testKey").asText()));
    }
    assertThat(keys).containsExactly("CALC-1", "CALC-2", "CALC-3", "CALC-4", "CALC-5");
  }

  @Test
  void never_overwrites_a_results_file_written_in_the_same_second() throws Exception {
    // given
    Publisher publisher = Publisher.create(dryRun(Map.of()), clock);
    PublishOutcome first = publisher.publish(run(1));

    // when
    PublishOutcome second = publisher.publish(run(2));

    // then
    assertThat(second.files()).containsExactly(dir.resolve("xray-results-20261128T090000Z-2.json"));
    assertThat(JSON.readTree(first.files().get(0).toFile()).get("tests")).hasSize(1);
    assertThat(JSON.readTree(second.files().get(0).toFile()).get("tests")).hasSize(2);
  }

  @Test
  void writes_results_files_readable_by_the_owner_only() throws Exception {
    // given
    org.junit.jupiter.api.Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Publisher publisher = Publisher.create(dryRun(Map.of()), clock);

    // when
    PublishOutcome outcome = publisher.publish(run(1));

    // then
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outcome.files().get(0))))
        .isEqualTo("rw-------");
  }

  @Test
  void leaves_out_evidence_over_the_size_limit_or_missing_and_names_test_and_file() throws Exception {
    // given
    Path big = Files.write(dir.resolve("big.png"), new byte[2048]);
    Path small = Files.write(dir.resolve("small.png"), new byte[16]);
    Path missing = dir.resolve("gone.png");
    TestResult result = TestResult.builder(Status.FAIL).testKey("CALC-1")
        .evidence(Evidence.ofFile(big)).evidence(Evidence.ofFile(small)).evidence(Evidence.ofFile(missing)).build();
    Publisher publisher = Publisher.create(dryRun(Map.of("xray.evidence-max-size", "1KB")), clock);

    // when
    PublishOutcome outcome;
    try (LogCapture log = new LogCapture()) {
      outcome = publisher.publish(new ExecutionResults(null, info(), List.of(result)));

      // then
      assertThat(log.messages()).anySatisfy(m -> assertThat(m).startsWith("WARNING").contains("CALC-1", "big.png"));
    }
    assertThat(outcome.problems()).extracting(Problem::test).containsExactly("CALC-1", "CALC-1");
    assertThat(outcome.problems().get(0).message())
        .contains(big.toString(), "larger than xray.evidence-max-size", "left out");
    assertThat(outcome.problems().get(1).message()).contains(missing.toString(), "cannot be read");
    JsonNode evidence = JSON.readTree(outcome.files().get(0).toFile()).at("/tests/0/evidences");
    assertThat(evidence).hasSize(1);
    assertThat(evidence.get(0).get("filename").asText()).isEqualTo("small.png");
  }

  @Test
  void skips_files_marked_as_published_when_re_sending() throws Exception {
    // given
    Publisher publisher = Publisher.create(dryRun(Map.of()), clock);
    Path sent = publisher.publish(run(1)).files().get(0);
    Path pending = publisher.publish(run(3)).files().get(0);
    Files.writeString(Publisher.markerOf(sent), "testExecutionKey=CALC-2001\n");

    // when
    PublishOutcome outcome = publisher.publishFiles(List.of(dir));

    // then
    assertThat(Publisher.publishedTo(sent)).contains("CALC-2001");
    assertThat(Publisher.publishedTo(pending)).isEmpty();
    assertThat(outcome.kind()).isEqualTo(Kind.DRY_RUN);
    assertThat(outcome.files()).containsExactly(pending);
    assertThat(outcome.results()).isEqualTo(3);
  }

  @Test
  void says_why_a_file_that_is_not_a_results_document_cannot_be_sent() throws Exception {
    // given
    Path notJson = Files.writeString(dir.resolve("xray-results-broken.json"), "<html>");
    Publisher publisher = Publisher.create(dryRun(Map.of()), clock);

    // when
    PublishOutcome outcome = publisher.publishFiles(List.of(notJson));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.reason()).contains(notJson.toString(), "not valid JSON");
  }

  @Test
  void reports_nothing_to_publish_when_every_file_was_sent_already() throws Exception {
    // given
    Publisher publisher = Publisher.create(dryRun(Map.of()), clock);
    Path sent = publisher.publish(run(1)).files().get(0);
    Files.writeString(Publisher.markerOf(sent), "testExecutionKey=CALC-2001\n");

    // when
    PublishOutcome outcome = publisher.publishFiles(List.of(sent));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.NOTHING_TO_PUBLISH);
    assertThat(outcome.reason()).contains("published already", "CALC-2001");
  }

  private static ExecutionResults run(int tests) {
    List<TestResult> results = new ArrayList<>();
    for (int i = 1; i <= tests; i++) {
      results.add(TestResult.builder(Status.PASS).testKey("CALC-" + i).build());
    }
    return new ExecutionResults(null, info(), results);
  }

  private static ExecutionInfo info() {
    return new ExecutionInfo("CALC", "Nightly", null, null, null, null, null, null, null, List.of());
  }

  private XrayConfig dryRun(Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(more);
    properties.put("xray.dry-run", "true");
    properties.put("xray.output-dir", dir.toString());
    return XrayConfig.of(properties);
  }
}
