package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.testing.Await;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Publishing while the tests run, and recovering what a dead JVM left in its journal. */
class LivePublishingTest {

  private static final String IMPORT = "/rest/raven/2.0/import/execution";
  private static final String SEARCH = "/rest/api/2/search";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

  @Test
  void sends_a_batch_while_the_tests_still_run_and_the_rest_and_what_changed_at_the_end() throws Exception {
    // given: a batch is two Tests; the interval is far away, so only the batch size sends
    answerCreated("CALC-2001");
    XrayReporter reporter = XrayReporter.create(config(Map.of("xray.batch-size", "2", "xray.live-interval", "1h")),
        clock);

    // when
    reporter.add(pass("CALC-1"));
    reporter.add(pass("CALC-2"));
    Await.until("the first live batch reached Xray", () -> imports().size() == 1);
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-1").comment("re-run failed").build());
    reporter.add(pass("CALC-3"));
    Await.until("the second live batch reached Xray", () -> imports().size() == 2);
    PublishOutcome outcome;
    try (LogCapture log = new LogCapture("io.github.xray4j.core.publish")) {
      outcome = reporter.finish();
      assertThat(log.messages()).containsExactly("INFO " + outcome.summaryLine());
    }

    // then
    List<JsonNode> bodies = bodies();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0).has("testExecutionKey")).as("the first send creates the execution").isFalse();
    assertThat(keys(bodies.get(0))).containsExactly("CALC-1", "CALC-2");
    assertThat(bodies.get(1).get("testExecutionKey").asText()).isEqualTo("CALC-2001");
    assertThat(keys(bodies.get(1))).as("CALC-1 changed: sent again whole").containsExactly("CALC-1", "CALC-3");
    assertThat(bodies.get(1).at("/tests/0/status").asText()).isEqualTo("FAIL");
    assertThat(bodies.get(1).at("/tests/0/iterations")).hasSize(2);
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.results()).isEqualTo(3);
    assertThat(outcome.published()).isEqualTo(3);
    assertThat(outcome.summaryLine()).startsWith("Xray: 3 results published to CALC-2001");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(file -> file.getFileName().toString()))
          .as("every result is in Xray: the journal is removed, no results file was needed")
          .noneMatch(name -> name.startsWith("xray-journal-") || name.startsWith("xray-results-"));
    }
  }

  @Test
  void recovers_the_results_a_dead_jvm_did_not_get_acknowledged_into_its_execution_in_the_next_run()
      throws Exception {
    // given: a run that got CALC-1 into CALC-1999, then died (its lock is gone) after CALC-2 and CALC-3
    answerCreated("CALC-2001");
    Path abandoned;
    try (Journal journal = Journal.create(dir, Instant.parse("2026-11-28T08:00:00Z"), "dead-run", info())) {
      journal.append(null, pass("CALC-1"));
      journal.ack("CALC-1999", Map.of("key:CALC-1", 1L));
      journal.append(null, pass("CALC-2"));
      journal.append(null, TestResult.builder(Status.FAIL).testKey("CALC-3").build());
      abandoned = journal.file();
    }
    XrayReporter next = XrayReporter.create(config(Map.of()), clock);
    next.add(pass("CALC-9"));

    // when
    PublishOutcome outcome;
    List<String> lines;
    try (LogCapture log = new LogCapture("io.github.xray4j.core.publish")) {
      outcome = next.finish();
      lines = log.messages();
    }

    // then
    List<JsonNode> bodies = bodies();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0).get("testExecutionKey").asText()).isEqualTo("CALC-1999");
    assertThat(keys(bodies.get(0))).as("what Xray acknowledged is not sent again").containsExactly("CALC-2", "CALC-3");
    assertThat(bodies.get(1).has("testExecutionKey")).isFalse();
    assertThat(keys(bodies.get(1))).containsExactly("CALC-9");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("INFO Xray: recovered 2 results of the run interrupted at \\d\\d:\\d\\d:\\d\\d UTC"
        + " \\(pid " + ProcessHandle.current().pid() + "\\): 2 results published to CALC-1999 .*");
    assertThat(lines.get(1)).isEqualTo("INFO " + outcome.summaryLine());
    assertThat(outcome.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(abandoned).as("the recovered journal is removed").doesNotExist();
  }

  @Test
  void leaves_alone_the_journal_of_a_run_whose_jvm_still_holds_it() throws Exception {
    // given
    answerCreated("CALC-2001");
    XrayReporter running = XrayReporter.create(config(Map.of("xray.live-interval", "0")), clock);
    running.add(pass("CALC-1"));
    XrayReporter other = XrayReporter.create(config(Map.of("xray.live-interval", "0")), clock);
    other.add(pass("CALC-2"));

    // when
    other.finish();

    // then
    assertThat(bodies()).singleElement().satisfies(body -> assertThat(keys(body)).containsExactly("CALC-2"));
    running.finish();
    assertThat(bodies()).hasSize(2);
  }

  @Test
  void counts_a_test_xray_refuses_inside_a_200_as_not_published_and_keeps_its_file_unmarked() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200).withBody(
        "{\"testExecIssue\":{\"id\":\"1\",\"key\":\"CALC-2001\"},\"testIssues\":{\"success\":[{\"id\":\"2\","
            + "\"key\":\"CALC-1\"}],\"error\":[{\"testKey\":\"CALC-2\",\"messages\":[\"Test is archived\"]}]}}")));
    XrayReporter reporter = XrayReporter.create(config(Map.of()), clock);
    reporter.add(pass("CALC-1"));
    reporter.add(pass("CALC-2"));

    // when
    PublishOutcome outcome = reporter.finish();

    // then
    Path file = outcome.files().get(0);
    assertThat(outcome.published()).isEqualTo(1);
    assertThat(outcome.unsentFiles()).containsExactly(file);
    assertThat(Publisher.markerOf(file)).as("CALC-2 is not in Xray: the file is not marked sent").doesNotExist();
    assertThat(JSON.readTree(file.toFile()).get("testExecutionKey").asText())
        .as("re-sending it goes to the same execution").isEqualTo("CALC-2001");
    assertThat(outcome.summaryLine()).contains("1 not accepted", "CALC-2: ", "Test is archived");
  }

  @Test
  void finds_the_execution_a_creating_request_answered_too_late_made_instead_of_creating_a_second()
      throws Exception {
    // given: Xray creates CALC-2001 for the first import but answers after the read timeout; Jira's search then
    // finds it by the run id in its description
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(5)
        .willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody(created("CALC-2001"))));
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1).withRequestBody(matchingJsonPath("$.testExecutionKey"))
        .willReturn(aResponse().withStatus(200).withTransformers("response-template")
            .withBody(created("{{jsonPath request.body '$.testExecutionKey'}}"))));
    xray.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(200).withBody(
        "{\"issues\":[{\"id\":\"38101\",\"key\":\"CALC-2001\",\"self\":\"" + xray.baseUrl()
            + "/rest/api/2/issue/38101\"}]}")));
    XrayReporter reporter = XrayReporter.create(config(Map.of("xray.batch-size", "1", "xray.live-interval", "1h",
        "xray.timeout", "1s")), clock);

    // when: the first result's live send times out; the second and the end send again
    reporter.add(pass("CALC-1"));
    Await.until("the creating import reached Xray", () -> imports().size() == 1);
    reporter.add(pass("CALC-2"));
    PublishOutcome outcome = reporter.finish();

    // then
    List<JsonNode> bodies = bodies();
    assertThat(bodies.stream().filter(body -> !body.has("testExecutionKey")))
        .as("one creating request only: the lost answer is looked up, not created again").hasSize(1);
    assertThat(bodies.subList(1, bodies.size()))
        .allSatisfy(body -> assertThat(body.get("testExecutionKey").asText()).isEqualTo("CALC-2001"));
    assertThat(bodies.subList(1, bodies.size()).stream().flatMap(body -> keys(body).stream()))
        .contains("CALC-1", "CALC-2");
    LoggedRequest search = xray.findAll(getRequestedFor(urlPathEqualTo(SEARCH))).get(0);
    String runId = bodies.get(0).at("/info/description").asText().replaceAll("(?s).*xray4j run ", "");
    assertThat(search.queryParameter("jql").firstValue())
        .contains("issuetype = \"Test Execution\"", "project = \"CALC\"", "description ~ \"" + runId + "\"");
    assertThat(outcome.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(outcome.published()).isEqualTo(2);
  }

  // ---- support --------------------------------------------------------------------------------------------

  private static void answerCreated(String key) {
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(5)
        .willReturn(aResponse().withStatus(200).withBody(created(key))));
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1).withRequestBody(matchingJsonPath("$.testExecutionKey"))
        .willReturn(aResponse().withStatus(200).withTransformers("response-template")
            .withBody(created("{{jsonPath request.body '$.testExecutionKey'}}"))));
  }

  private static String created(String key) {
    return "{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"" + key + "\",\"self\":\"" + xray.baseUrl()
        + "/rest/api/2/issue/38101\"}}";
  }

  private static List<LoggedRequest> imports() {
    return xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT)));
  }

  private static List<JsonNode> bodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : imports()) {
      bodies.add(JSON.readTree(request.getBodyAsString().getBytes(StandardCharsets.UTF_8)));
    }
    return bodies;
  }

  private static List<String> keys(JsonNode body) {
    List<String> keys = new ArrayList<>();
    body.get("tests").forEach(test -> keys.add(test.get("testKey").asText()));
    return keys;
  }

  private static TestResult pass(String key) {
    return TestResult.builder(Status.PASS).testKey(key).build();
  }

  private static ExecutionInfo info() {
    return new ExecutionInfo("CALC", "Nightly", null, null, null, null, null, null, null, List.of());
  }

  private XrayConfig config(Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(Map.of("xray.url", xray.baseUrl(), "xray.token", "test-token-1",
        "xray.project-key", "CALC", "xray.output-dir", dir.toString(), "xray.max-retries", "0"));
    properties.putAll(more);
    return XrayConfig.of(properties);
  }
}
