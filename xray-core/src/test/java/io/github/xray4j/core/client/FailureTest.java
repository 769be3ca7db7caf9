package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way a request can fail, on Server/DC v1, v2 and Cloud: the exception type, status, request, Xray's
 * message and advice; the retries (counted at the server, waits recorded instead of slept); no secret in any
 * message.
 */
class FailureTest extends XrayClientTestSupport {

  private static final byte[] NEW_EXECUTION = ImportTest.NEW_EXECUTION.getBytes(StandardCharsets.UTF_8);
  private static final byte[] INTO_EXECUTION = ImportTest.INTO_EXECUTION.getBytes(StandardCharsets.UTF_8);

  private String importPath(XrayFlavour flavour) {
    return flavour.base() + "/import/execution";
  }

  private void answerImport(XrayFlavour flavour, ResponseDefinitionBuilder response) {
    xray.stubFor(post(urlPathEqualTo(importPath(flavour))).willReturn(response));
  }

  private <T extends XrayException> T importFails(XrayFlavour flavour, byte[] document, Class<T> type,
                                                  Map<String, String> config) {
    T thrown = catchThrowableOfType(type, () -> client(flavour, config).importExecution(document));
    assertThat(thrown).as("the import should fail with " + type.getSimpleName()).isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      for (String secret : flavour.secrets()) {
        assertThat(String.valueOf(t.getMessage())).as("message of " + t.getClass()).doesNotContain(secret);
      }
    }
    return thrown;
  }

  private <T extends XrayException> T importFails(XrayFlavour flavour, Class<T> type) {
    return importFails(flavour, NEW_EXECUTION, type, Map.of("xray.max-retries", "2"));
  }

  private int importsReceived(XrayFlavour flavour) {
    return xray.findAll(postRequestedFor(urlPathEqualTo(importPath(flavour)))).size();
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_401_names_the_credential_keys_to_check_and_the_licence(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}"));

    // when
    XrayAuthenticationException e = importFails(flavour, XrayAuthenticationException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.request()).isEqualTo("POST " + importPath(flavour));
    assertThat(e.getMessage()).contains(switch (flavour) {
      case SERVER_V1 -> "xray.username and xray.password";
      case SERVER_V2 -> "xray.token";
      case CLOUD -> "xray.client-id and xray.client-secret";
    }).contains("licence");
    assertThat(importsReceived(flavour)).as("never retried, except one Cloud token renewal")
        .isEqualTo(flavour == XrayFlavour.CLOUD ? 2 : 1);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_403_is_an_authentication_failure_with_xrays_message(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(403).withBody("{\"errorMessages\":[\"No permission to browse CALC\"]}"));

    // when
    XrayAuthenticationException e = importFails(flavour, XrayAuthenticationException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.xrayMessage()).contains("No permission to browse CALC");
    assertThat(importsReceived(flavour)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_400_carries_xrays_message_and_the_unknown_keys(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(400).withHeader("Content-Type", "text/plain")
        .withBody("{\"error\":\"Test with key CALC-9 was not found!; CALC-7 is not a requirement issue or is not a"
            + " valid issue key.\"}"));

    // when
    XrayBadRequestException e = importFails(flavour, XrayBadRequestException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.request()).isEqualTo("POST " + importPath(flavour));
    assertThat(e.xrayMessage()).contains(
        "Test with key CALC-9 was not found!; CALC-7 is not a requirement issue or is not a valid issue key.");
    assertThat(e.getMessage()).contains("Test with key CALC-9 was not found!");
    assertThat(e.unknownKeys()).containsExactly("CALC-9", "CALC-7");
    assertThat(importsReceived(flavour)).as("a 400 is never retried").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_400_in_jira_shape_or_plain_text_is_read_too(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(400)
        .withBody("{\"errorMessages\":[\"Error assembling issue data\"],\"errors\":{\"project\":\"project is required\"}}"));

    // when
    XrayBadRequestException jira = importFails(flavour, XrayBadRequestException.class);
    answerImport(flavour, aResponse().withStatus(400).withBody("There are no valid tests imported"));
    XrayBadRequestException plain = importFails(flavour, XrayBadRequestException.class);

    // then
    assertThat(jira.xrayMessage()).contains("Error assembling issue data; project: project is required");
    assertThat(plain.xrayMessage()).contains("There are no valid tests imported");
    assertThat(plain.unknownKeys()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_redirect_to_the_login_page_says_the_url_looks_wrong(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(302)
        .withHeader("Location", url() + "/login.jsp?os_destination=%2Frest%2Fraven"));

    // when
    XrayWrongUrlException e = importFails(flavour, XrayWrongUrlException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(302);
    assertThat(e.getMessage()).contains("xray.url looks wrong").contains(url() + "/login.jsp")
        .doesNotContain("os_destination");
    if (flavour != XrayFlavour.CLOUD) {
      assertThat(e.getMessage()).contains("it should be the Jira base URL such as https://jira.example.com");
    }
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void an_html_page_with_200_says_the_url_looks_wrong(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<!DOCTYPE html>\n<html><head><title>Log in - Jira</title></head><body></body></html>"));

    // when
    XrayWrongUrlException e = importFails(flavour, XrayWrongUrlException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.getMessage()).contains("xray.url looks wrong").contains("HTML");
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_405_or_an_html_404_says_the_url_looks_wrong(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(405));

    // when
    XrayWrongUrlException methodNotAllowed = importFails(flavour, XrayWrongUrlException.class);
    answerImport(flavour, aResponse().withStatus(404).withBody("<html><body>Oops, you've found a dead link.</body></html>"));
    XrayWrongUrlException notFound = importFails(flavour, XrayWrongUrlException.class);

    // then
    assertThat(methodNotAllowed.httpStatus()).isEqualTo(405);
    assertThat(methodNotAllowed.getMessage()).contains("xray.url looks wrong");
    assertThat(notFound.httpStatus()).isEqualTo(404);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_413_says_how_to_send_less(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(413).withBody("Request Entity Too Large"));

    // when
    XrayException e = importFails(flavour, XrayException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(413);
    assertThat(e.getMessage()).contains("xray.batch-size").contains("xray.evidence-max-size");
    assertThat(importsReceived(flavour)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_429_is_retried_after_the_seconds_in_retry_after(XrayFlavour flavour) {
    // given
    xray.stubFor(post(urlPathEqualTo(importPath(flavour))).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("limited"));
    xray.stubFor(post(urlPathEqualTo(importPath(flavour))).inScenario("rate").whenScenarioStateIs("limited")
        .willReturn(aResponse().withStatus(200).withBody(flavour.importAnswer(url(), "CALC-82"))));

    // when
    ImportResult result = client(flavour).importExecution(NEW_EXECUTION);

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-82");
    assertThat(importsReceived(flavour)).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_429_honours_a_retry_after_date_and_gives_up_after_the_configured_retries(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(429).withHeader("Retry-After", "Fri, 01 May 2026 10:00:30 GMT")
        .withBody("{\"error\":\"Too many requests\"}"));

    // when
    XrayUnavailableException e = importFails(flavour, XrayUnavailableException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.getMessage()).contains("rate limit");
    assertThat(importsReceived(flavour)).as("one try and xray.max-retries=2 retries").isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_503_then_success_is_retried_with_backoff(XrayFlavour flavour) {
    // given
    xray.stubFor(post(urlPathEqualTo(importPath(flavour))).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("up"));
    xray.stubFor(post(urlPathEqualTo(importPath(flavour))).inScenario("down").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(200).withBody(flavour.importAnswer(url(), "CALC-82"))));

    // when
    ImportResult result = client(flavour).importExecution(NEW_EXECUTION);

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-82");
    assertThat(importsReceived(flavour)).isEqualTo(2);
    assertThat(sleeper.waits()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_502_is_retried_for_an_import_into_an_existing_execution_but_not_for_one_that_creates(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(502).withBody("Bad Gateway"));

    // when
    XrayUnavailableException creating = importFails(flavour, XrayUnavailableException.class);
    int creatingTries = importsReceived(flavour);
    xray.resetRequests();
    XrayUnavailableException into = importFails(flavour, INTO_EXECUTION, XrayUnavailableException.class,
        Map.of("xray.max-retries", "2"));

    // then
    assertThat(creating.httpStatus()).isEqualTo(502);
    assertThat(creatingTries).as("a creating import may have been processed behind a 502").isEqualTo(1);
    assertThat(into.httpStatus()).isEqualTo(502);
    assertThat(importsReceived(flavour)).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_read_timeout_does_not_resend_an_import_that_creates_a_test_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(200).withFixedDelay(2_000)
        .withBody(flavour.importAnswer(url(), "CALC-82")));

    // when
    XrayUnavailableException e = importFails(flavour, NEW_EXECUTION, XrayUnavailableException.class,
        Map.of("xray.timeout", "300ms", "xray.max-retries", "2"));

    // then
    assertThat(e.httpStatus()).isZero();
    assertThat(e.getMessage()).contains("did not answer").contains("within xray.timeout (300 ms)");
    assertThat(importsReceived(flavour)).as("a second try could create a second Test Execution").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_read_timeout_resends_an_import_into_an_existing_test_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(200).withFixedDelay(2_000)
        .withBody(flavour.importAnswer(url(), "CALC-82")));

    // when
    importFails(flavour, INTO_EXECUTION, XrayUnavailableException.class,
        Map.of("xray.timeout", "300ms", "xray.max-retries", "1"));

    // then
    assertThat(importsReceived(flavour)).as("runs are replaced, so resending is harmless").isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_refused_connection_is_retried_even_for_a_creating_import(XrayFlavour flavour) throws IOException {
    // given
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String closedUrl = "http://127.0.0.1:" + closedPort;
    XrayClient client = Clients.create(flavour.config(closedUrl, Map.of("xray.max-retries", "2")), sleeper,
        java.time.Clock.systemUTC());

    // when
    XrayUnavailableException e = catchThrowableOfType(XrayUnavailableException.class,
        () -> client.importExecution(NEW_EXECUTION));

    // then
    assertThat(e).isNotNull();
    assertThat(e.httpStatus()).isZero();
    assertThat(e.getMessage()).contains("Could not connect to 127.0.0.1:" + closedPort).contains("xray.url");
    assertThat(sleeper.waits()).as("the request surely never arrived, so it was retried").hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void malformed_json_in_a_200_is_a_malformed_response(XrayFlavour flavour) {
    // given
    answerImport(flavour, aResponse().withStatus(200).withBody("{\"testExecIssue\": {\"key\": "));

    // when
    XrayMalformedResponseException e = importFails(flavour, XrayMalformedResponseException.class);

    // then
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.request()).isEqualTo("POST " + importPath(flavour));
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void a_reset_connection_or_an_empty_response_is_retried_only_when_nothing_is_created(XrayFlavour flavour) {
    for (Fault fault : new Fault[] {Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE}) {
      // given
      xray.resetRequests();
      answerImport(flavour, aResponse().withFault(fault));

      // when
      XrayUnavailableException creating = importFails(flavour, XrayUnavailableException.class);
      int creatingTries = importsReceived(flavour);
      xray.resetRequests();
      importFails(flavour, INTO_EXECUTION, XrayUnavailableException.class, Map.of("xray.max-retries", "2"));

      // then
      assertThat(creating.httpStatus()).isZero();
      assertThat(creating.getMessage()).contains("connection");
      assertThat(creatingTries).as(fault + ": creating import tries").isEqualTo(1);
      assertThat(importsReceived(flavour)).as(fault + ": import into an existing execution tries").isEqualTo(3);
    }
  }

  /** Where each flavour creates a Test Execution: Jira's create issue, or Cloud's GraphQL. */
  private static String creationPath(XrayFlavour flavour) {
    return flavour == XrayFlavour.CLOUD ? "/api/v2/graphql" : "/rest/api/2/issue";
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void creating_a_test_execution_is_not_resent_after_a_502_but_is_after_a_503(XrayFlavour flavour) {
    // given
    String path = creationPath(flavour);
    xray.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(502)));
    XrayClient client = client(flavour, Map.of("xray.max-retries", "2"));

    // when
    XrayUnavailableException badGateway = catchThrowableOfType(XrayUnavailableException.class,
        () -> client.createTestExecution(NewTestExecution.of("CALC", "Nightly")));
    int triesAfter502 = xray.findAll(postRequestedFor(urlPathEqualTo(path))).size();
    xray.resetRequests();
    xray.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
    catchThrowableOfType(XrayUnavailableException.class,
        () -> client.createTestExecution(NewTestExecution.of("CALC", "Nightly")));

    // then
    assertThat(badGateway).isNotNull();
    assertThat(badGateway.request()).isEqualTo("POST " + path);
    assertThat(triesAfter502).as("the gateway may have passed the request on: never create twice").isEqualTo(1);
    assertThat(xray.findAll(postRequestedFor(urlPathEqualTo(path)))).as("503: the server did not process it")
        .hasSize(3);
  }
}
