package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence that cannot be read once the results files are being written or were written (a file deleted meanwhile,
 * a file the system refuses to read): it is never taken for a failure of {@code xray.output-dir}, and what was
 * written is what is sent.
 */
class EvidenceReadWhileWritingTest {

  private static final String IMPORT = "/rest/raven/2.0/import/execution";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the stand-in does when the first import request arrives, before it answers. */
  private static final AtomicReference<Runnable> onFirstImport = new AtomicReference<>();

  @RegisterExtension
  static final WireMockExtension xray = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new ServeEventListener() {
        @Override
        public void beforeResponseSent(ServeEvent event, Parameters parameters) {
          Runnable action = onFirstImport.getAndSet(null);
          if (action != null) {
            action.run();
          }
        }

        @Override
        public String getName() {
          return "on-first-import";
        }
      })).build();

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

  @Test
  void sends_a_batch_retargeted_to_the_created_execution_from_the_bytes_written_when_its_evidence_was_deleted()
      throws Exception {
    // given: two batches; the second one's evidence is deleted once its file is written, while the first creates
    answerCreated("CALC-2001");
    Path first = Files.writeString(dir.resolve("first.log"), "first log");
    Path second = Files.writeString(dir.resolve("second.log"), "second log");
    onFirstImport.set(() -> delete(second));
    ExecutionResults run = new ExecutionResults(null, info(), List.of(
        TestResult.builder(Status.PASS).testKey("CALC-1").evidence(Evidence.ofFile(first)).build(),
        TestResult.builder(Status.FAIL).testKey("CALC-2").evidence(Evidence.ofFile(second)).build()));

    // when
    PublishOutcome outcome;
    try (Publisher publisher = Publisher.create(config(), clock)) {
      outcome = publisher.publish(run);
    }

    // then
    assertThat(second).doesNotExist();
    assertThat(outcome.kind()).as(outcome.summaryLine()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.published()).isEqualTo(2);
    assertThat(outcome.problems()).isEmpty();
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1).get("testExecutionKey").asText()).isEqualTo("CALC-2001");
    JsonNode evidence = bodies.get(1).at("/tests/0/evidences/0");
    assertThat(evidence.get("filename").asText()).isEqualTo("second.log");
    assertThat(new String(Base64.getDecoder().decode(evidence.get("data").asText()), StandardCharsets.UTF_8))
        .isEqualTo("second log");
    for (Path file : outcome.files()) {
      assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
    }
  }

  @Test
  void leaves_out_evidence_that_fails_while_it_is_read_and_still_publishes_every_result_from_its_file()
      throws Exception {
    // given: /proc/self/mem looks like a readable, empty regular file, but every read of it fails (EIO), as a file
    // deleted on a network drive or a directory on some file systems does while the document is written
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(unreadable) && Files.isReadable(unreadable), "needs Linux's /proc");
    answerCreated("CALC-2001");
    Path log = Files.writeString(dir.resolve("fine.log"), "fine");
    ExecutionResults run = new ExecutionResults(null, info(), List.of(
        TestResult.builder(Status.FAIL).testKey("CALC-1").evidence(Evidence.ofFile(unreadable))
            .evidence(Evidence.ofFile(log)).build(),
        TestResult.builder(Status.PASS).testKey("CALC-2").build()));

    // when
    PublishOutcome outcome;
    try (Publisher publisher = Publisher.create(config(), clock)) {
      outcome = publisher.publish(run);
    }

    // then
    assertThat(outcome.kind()).as(outcome.summaryLine()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.published()).isEqualTo(2);
    assertThat(outcome.problems()).extracting(Problem::test).containsExactly("CALC-1");
    assertThat(outcome.problems().get(0).message()).contains(unreadable.toString(), "cannot be read", "left out")
        .doesNotContain("xray.output-dir");
    assertThat(outcome.summaryLine()).doesNotContain("xray.output-dir");
    assertThat(outcome.files()).hasSize(2).allSatisfy(file -> {
      assertThat(file).exists();
      assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
    });
    JsonNode sent = importBodies().get(0).at("/tests/0/evidences");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).get("filename").asText()).isEqualTo("fine.log");
    assertThat(JSON.readTree(outcome.files().get(0).toFile())).isEqualTo(importBodies().get(0));
  }

  private XrayConfig config() {
    return XrayConfig.of(Map.of("xray.url", xray.baseUrl(), "xray.token", "test-token-123",
        "xray.output-dir", dir.toString(), "xray.max-retries", "0", "xray.batch-size", "1",
        "xray.publish-concurrency", "1"));
  }

  private static void answerCreated(String key) {
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200)
        .withBody("{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"" + key + "\"}}")));
  }

  private static List<JsonNode> importBodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT)))) {
      bodies.add(JSON.readTree(request.getBodyAsString()));
    }
    return bodies;
  }

  private static ExecutionInfo info() {
    return new ExecutionInfo("CALC", "Nightly", null, null, null, null, null, null, null, List.of());
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
