package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2.0 with Jira Data Center's provider: the refresh token exchanged for an access token, cached, renewed
 * before it expires (by an injected clock, no sleeping) and once on a 401, and a rotated refresh token kept.
 */
class OAuth2TokensTest extends XrayClientTestSupport {

  private static final String TOKEN = "/rest/oauth2/latest/token";
  private static final String MYSELF = "/rest/api/2/myself";
  private static final String CLIENT_SECRET = "test-oauth2-client-secret-" + System.nanoTime();
  private static final String REFRESH_1 = "test-refresh-1-" + System.nanoTime();
  private static final String REFRESH_2 = "test-refresh-2-" + System.nanoTime();

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    private Instant now = NOW;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MovingClock clock = new MovingClock();

  private XrayClient client(Map<String, String> extra) {
    Map<String, String> config = new HashMap<>(Map.of("xray.url", url(), "xray.oauth.client-id", "xray4j-link",
        "xray.oauth.client-secret", CLIENT_SECRET));
    config.putAll(extra);
    return Clients.create(XrayConfig.of(config), sleeper, clock);
  }

  private XrayClient refreshingClient() {
    return client(Map.of("xray.oauth.refresh-token", REFRESH_1,
        "xray.oauth.redirect-uri", "http://127.0.0.1:8765/callback"));
  }

  private void tokenFor(String refreshToken, String accessToken, String nextRefreshToken) {
    xray.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("refresh_token=" + refreshToken))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\""
            + accessToken + "\",\"refresh_token\":\"" + nextRefreshToken + "\",\"expires_in\":3600,"
            + "\"token_type\":\"bearer\",\"scope\":\"WRITE\"}")));
  }

  private void myselfAccepts(String accessToken) {
    xray.stubFor(get(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer " + accessToken))
        .willReturn(aResponse().withBody("{\"name\":\"ci-bot\"}")));
  }

  private List<LoggedRequest> tokenRequests() {
    return xray.findAll(postRequestedFor(urlPathEqualTo(TOKEN)));
  }

  @Test
  void exchanges_the_refresh_token_once_and_sends_the_access_token_as_bearer() {
    // given
    tokenFor(REFRESH_1, "access-1", REFRESH_1);
    myselfAccepts("access-1");
    XrayClient client = refreshingClient();

    // when
    client.myself();
    client.myself();

    // then
    assertThat(tokenRequests()).hasSize(1);
    String form = tokenRequests().get(0).getBodyAsString();
    assertThat(form).contains("grant_type=refresh_token", "refresh_token=" + REFRESH_1, "client_id=xray4j-link",
        "client_secret=" + CLIENT_SECRET, "redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback");
    assertThat(tokenRequests().get(0).getUrl()).as("no secret in the URL").isEqualTo(TOKEN);
    xray.verify(2, getRequestedFor(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer access-1")));
  }

  @Test
  void renews_shortly_before_the_access_token_expires_with_the_rotated_refresh_token() {
    // given: Jira rotates the refresh token on each use
    tokenFor(REFRESH_1, "access-1", REFRESH_2);
    tokenFor(REFRESH_2, "access-2", "test-refresh-3");
    myselfAccepts("access-1");
    myselfAccepts("access-2");
    XrayClient client = refreshingClient();
    client.myself();

    // when: 58 minutes on, the token is still used; 59 minutes on, it is renewed first
    clock.advance(Duration.ofMinutes(58).plusSeconds(59));
    client.myself();
    clock.advance(Duration.ofSeconds(1));
    client.myself();

    // then
    assertThat(tokenRequests()).hasSize(2);
    assertThat(tokenRequests().get(1).getBodyAsString()).contains("refresh_token=" + REFRESH_2);
    xray.verify(2, getRequestedFor(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer access-1")));
    xray.verify(1, getRequestedFor(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer access-2")));
    assertThat(logged()).extracting(LogRecord::getMessage).anySatisfy(message ->
        assertThat(message).contains("new refresh token", "xray-cli oauth login"));
    assertThat(logged()).extracting(LogRecord::getMessage).noneSatisfy(message ->
        assertThat(message).containsAnyOf(REFRESH_1, REFRESH_2, "access-1", CLIENT_SECRET));
  }

  @Test
  void renews_once_when_jira_rejects_the_access_token_and_sends_the_request_again() {
    // given: Jira revoked access-1 early
    tokenFor(REFRESH_1, "access-1", REFRESH_2);
    tokenFor(REFRESH_2, "access-2", REFRESH_2);
    xray.stubFor(get(urlPathEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer access-1"))
        .willReturn(aResponse().withStatus(401)));
    myselfAccepts("access-2");

    // when
    JiraUser user = refreshingClient().myself();

    // then
    assertThat(user.name()).isEqualTo("ci-bot");
    assertThat(tokenRequests()).hasSize(2);
    assertThat(sleeper.waits()).as("a renewed token needs no backoff").isEmpty();
  }

  @Test
  void a_second_401_is_an_authentication_failure_not_a_loop() {
    // given
    tokenFor(REFRESH_1, "access-1", REFRESH_1);
    xray.stubFor(get(urlPathEqualTo(MYSELF)).willReturn(aResponse().withStatus(401)));

    // when
    XrayAuthenticationException e = catchThrowableOfType(XrayAuthenticationException.class,
        () -> refreshingClient().myself());

    // then
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(tokenRequests()).hasSize(2);
    assertThat(e.getMessage()).contains("xray.oauth.refresh-token").doesNotContain(REFRESH_1).doesNotContain(CLIENT_SECRET);
  }

  @Test
  void a_spent_refresh_token_says_how_to_get_a_new_one_and_never_shows_it() {
    // given: what Jira answers to a refresh token that was already used
    xray.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}")));

    // when
    XrayAuthenticationException e = catchThrowableOfType(XrayAuthenticationException.class,
        () -> refreshingClient().myself());

    // then
    assertThat(e.getMessage()).contains("Jira refused the OAuth 2.0 refresh token", "invalid_grant",
        "xray-cli oauth login", "xray.oauth.refresh-token").doesNotContain(REFRESH_1).doesNotContain(CLIENT_SECRET);
  }

  @Test
  void without_a_refresh_token_uses_the_client_credentials_grant() {
    // given
    xray.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("grant_type=client_credentials"))
        .willReturn(aResponse().withBody("{\"access_token\":\"access-service\",\"expires_in\":3600}")));
    myselfAccepts("access-service");

    // when
    client(Map.of()).myself();

    // then
    assertThat(tokenRequests().get(0).getBodyAsString()).contains("client_id=xray4j-link", "scope=WRITE")
        .doesNotContain("refresh_token");
  }
}
