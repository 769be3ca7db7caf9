package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The reporter end to end: results added, one request, one summary line. */
class XrayReporterPublishingTest {

  private static final String IMPORT = "/rest/raven/2.0/import/execution";

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

  @Test
  void publishes_the_merged_run_and_logs_one_summary_line_with_the_execution_and_its_link() throws Exception {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200).withBody(
        "{\"testExecIssue\":{\"id\":\"1\",\"key\":\"CALC-2001\",\"self\":\"" + xray.baseUrl()
            + "/rest/api/2/issue/1\"}}")));
    XrayReporter reporter = XrayReporter.create(config(), clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());
    reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-2").build());
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());
    clock.advance(Duration.ofMinutes(2));

    // when
    PublishOutcome outcome;
    try (LogCapture log = new LogCapture()) {
      outcome = reporter.finish();

      // then
      assertThat(log.messages()).containsExactly("INFO Xray: 2 results published to CALC-2001 (" + xray.baseUrl()
          + "/browse/CALC-2001) in 0.0 s");
    }
    xray.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)).withRequestBody(equalToJson("""
        {"info": {"project": "CALC", "summary": "Automated test run 2026-11-28 09:00:00 UTC",
                  "description": "${json-unit.regex}xray4j run [0-9a-f]{32}",
                  "startDate": "2026-11-28T09:00:00+00:00", "finishDate": "2026-11-28T09:02:00+00:00"},
         "tests": [{"testKey": "CALC-1", "status": "PASS",
                    "iterations": [{"name": "CALC-1 #1", "status": "PASS"}, {"name": "CALC-1 #2", "status": "PASS"}]},
                   {"testKey": "CALC-2", "status": "FAIL"}]}""")));
    assertThat(Publisher.publishedTo(outcome.files().get(0))).contains("CALC-2001");
  }

  @Test
  void logs_one_warning_that_says_what_failed_what_to_check_and_how_to_resend() {
    // given
    xray.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(401)));
    XrayReporter reporter = XrayReporter.create(config(), clock);
    reporter.add(TestResult.builder(Status.PASS).testKey("CALC-1").build());

    // when
    PublishOutcome outcome;
    try (LogCapture log = new LogCapture("io.github.xray4j.core.publish")) {
      outcome = reporter.finish();

      // then
      Path file = outcome.files().get(0);
      assertThat(log.messages()).singleElement().satisfies(line -> assertThat(line)
          .startsWith("WARNING Xray: publishing 1 result failed: ")
          .contains("401", "check xray.token (XRAY_TOKEN)")
          .endsWith("The results are kept in " + file + "; re-send them with: java -jar xray-cli.jar publish "
              + file));
    }
    assertThat(outcome.isFailure()).isTrue();
  }

  private XrayConfig config() {
    return XrayConfig.of(Map.of("xray.url", xray.baseUrl(), "xray.token", "test-token-123", "xray.project-key",
        "CALC", "xray.output-dir", dir.toString(), "xray.max-retries", "0"));
  }
}
