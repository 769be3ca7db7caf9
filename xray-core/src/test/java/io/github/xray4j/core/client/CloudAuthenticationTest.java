package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Xray Cloud's API key exchange: one token for many requests, renewed exactly once when Xray rejects it. */
class CloudAuthenticationTest extends XrayClientTestSupport {

  private static final String AUTHENTICATE = "/api/v2/authenticate";
  private static final String IMPORT = "/api/v2/import/execution";
  private static final byte[] DOCUMENT = ImportTest.INTO_EXECUTION.getBytes(StandardCharsets.UTF_8);

  private int authentications() {
    return xray.findAll(postRequestedFor(urlPathEqualTo(AUTHENTICATE))).size();
  }

  private void answerImport() {
    xray.stubFor(post(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer test-token-123"))
        .willReturn(aResponse().withStatus(200).withBody(XrayFlavour.CLOUD.importAnswer(url(), "CALC-82"))));
  }

  @Test
  void authenticates_once_for_many_requests() {
    // given
    answerImport();
    XrayClient client = client(XrayFlavour.CLOUD);

    // when
    client.importExecution(DOCUMENT);
    client.importExecution(DOCUMENT);

    // then
    assertThat(authentications()).isEqualTo(1);
    xray.verify(1, postRequestedFor(urlPathEqualTo(AUTHENTICATE)).withRequestBody(
        equalToJson("{\"client_id\":\"test-client-id\",\"client_secret\":\"" + XrayFlavour.CLIENT_SECRET + "\"}")));
    xray.verify(2, postRequestedFor(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer test-token-123")));
  }

  @Test
  void renews_an_expired_token_once_and_sends_the_request_again() {
    // given: the first token expires after one import
    xray.stubFor(post(urlPathEqualTo(AUTHENTICATE)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(200).withBody("\"test-token-old\"")).willSetStateTo("renewed"));
    xray.stubFor(post(urlPathEqualTo(AUTHENTICATE)).inScenario("token").whenScenarioStateIs("renewed")
        .willReturn(aResponse().withStatus(200).withBody("\"test-token-123\"")));
    xray.stubFor(post(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer test-token-old"))
        .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Token expired\"}")));
    answerImport();
    XrayClient client = Clients.create(XrayFlavour.CLOUD.config(url(), java.util.Map.of()), sleeper,
        java.time.Clock.systemUTC());

    // when
    ImportResult result = client.importExecution(DOCUMENT);

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-82");
    assertThat(authentications()).as("exactly one re-authentication").isEqualTo(2);
    xray.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer test-token-old")));
    xray.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)).withHeader("Authorization", equalTo("Bearer test-token-123")));
    assertThat(sleeper.waits()).as("a renewed token needs no backoff").isEmpty();
  }

  @Test
  void rejected_api_key_names_the_keys_to_check_and_never_the_secret() {
    // given
    xray.stubFor(post(urlPathEqualTo(AUTHENTICATE)).willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"Authentication failed. Invalid client credentials!\"}")));
    XrayClient client = Clients.create(XrayFlavour.CLOUD.config(url(), java.util.Map.of()), sleeper,
        java.time.Clock.systemUTC());

    // when
    XrayAuthenticationException e =
        catchThrowableOfType(XrayAuthenticationException.class, () -> client.importExecution(DOCUMENT));

    // then
    assertThat(e).isNotNull();
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.request()).isEqualTo("POST /api/v2/authenticate");
    assertThat(e.xrayMessage()).contains("Authentication failed. Invalid client credentials!");
    assertThat(e.getMessage()).contains("xray.client-id and xray.client-secret");
    assertThat(authentications()).isEqualTo(1);
    xray.verify(0, postRequestedFor(urlPathEqualTo(IMPORT)));
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(XrayFlavour.CLIENT_SECRET);
      assertThat(t.toString()).doesNotContain(XrayFlavour.CLIENT_SECRET);
    }
  }
}
