package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xray4j.core.publish.PublisherTest.IMPORT;
import static io.github.xray4j.core.publish.PublisherTest.TOKEN;
import static io.github.xray4j.core.publish.PublisherTest.publish;
import static io.github.xray4j.core.publish.PublisherTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The batches after the first go several at a time ({@code xray.publish-concurrency}), into one execution. */
class ConcurrentPublishingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

  @Test
  void sends_a_many_batch_run_into_one_execution_with_every_test_once_and_the_creating_request_first()
      throws Exception {
    // given: 41 tests, 2 to a batch: 21 requests, up to 4 in flight after the first
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.batch-size", "2", "xray.publish-concurrency", "4")),
        clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 41));

    // then
    List<JsonNode> bodies = importBodies();
    assertThat(bodies).hasSize(21);
    assertThat(bodies.get(0).has("testExecutionKey")).as("the creating request").isFalse();
    assertThat(testKeys(bodies.subList(0, 1))).containsExactly("CALC-1", "CALC-2");
    assertThat(bodies.subList(1, 21)).allSatisfy(body ->
        assertThat(body.get("testExecutionKey").asText()).isEqualTo("CALC-2001"));
    assertThat(testKeys(bodies)).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 41).mapToObj(i -> "CALC-" + i).toList());
    assertThat(outcome.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(outcome.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(outcome.published()).isEqualTo(41);
    assertThat(outcome.unsentFiles()).isEmpty();
    assertThat(outcome.files()).hasSize(21).allSatisfy(file -> {
      assertThat(Publisher.publishedTo(file)).contains("CALC-2001");
      assertThat(bodies).as("%s holds what was sent", file).contains(JSON.readTree(file.toFile()));
    });
  }

  @Test
  void keeps_the_file_of_a_failed_concurrent_batch_pointed_at_the_execution_and_loses_none_of_the_others()
      throws Exception {
    // given: 9 tests, 2 to a batch; Xray fails the batch holding CALC-5
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.tests[?(@.testKey == 'CALC-5')]"))
        .willReturn(aResponse().withStatus(503)));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.batch-size", "2", "xray.publish-concurrency", "4")),
        clock);

    // when
    PublishOutcome failed = publish(publisher, run(null, 9));

    // then: the failed batch's file is kept, pointed at the execution; every other file was sent or is kept so too
    Path third = failed.files().get(2);
    assertThat(failed.kind()).isEqualTo(Kind.FAILED);
    assertThat(failed.testExecutionKey()).isEqualTo("CALC-2001");
    assertThat(failed.unsentFiles()).contains(third);
    assertThat(Publisher.publishedTo(third)).isEmpty();
    int kept = 0;
    for (Path file : failed.files()) {
      JsonNode content = JSON.readTree(file.toFile());
      if (failed.unsentFiles().contains(file)) {
        assertThat(Publisher.publishedTo(file)).as("%s was not sent", file).isEmpty();
        assertThat(content.get("testExecutionKey").asText()).as("%s names the execution", file).isEqualTo("CALC-2001");
        kept += content.get("tests").size();
      } else {
        assertThat(Publisher.publishedTo(file)).as("%s was sent", file).contains("CALC-2001");
      }
    }
    assertThat(failed.published() + kept).as("published and kept").isEqualTo(9);
    assertThat(Publisher.publishedTo(failed.files().get(0))).contains("CALC-2001");

    // when: Xray is back, the kept files are sent again
    xray.resetAll();
    answerCreated("CALC-2001");
    PublishOutcome resent = publish(Publisher.create(server(Map.of()), clock), List.of(dir));

    // then: they go into the same execution, and between the two runs Xray got every test exactly once
    assertThat(resent.kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(resent.files()).containsExactlyInAnyOrderElementsOf(failed.unsentFiles());
    assertThat(importBodies()).allSatisfy(body ->
        assertThat(body.get("testExecutionKey").asText()).isEqualTo("CALC-2001"));
    assertThat(failed.published() + resent.published()).isEqualTo(9);
    assertThat(failed.files()).allSatisfy(file -> assertThat(Publisher.publishedTo(file)).contains("CALC-2001"));
  }

  @Test
  void points_the_files_not_sent_at_the_created_execution_when_the_deadline_passes() throws Exception {
    // given: Xray creates the execution at once, then stops answering
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(1).withRequestBody(matchingJsonPath("$.testExecutionKey"))
        .willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
    answerCreated("CALC-2001");
    Publisher publisher = Publisher.create(server(Map.of("xray.batch-size", "1", "xray.publish-concurrency", "2",
        "xray.publish-timeout", "1500ms")), clock);

    // when
    PublishOutcome outcome = publish(publisher, run(null, 5));

    // then
    assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
    assertThat(outcome.reason()).contains("xray.publish-timeout");
    assertThat(outcome.published()).isEqualTo(1);
    assertThat(outcome.unsentFiles()).isEqualTo(outcome.files().subList(1, 5));
    assertThat(outcome.unsentFiles()).allSatisfy(file -> assertThat(JSON.readTree(file.toFile())
        .get("testExecutionKey").asText()).as("%s names the execution", file).isEqualTo("CALC-2001"));
  }

  // ---- support --------------------------------------------------------------------------------------------

  private static void answerCreated(String key) {
    xray.stubFor(post(urlPathEqualTo(IMPORT)).atPriority(5).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody("{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"" + key
            + "\",\"self\":\"" + xray.baseUrl() + "/rest/api/2/issue/38101\"}}")));
  }

  private static List<JsonNode> importBodies() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : xray.findAll(postRequestedFor(urlPathEqualTo(IMPORT)))) {
      bodies.add(JSON.readTree(request.getBodyAsString().getBytes(StandardCharsets.UTF_8)));
    }
    return bodies;
  }

  private static List<String> testKeys(List<JsonNode> bodies) {
    List<String> keys = new ArrayList<>();
    bodies.forEach(body -> body.get("tests").forEach(test -> keys.add(test.get("testKey").asText())));
    return keys;
  }

  private XrayConfig server(Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(Map.of("xray.url", xray.baseUrl(), "xray.token", TOKEN,
        "xray.output-dir", dir.toString(), "xray.max-retries", "0"));
    properties.putAll(more);
    return XrayConfig.of(properties);
  }
}
