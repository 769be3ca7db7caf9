package io.github.xray4j.core.internal.http;

import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.Secret;
import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import io.github.xray4j.core.internal.oauth.Pem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The token requests of an interactive OAuth login against Jira, for {@code xray-cli oauth login}: OAuth 2.0's
 * authorization code exchange (with the PKCE verifier), and OAuth 1.0a's request token and access token, each
 * signed with RSA-SHA1. Failures leave as {@link HttpFailure}s without secrets.
 */
public final class OAuthLogins {
  private final Credentials credentials;
  private final OAuthApi plain;
  private final Function<AuthInterceptor, OAuthApi> signedBy;
  private final Function<RuntimeException, HttpFailure> failures;

  OAuthLogins(Credentials credentials, OAuthApi plain, Function<AuthInterceptor, OAuthApi> signedBy,
      Function<RuntimeException, HttpFailure> failures) {
    this.credentials = credentials;
    this.plain = plain;
    this.signedBy = signedBy;
    this.failures = failures;
  }

  /** OAuth 2.0: the refresh token for an authorization code (and the access token, unused). */
  public Secret exchangeCode(String code, String verifier, URI redirectUri) {
    Credentials.OAuth2 client = (Credentials.OAuth2) credentials;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("code_verifier", verifier);
    form.put("redirect_uri", redirectUri.toString());
    form.put("client_id", client.clientId());
    form.put("client_secret", client.clientSecret().reveal());
    OAuthApi.Tokens tokens = call(() -> plain.token(OAuthApi.form(form)));
    if (tokens.refreshToken() == null || tokens.refreshToken().isBlank()) {
      throw new HttpFailure(FailureKind.MALFORMED_RESPONSE, 200, "POST " + OAuthApi.OAUTH2 + "/token",
          "Jira answered the authorization code without a refresh_token", null, List.of(), null);
    }
    return Secret.of(tokens.refreshToken());
  }

  /** OAuth 1.0a: a request token (and its secret) for this callback ({@code oob}: the user copies the verifier). */
  public Map<String, String> requestToken(String callback) {
    OAuthApi signed = signedBy.apply(AuthInterceptor.signed(signer(), null, Map.of("oauth_callback", callback)));
    return answer(call(signed::requestToken), "request-token");
  }

  /** OAuth 1.0a: the access token for a request token the user authorized, with the verifier Jira showed. */
  public Secret accessToken(String requestToken, String verifier) {
    OAuthApi signed = signedBy.apply(
        AuthInterceptor.signed(signer(), requestToken, Map.of("oauth_verifier", verifier)));
    return Secret.of(answer(call(signed::accessToken), "access-token").get("oauth_token"));
  }

  private OAuth1Signer signer() {
    Credentials.OAuth1 consumer = (Credentials.OAuth1) credentials;
    return OAuth1Signer.of(consumer.consumerKey(), Pem.rsaPrivateKey(consumer.privateKey().reveal()));
  }

  private static Map<String, String> answer(String form, String endpoint) {
    Map<String, String> fields = new LinkedHashMap<>();
    OAuth1Signer.formParameters(form.strip()).forEach(p -> fields.put(p.getKey(), p.getValue()));
    if (!fields.containsKey("oauth_token")) {
      throw new HttpFailure(FailureKind.MALFORMED_RESPONSE, 200, "POST " + OAuthApi.OAUTH1 + "/" + endpoint,
          "Jira's OAuth " + endpoint + " answer has no oauth_token; is xray.url the Jira base URL?", null,
          List.of(), null);
    }
    return fields;
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      throw failures.apply(e);
    }
  }
}
