package io.github.xray4j.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xray4j.core.testing.MisbehavingServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers WireMock cannot give: headers and then a body that stalls, and bodies that never end. The client
 * gives up on a stalled body after {@code xray.timeout} and reads only a bounded prefix of any body. The
 * {@code @Timeout}s only keep a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MisbehavingAnswersTest {

  private static final byte[] NEW_EXECUTION = ImportTest.NEW_EXECUTION.getBytes(StandardCharsets.UTF_8);

  private static XrayClient client(XrayFlavour flavour, MisbehavingServer server, String timeout) {
    return Clients.create(flavour.config(server.url(), Map.of("xray.timeout", timeout, "xray.max-retries", "1")),
        new RecordingSleeper(), Clock.systemUTC());
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void an_import_whose_answer_stalls_after_the_headers_fails_after_xray_timeout_without_a_second_try(
      XrayFlavour flavour) {
    // given
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "{\"testExecIssue\":{\"key\":")) {
      // when
      XrayUnavailableException e = catchThrowableOfType(XrayUnavailableException.class,
          () -> client(flavour, xray, "300ms").importExecution(NEW_EXECUTION));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith("Xray stopped sending its answer to POST " + flavour.base()
          + "/import/execution after 300 ms (xray.timeout)").contains("raise xray.timeout");
      assertThat(xray.requests()).as("a second try could create a second Test Execution").hasSize(1);
    }
  }

  @Test
  void on_cloud_a_token_answer_that_stalls_fails_after_xray_timeout() {
    // given
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "\"eyJ")) {
      // when
      XrayException e = catchThrowableOfType(XrayException.class,
          () -> client(XrayFlavour.CLOUD, xray, "300ms").importExecution(NEW_EXECUTION));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("Xray stopped sending its answer to POST /api/v2/authenticate after 300 ms");
      assertThat(e.getMessage()).doesNotContain(XrayFlavour.CLIENT_SECRET);
    }
  }

  @Test
  void a_read_whose_answer_stalls_fails_after_xray_timeout() {
    // given
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "[{\"key\":\"CALC-1\",")) {
      // when
      XrayUnavailableException e = catchThrowableOfType(XrayUnavailableException.class,
          () -> client(XrayFlavour.SERVER_V2, xray, "300ms").getTests(List.of("CALC-1")));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith("Xray stopped sending its answer to GET /rest/raven/2.0/api/test after 300 ms");
    }
  }

  @Test
  void a_huge_error_body_is_read_only_as_far_as_the_message_needs() {
    // given: a 400 whose JSON error goes on for up to a gigabyte
    try (MisbehavingServer xray = MisbehavingServer.endless(400, "application/json",
        "{\"error\":\"Test with key CALC-9 was not found! ", "and more ")) {
      // when
      XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class,
          () -> client(XrayFlavour.SERVER_V2, xray, "5s").importExecution(NEW_EXECUTION));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("Xray rejected the request (400 on POST /rest/raven/2.0/import/execution)")
          .contains("Test with key CALC-9 was not found!");
      assertThat(e.getMessage().length()).isLessThan(2_000);
      assertThat(xray.bodyBytesSent()).as("the client stopped reading").isLessThan(MisbehavingServer.MAX_ENDLESS / 8);
    }
  }

  @Test
  void a_huge_html_error_page_is_read_only_as_far_as_the_diagnosis_needs() {
    // given
    try (MisbehavingServer xray = MisbehavingServer.endless(500, "text/html", "<!DOCTYPE html><html><body>",
        "<p>stack frame</p>")) {
      // when
      XrayUnavailableException e = catchThrowableOfType(XrayUnavailableException.class,
          () -> client(XrayFlavour.SERVER_V2, xray, "5s").getTests(List.of("CALC-1")));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).isEqualTo("Xray is unavailable (500 on GET /rest/raven/2.0/api/test): an HTML error"
          + " page came back");
      assertThat(xray.bodyBytesSent()).as("the client stopped reading").isLessThan(MisbehavingServer.MAX_ENDLESS / 8);
    }
  }

  @Test
  void a_json_answer_longer_than_the_cap_is_refused_clearly() {
    // given: a 200 whose array of Tests never ends
    try (MisbehavingServer xray = MisbehavingServer.endless(200, "application/json", "[",
        "{\"key\":\"CALC-1\",\"type\":\"Generic\"},")) {
      // when
      XrayMalformedResponseException e = catchThrowableOfType(XrayMalformedResponseException.class,
          () -> client(XrayFlavour.SERVER_V2, xray, "5s").getTests(List.of("CALC-1")));

      // then
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith("Xray's answer to GET /rest/raven/2.0/api/test is longer than 32 MB and"
          + " was not read further");
      assertThat(xray.bodyBytesSent()).as("the client stopped reading").isLessThan(MisbehavingServer.MAX_ENDLESS / 8);
    }
  }
}
