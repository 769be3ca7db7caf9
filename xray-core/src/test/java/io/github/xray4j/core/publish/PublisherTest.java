package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The publisher against a stand-in Xray Server/DC (and Cloud) on loopback. */
class PublisherTest {

  static final String IMPORT = "/rest/raven/2.0/import/execution";
  static final String TOKEN = "test-token-123";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

  @Test
  void creates_the_test_execution_with_the_first_batch_and_imports_the_rest_into_it() throws Exception {
    // given
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.batch-size", "2")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 5));

    // then
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).hasSize(3);
    assertThat(bodies.get(0)).isEqualTo(JSON.readTree("""
        {"info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-1", "status": "PASS"}, {"testKey": "CALC-2", "status": "PASS"}]}"""));
    assertThat(bodies.get(1)).isEqualTo(JSON.readTree("""
        {"testExecutionKey": "CALC-2001", "info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-3", "status": "PASS"}, {"testKey": "CALC-4", "status": "PASS"}]}"""));
    assertThat(bodies.get(2)).isEqualTo(JSON.readTree("""
        {"testExecutionKey": "CALC-2001", "info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-5", "status": "PASS"}]}"""));
    xray.verify(3, postRequestedFor(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(outcome.browseUrl()).isEqualTo(URI.create(xray.baseUrl() + "/browse/CALC-2001"));
    assertThat(outcome.published()).isEqualTo(5);
    assertThat(outcome.unsentFiles()).isEmpty();
    assertThat(outcome.summaryLine()).isEqualTo(
        "Xray: 5 results published to CALC-2001 (" + xray.baseUrl() + "/browse/CALC-2001) in 0.0 s");
    for (int i = 0; i < 3; i++) {
      Path file = outcome.files().get(i);
      assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
      assertThat(JSON.readTree(file.toFile())).as("%s holds what was sent", file).isEqualTo(bodies.get(i));
    }
  }

  @Test
  void imports_every_batch_into_the_configured_test_execution() throws Exception {
    // given
    answerCreated("CALC-2001");
    Publisher publisher =
        Publisher.create(server(Map.of("xray.batch-size", "2", "xray.test-execution-key", "CALC-2001")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 3));

    // then
    assertThat(importBodies()).extracting(body -> body.get("testExecutionKey").asText())
        .containsExactly("CALC-2001", "CALC-2001");
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.published()).isEqualTo(3);
  }

  @Test
  void sends_nothing_in_a_dry_run() throws Exception {
    // given
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.dry-run", "true")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 2));

    // then
    xray.verify(0, anyRequestedFor(anyUrl()));
    assertThat(outcome.kind()).isEqualTo(Kind.DRY_RUN);
    assertThat(outcome.files()).singleElement().satisfies(file -> assertThat(file).exists());
  }

  @Test
  void keeps_the_file_and_names_it_with_the_command_to_resend_when_xray_fails() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
    Publisher publisher = Publisher.create(server(Map.of()), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 2));

    // then
    Path file = outcome.files().get(0);
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.unsentFiles()).containsExactly(file);
    assertThat(Publisher.markerOf(file)).doesNotExist();
    assertThat(outcome.reason()).contains("500");
    assertThat(outcome.resendCommand()).contains("java -jar xray-cli.jar publish " + file);
    assertThat(outcome.summaryLine()).startsWith("Xray: publishing 2 results failed: ")
        .endsWith("The results are kept in " + file + "; re-send them with: java -jar xray-cli.jar publish " + file);
  }

  @Test
  void leaves_out_a_test_key_xray_does_not_know_and_sends_the_other_results_again() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.tests[?(@.testKey == 'CALC-9')]"))
        .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Test with key CALC-9 was not found!\"}")));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of()), clock);
    ExecutionResults run = new ExecutionResults(null, info(), List.of(pass("CALC-1"), pass("CALC-9"), pass("CALC-2")));

    // when
    PublishOutcome outcome = publish(publisher, run);

    // then
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(JSON.readTree("""
        {"info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-1", "status": "PASS"}, {"testKey": "CALC-2", "status": "PASS"}]}"""));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.results()).isEqualTo(3);
    assertThat(outcome.published()).isEqualTo(2);
    assertThat(outcome.problems()).extracting(Problem::test).containsExactly("CALC-9");
    assertThat(outcome.problems().get(0).message()).contains("Test with key CALC-9 was not found!");
    assertThat(Files.readString(Publisher.markerOf(outcome.files().get(0))))
        .isEqualTo("testExecutionKey=CALC-2001\nrejected=CALC-9\n");
  }

  @Test
  void reports_per_test_problems_that_xray_sends_with_a_successful_answer() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200).withBody(
        "{\"testExecIssue\":{\"id\":\"1\",\"key\":\"CALC-2001\",\"self\":\"" + xray.baseUrl()
            + "/rest/api/2/issue/1\"},\"testIssues\":{\"success\":[{\"id\":\"2\",\"key\":\"CALC-1\"}],"
            + "\"error\":[{\"testKey\":\"CALC-2\",\"messages\":[\"Test is archived\"]}]}}")));
    Publisher publisher = Publisher.create(server(Map.of()), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 2));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.test()).isEqualTo("CALC-2");
      assertThat(problem.message()).contains("Test is archived");
    });
    assertThat(outcome.summaryLine()).contains("1 problem: CALC-2: ", "Test is archived");
  }

  @Test
  void sends_from_memory_and_says_so_when_the_output_directory_cannot_be_written() throws Exception {
    // given
    answerCreated("CALC-2001");
    Path notADirectory = Files.writeString(dir.resolve("taken"), "a file where the output directory should be");
    Publisher publisher = Publisher.create(server(Map.of("xray.output-dir", notADirectory.toString())), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 2));

    // then
    assertThat(importBodies()).singleElement().satisfies(body -> assertThat(body.get("tests")).hasSize(2));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.files()).isEmpty();
    assertThat(outcome.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
        .contains("could not be written to " + notADirectory, "xray.output-dir"));
  }

  @Test
  void sends_a_batch_xray_finds_too_large_in_halves_into_one_execution() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1).withRequestBody(matchingJsonPath("$.tests[1]"))
        .willReturn(aResponse().withStatus(413).withBody("<html>Request Entity Too Large</html>")));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of()), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 3));

    // then
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).extracting(body -> body.get("tests").size()).containsExactly(3, 2, 1, 1, 1);
    assertThat(bodies.subList(2, 5)).extracting(body -> body.at("/tests/0/testKey").asText())
        .containsExactly("CALC-1", "CALC-2", "CALC-3");
    assertThat(bodies.get(2).has("testExecutionKey")).isFalse();
    assertThat(bodies.subList(3, 5)).allSatisfy(body ->
        assertThat(body.get("testExecutionKey").asText()).isEqualTo("CALC-2001"));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.published()).isEqualTo(3);
    assertThat(Publisher.publishedTo(outcome.files().get(0))).contains("CALC-2001");
  }

  @Test
  void keeps_the_rest_of_a_halved_batch_pointed_at_the_created_execution_when_it_fails() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1).withRequestBody(matchingJsonPath("$.tests[1]"))
        .willReturn(aResponse().withStatus(413)));
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(2)
        .withRequestBody(matchingJsonPath("$.tests[?(@.testKey == 'CALC-2')]"))
        .willReturn(aResponse().withStatus(503)));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of()), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 2));

    // then
    Path file = outcome.files().get(0);
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.published()).isEqualTo(1);
    assertThat(outcome.unsentFiles()).containsExactly(file);
    assertThat(JSON.readTree(file.toFile())).isEqualTo(JSON.readTree("""
        {"testExecutionKey": "CALC-2001", "info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-1", "status": "PASS"}, {"testKey": "CALC-2", "status": "PASS"}]}"""));
  }

  @Test
  void gives_up_at_the_publish_deadline_when_xray_does_not_answer() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)
        .withBody(created("CALC-2001"))));
    Publisher publisher = Publisher.create(server(Map.of("xray.publish-timeout", "300ms")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 1));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.reason()).contains("xray.publish-timeout");
    assertThat(outcome.unsentFiles()).isEqualTo(outcome.files());
  }

  @Test
  void points_the_unsent_files_at_the_created_execution_when_a_later_batch_fails_and_resends_them_there()
      throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.tests[?(@.testKey == 'CALC-3')]"))
        .willReturn(aResponse().withStatus(503)));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.batch-size", "2")), clock);
    PublishOutcome failed = publish(publisher, run(null, 3));
    Path second = failed.files().get(1);

    // when
    xray.resetAll();
    answerCreated("CALC-2001");
    PublishOutcome resent = publish(Publisher.create(server(Map.of()), clock), List.of(dir));
    PublishOutcome again = publish(Publisher.create(server(Map.of()), clock), List.of(dir));

    // then
    assertThat(failed.kind()).isEqualTo(Kind.FAILED);
    assertThat(failed.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(failed.published()).isEqualTo(2);
    assertThat(failed.unsentFiles()).containsExactly(second);
    assertThat(failed.summaryLine()).contains("after 2 went into CALC-2001", "publish " + second);
    assertThat(importBodies()).singleElement().isEqualTo(JSON.readTree("""
        {"testExecutionKey": "CALC-2001", "info": {"project": "CALC", "summary": "Nightly"},
         "tests": [{"testKey": "CALC-3", "status": "PASS"}]}"""));
    assertThat(resent.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(resent.files()).containsExactly(second);
    assertThat(Publisher.publishedTo(second)).contains("CALC-2001");
    assertThat(again.kind()).isEqualTo(Kind.NOTHING_TO_PUBLISH);
    xray.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)));
  }

  @Test
  void splits_a_resent_file_larger_than_the_batch_size_and_marks_it_once_all_parts_are_in() throws Exception {
    // given
    Path file = Publisher.create(server(Map.of("xray.dry-run", "true")), clock).publish(run(null, 3)).files().get(0);
    answerCreated("CALC-2001");

    // when
    PublishOutcome outcome = publish(Publisher.create(server(Map.of("xray.batch-size", "2")), clock), List.of(file));

    // then
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0).has("testExecutionKey")).isFalse();
    assertThat(bodies.get(1).get("testExecutionKey").asText()).isEqualTo("CALC-2001");
    assertThat(bodies.get(1).get("tests")).hasSize(1);
    assertThat(outcome.published()).isEqualTo(3);
    assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
    assertThat(JSON.readTree(file.toFile()).get("testExecutionKey").asText()).isEqualTo("CALC-2001");
  }

  @Test
  void sends_a_run_whose_evidence_exceeds_the_request_size_in_several_requests_into_one_execution() throws Exception {
    // given: six tests with 2,000 bytes of evidence each (about 4 KB each as estimated), a cap of 8 KB
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.max-request-size", "8KB")), clock);

    // when
    PublishOutcome outcome = publish(publisher, runWithEvidence(2_000, 2_000, 2_000, 2_000, 2_000, 2_000));

    // then
    List<LoggedRequest> requests = importRequests();
    assertThat(requests).hasSize(3);
    assertThat(requests).allSatisfy(request -> assertThat(request.getBody().length).isLessThan(8 * 1024));
    List<JsonNode> bodies = importBodies();
    assertThat(bodies.get(0).has("testExecutionKey")).isFalse();
    assertThat(bodies.subList(1, 3)).extracting(body -> body.get("testExecutionKey").asText())
        .containsExactly("CALC-2001", "CALC-2001");
    assertThat(testKeysPerRequest(bodies)).containsExactly(
        List.of("CALC-1", "CALC-2"), List.of("CALC-3", "CALC-4"), List.of("CALC-5", "CALC-6"));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(outcome.published()).isEqualTo(6);
    assertThat(outcome.files()).hasSize(3)
        .allSatisfy(file -> assertThat(Publisher.publishedTo(file)).contains("CALC-2001"));
  }

  @Test
  void sends_a_test_larger_than_the_request_size_alone() throws Exception {
    // given: the second test's evidence alone is over the 8 KB cap
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.max-request-size", "8KB")), clock);

    // when
    PublishOutcome outcome = publish(publisher, runWithEvidence(100, 12_000, 100, 100));

    // then
    assertThat(testKeysPerRequest(importBodies())).containsExactly(
        List.of("CALC-1"), List.of("CALC-2"), List.of("CALC-3", "CALC-4"));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.published()).isEqualTo(4);
  }

  @Test
  void batches_by_test_count_alone_when_there_is_no_evidence() throws Exception {
    // given: seven tests without evidence, three to a batch, a cap they come nowhere near
    answerCreated("CALC-2001");
    Publisher publisher =
        Publisher.create(server(Map.of("xray.batch-size", "3", "xray.max-request-size", "64KB")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 7));

    // then
    assertThat(testKeysPerRequest(importBodies())).containsExactly(
        List.of("CALC-1", "CALC-2", "CALC-3"), List.of("CALC-4", "CALC-5", "CALC-6"), List.of("CALC-7"));
    assertThat(outcome.published()).isEqualTo(7);
  }

  @Test
  void splits_a_resent_file_larger_than_the_request_size_and_marks_it_once_all_parts_are_in() throws Exception {
    // given: one file of four tests with 3,000 bytes of evidence each (4,000 encoded)
    Path file = Publisher.create(server(Map.of("xray.dry-run", "true")), clock)
        .publish(runWithEvidence(3_000, 3_000, 3_000, 3_000)).files().get(0);
    answerCreated("CALC-2001");

    // when
    PublishOutcome outcome =
        publish(Publisher.create(server(Map.of("xray.max-request-size", "10KB")), clock), List.of(file));

    // then
    assertThat(importRequests()).hasSize(2)
        .allSatisfy(request -> assertThat(request.getBody().length).isLessThanOrEqualTo(10 * 1024));
    List<JsonNode> bodies = importBodies();
    assertThat(testKeysPerRequest(bodies)).containsExactly(List.of("CALC-1", "CALC-2"), List.of("CALC-3", "CALC-4"));
    assertThat(bodies.get(1).get("testExecutionKey").asText()).isEqualTo("CALC-2001");
    assertThat(outcome.published()).isEqualTo(4);
    assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
  }

  @Test
  void fails_before_sending_when_there_is_neither_a_test_execution_nor_a_project() throws Exception {
    // given
    Publisher publisher = Publisher.create(server(Map.of()), clock);
    ExecutionResults run = new ExecutionResults(null, ExecutionInfo.empty(), List.of(pass("CALC-1")));

    // when
    PublishOutcome outcome = publish(publisher, run);

    // then
    xray.verify(0, anyRequestedFor(anyUrl()));
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.reason()).contains("xray.project-key", "xray.test-execution-key");
    assertThat(outcome.unsentFiles()).isEqualTo(outcome.files()).hasSize(1);
  }

  @Test
  void publishes_to_xray_cloud_with_cloud_status_names() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo("/api/v2/authenticate"))
        .willReturn(aResponse().withStatus(200).withBody("\"test-cloud-token-456\"")));
    xray.stubFor(post(urlPathEqualTo("/api/v2/import/execution")).willReturn(aResponse().withStatus(200)
        .withBody("{\"id\":\"10200\",\"key\":\"CALC-2001\",\"self\":\"https://acme.atlassian.net/rest/api/2/issue/10200\"}")));
    Map<String, String> cloud = new HashMap<>(Map.of("xray.url", xray.baseUrl(), "xray.client-id", "test-client-id",
        "xray.client-secret", "test-client-secret-789", "xray.output-dir", dir.toString(), "xray.max-retries", "0"));
    Publisher publisher = Publisher.create(XrayConfig.of(cloud), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 1));

    // then
    xray.verify(postRequestedFor(urlPathEqualTo("/api/v2/import/execution"))
        .withHeader("Authorization", equalTo("Bearer test-cloud-token-456"))
        .withRequestBody(matchingJsonPath("$.tests[0].status", equalTo("PASSED"))));
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.browseUrl()).isEqualTo(URI.create("https://acme.atlassian.net/browse/CALC-2001"));
  }

  // ---- support --------------------------------------------------------------------------------------------

  static PublishOutcome publish(Publisher publisher, ExecutionResults run) {
    try (publisher) {
      return publisher.publish(run);
    }
  }

  static PublishOutcome publish(Publisher publisher, List<Path> files) {
    try (publisher) {
      return publisher.publishFiles(files);
    }
  }

  private static void answerCreated(String key) {
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(5)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(created(key))));
  }

  private static String created(String key) {
    return "{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"" + key + "\",\"self\":\"" + xray.baseUrl()
        + "/rest/api/2/issue/38101\"}}";
  }

  private static List<LoggedRequest> importRequests() {
    return xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT)));
  }

  private static List<List<String>> testKeysPerRequest(List<JsonNode> bodies) {
    List<List<String>> keys = new ArrayList<>();
    for (JsonNode body : bodies) {
      List<String> inBody = new ArrayList<>();
      body.get("tests").forEach(test -> inBody.add(test.get("testKey").asText()));
      keys.add(inBody);
    }
    return keys;
  }

  /** A run of passed tests CALC-1, CALC-2... each with one evidence file of the given size. */
  static ExecutionResults runWithEvidence(int... evidenceSizes) {
    List<TestResult> results = new ArrayList<>();
    for (int i = 0; i < evidenceSizes.length; i++) {
      byte[] content = new byte[evidenceSizes[i]];
      Arrays.fill(content, (byte) 'x');
      results.add(TestResult.builder(Status.PASS).testKey("CALC-" + (i + 1))
          .evidence(Evidence.ofBytes("log-" + (i + 1) + ".txt", "text/plain", content)).build());
    }
    return new ExecutionResults(null, info(), results);
  }

  private static List<JsonNode> importBodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT)))) {
      bodies.add(JSON.readTree(request.getBodyAsString().getBytes(StandardCharsets.UTF_8)));
    }
    return bodies;
  }

  private XrayConfig server(Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(Map.of("xray.url", xray.baseUrl(), "xray.token", TOKEN,
        "xray.output-dir", dir.toString(), "xray.max-retries", "0"));
    // these tests assert the order of requests, which concurrency leaves open: see ConcurrentPublishingTest
    properties.put("xray.publish-concurrency", "1");
    properties.putAll(more);
    return XrayConfig.of(properties);
  }

  static ExecutionResults run(String key, int tests) {
    List<TestResult> results = new ArrayList<>();
    for (int i = 1; i <= tests; i++) {
      results.add(pass("CALC-" + i));
    }
    return new ExecutionResults(key, info(), results);
  }

  static TestResult pass(String key) {
    return TestResult.builder(Status.PASS).testKey(key).build();
  }

  static ExecutionInfo info() {
    return new ExecutionInfo("CALC", "Nightly", null, null, null, null, null, null, null, List.of());
  }
}
