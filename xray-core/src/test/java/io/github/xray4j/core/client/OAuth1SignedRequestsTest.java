package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import io.github.xray4j.core.testing.TestKeys;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OAuth 1.0a through a Jira application link: every request, query included, carries an RSA-SHA1 signature that
 * the test verifies with the public key, as Jira does, over what WireMock actually received.
 */
class OAuth1SignedRequestsTest extends XrayClientTestSupport {

  private static final String ACCESS_TOKEN = "test-oauth1-access-token-" + System.nanoTime();

  private final KeyPair keys = TestKeys.rsa();

  private XrayClient client(Map<String, String> extra) {
    Map<String, String> config = new HashMap<>(Map.of(
        "xray.url", url(), "xray.oauth.consumer-key", "xray4j-ci", "xray.oauth.private-key", TestKeys.pkcs8Pem(keys)));
    config.putAll(extra);
    return Clients.create(XrayConfig.of(config), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Map<String, String> verifiedSignature(LoggedRequest request) {
    Map<String, String> oauth = OAuth1Signer.parseHeader(request.getHeader("Authorization"));
    String base = OAuth1Signer.baseString(request.getMethod().getName(), URI.create(request.getAbsoluteUrl()),
        new ArrayList<>(oauth.entrySet()));
    assertThat(OAuth1Signer.verify(keys.getPublic(), base, oauth.get("oauth_signature")))
        .as("signature of %s %s", request.getMethod(), request.getUrl()).isTrue();
    return oauth;
  }

  @Test
  void signs_every_request_with_its_query_and_a_fresh_nonce() {
    // given
    xray.stubFor(get(urlPathEqualTo("/rest/raven/2.0/api/test")).willReturn(aResponse().withBody("[]")));
    xray.stubFor(get(urlPathEqualTo("/rest/raven/2.0/api/testruns")).willReturn(aResponse().withBody("[]")));
    xray.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withBody("{\"name\":\"ci-bot\"}")));
    XrayClient client = client(Map.of("xray.oauth.access-token", ACCESS_TOKEN));

    // when
    client.getTests(List.of("CALC-1", "CALC-2"));
    client.exportTestRuns("CALC-2001", "CALC-100", 50, 2);
    client.myself();

    // then
    List<LoggedRequest> requests = xray.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).getUrl()).contains("keys=CALC-1");
    assertThat(requests.get(1).getUrl()).contains("testExecKey=CALC-2001").contains("page=2");
    List<String> nonces = new ArrayList<>();
    for (LoggedRequest request : requests) {
      Map<String, String> oauth = verifiedSignature(request);
      assertThat(oauth).containsEntry("oauth_consumer_key", "xray4j-ci").containsEntry("oauth_token", ACCESS_TOKEN)
          .containsEntry("oauth_signature_method", "RSA-SHA1").containsKey("oauth_timestamp");
      nonces.add(oauth.get("oauth_nonce"));
    }
    assertThat(nonces).doesNotHaveDuplicates();
  }

  @Test
  void without_an_access_token_signs_two_legged_requests() {
    // given
    xray.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withBody("{\"name\":\"bot\"}")));

    // when
    client(Map.of()).myself();

    // then
    Map<String, String> oauth = verifiedSignature(xray.findAll(anyRequestedFor(anyUrl())).get(0));
    assertThat(oauth).doesNotContainKey("oauth_token");
  }

  @Test
  void a_rejected_signature_names_the_keys_to_check_and_never_the_token_or_key() {
    // given: Jira answers as it does to an unknown consumer
    xray.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withStatus(401)
        .withHeader("WWW-Authenticate", "OAuth realm=\"jira\", oauth_problem=\"consumer_key_unknown\"")));

    // when
    XrayAuthenticationException e = catchThrowableOfType(XrayAuthenticationException.class,
        () -> client(Map.of("xray.oauth.access-token", ACCESS_TOKEN)).myself());

    // then
    assertThat(e.getMessage()).contains("xray.oauth.consumer-key", "xray.oauth.private-key")
        .doesNotContain(ACCESS_TOKEN).doesNotContain(TestKeys.pkcs8Pem(keys).substring(40, 80));
  }
}
