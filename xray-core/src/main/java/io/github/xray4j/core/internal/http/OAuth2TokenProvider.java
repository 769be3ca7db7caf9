package io.github.xray4j.core.internal.http;

import feign.FeignException;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 access tokens from Jira Data Center's provider ({@code POST /rest/oauth2/latest/token}): the refresh
 * token grant (or, without a refresh token, the client credentials grant), cached until shortly before
 * {@code expires_in} runs out by the injected clock, and renewed once on a 401 through the same path as Xray
 * Cloud's token ({@link TokenRejected}). When Jira answers a refresh with a new refresh token (it rotates them),
 * the new one is kept for the rest of the process. Thread-safe.
 */
final class OAuth2TokenProvider implements TokenProvider {
  private static final System.Logger LOG = System.getLogger(OAuth2TokenProvider.class.getName());
  /** Renew this long before the token expires, so that no request leaves with a token about to lapse. */
  static final Duration EARLY = Duration.ofSeconds(60);
  /** Jira's default access token lifetime, when an answer leaves {@code expires_in} out. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private final OAuthApi api;
  private final Credentials.OAuth2 credentials;
  private final Clock clock;
  private final Function<RuntimeException, HttpFailure> failures;
  private @Nullable Secret refreshToken;
  private @Nullable String token;
  private Instant renewAt = Instant.MIN;

  OAuth2TokenProvider(
      OAuthApi api, Credentials.OAuth2 credentials, Clock clock, Function<RuntimeException, HttpFailure> failures) {
    this.api = api;
    this.credentials = credentials;
    this.clock = clock;
    this.failures = failures;
    this.refreshToken = credentials.refreshToken();
  }

  @Override
  public synchronized String token() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      renew();
    }
    return token;
  }

  @Override
  public synchronized boolean invalidate(@Nullable String rejected) {
    if (rejected == null) {
      return false;
    }
    if (rejected.equals(token)) {
      token = null;
    }
    return true;
  }

  private void renew() {
    Map<String, String> form = new LinkedHashMap<>();
    Secret refresh = refreshToken;
    if (refresh != null) {
      form.put("grant_type", "refresh_token");
      form.put("refresh_token", refresh.reveal());
    } else {
      form.put("grant_type", "client_credentials");
      form.put("scope", "WRITE");
    }
    form.put("client_id", credentials.clientId());
    form.put("client_secret", credentials.clientSecret().reveal());
    if (credentials.redirectUri() != null) {
      form.put("redirect_uri", credentials.redirectUri().toString());
    }
    OAuthApi.Tokens answer;
    try {
      answer = api.token(OAuthApi.form(form));
    } catch (FeignException | HttpFailure e) {
      throw refused(failures.apply(e), refresh != null);
    }
    if (answer.accessToken() == null || answer.accessToken().isBlank()) {
      throw new HttpFailure(FailureKind.MALFORMED_RESPONSE, 200, "POST " + OAuthApi.OAUTH2 + "/token",
          "Jira's OAuth 2.0 token endpoint answered without an access_token; is xray.url the Jira base URL?",
          null, List.of(), null);
    }
    Instant now = clock.instant();
    Duration lifetime = answer.expiresIn() != null && answer.expiresIn() > 0
        ? Duration.ofSeconds(answer.expiresIn()) : DEFAULT_LIFETIME;
    Duration early = lifetime.compareTo(EARLY.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : EARLY;
    token = answer.accessToken();
    renewAt = now.plus(lifetime).minus(early);
    String rotated = answer.refreshToken();
    if (refresh != null && rotated != null && !rotated.isBlank() && !rotated.equals(refresh.reveal())) {
      boolean first = refresh == credentials.refreshToken();
      refreshToken = Secret.of(rotated);
      if (first) {
        LOG.log(System.Logger.Level.WARNING, () -> "Jira answered the OAuth 2.0 refresh with a new refresh token"
            + " and no longer accepts the one in xray.oauth.refresh-token; this process keeps using the new one."
            + " For the next run, store a new refresh token (xray-cli oauth login), or use the link's client"
            + " credentials (leave xray.oauth.refresh-token unset) in CI");
      }
    }
  }

  private static HttpFailure refused(HttpFailure failure, boolean refreshGrant) {
    if (failure.status() != 400 && failure.status() != 401 && failure.status() != 403) {
      return failure;
    }
    String said = failure.xrayMessage() == null ? "" : ": Jira says \"" + failure.xrayMessage() + "\"";
    String what = refreshGrant
        ? "Jira refused the OAuth 2.0 refresh token (" + failure.status() + " on " + failure.request() + said
            + "). It may have expired (after 90 days by default), been revoked, or been used already (Jira hands"
            + " out a new one on each refresh); get a new one with xray-cli oauth login and store it in"
            + " xray.oauth.refresh-token, and check that xray.oauth.redirect-uri is the link's redirect URL"
        : "Jira refused the OAuth 2.0 client credentials (" + failure.status() + " on " + failure.request() + said
            + "); check xray.oauth.client-id and xray.oauth.client-secret, and that the application link may use"
            + " the client credentials grant";
    return new HttpFailure(FailureKind.AUTHENTICATION, failure.status(), failure.request(), what,
        failure.xrayMessage(), List.of(), null);
  }
}
