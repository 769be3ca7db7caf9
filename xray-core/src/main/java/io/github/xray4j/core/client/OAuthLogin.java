package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.Secret;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.internal.http.HttpFailure;
import io.github.xray4j.core.internal.http.OAuthLogins;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import io.github.xray4j.core.internal.oauth.Pkce;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The interactive part of OAuth with Jira Server/Data Center, done once on a developer's machine (what
 * {@code xray-cli oauth login} runs): it yields the long-lived token a CI job then keeps in its secret store.
 *
 * <pre>{@code
 * OAuthLogin login = OAuthLogin.create(config);          // xray.url and the xray.oauth.* keys of the link
 * // OAuth 2.0: authorization code with PKCE
 * OAuthLogin.OAuth2Request request = login.authorize(URI.create("http://127.0.0.1:8765/callback"), "WRITE");
 * // ... the user opens request.browserUrl(), Jira redirects to the callback with code and state ...
 * Secret refreshToken = login.refreshToken(request, code);
 * // OAuth 1.0a: request token, authorize, access token
 * OAuthLogin.OAuth1Request pending = login.requestToken("oob");
 * Secret accessToken = login.accessToken(pending, verifierShownByJira);
 * }</pre>
 *
 * <p>Configuration read: {@code xray.url}, and either {@code xray.oauth.client-id} and
 * {@code xray.oauth.client-secret} (OAuth 2.0) or {@code xray.oauth.consumer-key} and
 * {@code xray.oauth.private-key} (OAuth 1.0a); {@code xray.timeout} and {@code xray.proxy}. Failures are
 * {@link XrayException}s without secrets.
 */
public final class OAuthLogin {
  /** The scope asked for by default: Jira's {@code WRITE} (create issues and import results; includes READ). */
  public static final String DEFAULT_SCOPE = "WRITE";

  private final URI jira;
  private final Credentials credentials;
  private final OAuthLogins calls;

  private OAuthLogin(URI jira, Credentials credentials, OAuthLogins calls) {
    this.jira = jira;
    this.credentials = credentials;
    this.calls = calls;
  }

  /**
   * A login for the OAuth application link this configuration names.
   *
   * @throws XrayConfigException when neither OAuth 2.0 nor OAuth 1.0a keys are configured
   */
  public static OAuthLogin create(XrayConfig config) {
    Credentials credentials = config.credentials().orElse(null);
    if (!(credentials instanceof Credentials.OAuth2) && !(credentials instanceof Credentials.OAuth1)) {
      throw new XrayConfigException("oauth login needs the keys of a Jira application link: xray.oauth.client-id"
          + " and xray.oauth.client-secret (OAuth 2.0), or xray.oauth.consumer-key and xray.oauth.private-key"
          + " (OAuth 1.0a); " + (credentials == null ? "no credentials are configured"
              : "the configured credentials are " + credentials.describe()));
    }
    XrayHttp http = XrayHttp.create(config);
    return new OAuthLogin(http.url(), credentials, http.oauthLogins());
  }

  /** Whether the link is OAuth 2.0 (else OAuth 1.0a). */
  public boolean isOAuth2() {
    return credentials instanceof Credentials.OAuth2;
  }

  /** OAuth 2.0: where to send the user's browser, with a fresh PKCE verifier and {@code state}. */
  public OAuth2Request authorize(URI redirectUri, String scope) {
    Credentials.OAuth2 client = (Credentials.OAuth2) requireKind(Credentials.OAuth2.class);
    Pkce pkce = Pkce.generate();
    String state = Pkce.randomToken();
    String query = "client_id=" + OAuth1Signer.encode(client.clientId())
        + "&redirect_uri=" + OAuth1Signer.encode(redirectUri.toString())
        + "&response_type=code&scope=" + OAuth1Signer.encode(scope)
        + "&state=" + state + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256";
    return new OAuth2Request(URI.create(jira + "/rest/oauth2/latest/authorize?" + query), redirectUri, state,
        pkce.verifier());
  }

  /** OAuth 2.0: the refresh token for the authorization code Jira handed to the redirect URL. */
  public Secret refreshToken(OAuth2Request request, String code) {
    requireKind(Credentials.OAuth2.class);
    return call(() -> calls.exchangeCode(code, request.verifier(), request.redirectUri()));
  }

  /**
   * OAuth 1.0a: a request token, and where to send the user to authorize it.
   *
   * @param callback the URL Jira redirects to with the verifier, or {@code oob} for Jira to show it
   */
  public OAuth1Request requestToken(String callback) {
    requireKind(Credentials.OAuth1.class);
    Map<String, String> answer = call(() -> calls.requestToken(callback));
    String token = answer.get("oauth_token");
    return new OAuth1Request(URI.create(jira + "/plugins/servlet/oauth/authorize?oauth_token="
        + OAuth1Signer.encode(token)), token);
  }

  /** OAuth 1.0a: the access token for the request token the user authorized, with Jira's verifier. */
  public Secret accessToken(OAuth1Request request, String verifier) {
    requireKind(Credentials.OAuth1.class);
    return call(() -> calls.accessToken(request.requestToken(), verifier));
  }

  private Credentials requireKind(Class<? extends Credentials> kind) {
    if (!kind.isInstance(credentials)) {
      throw new IllegalStateException("this login is " + credentials.describe());
    }
    return credentials;
  }

  private static <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (HttpFailure e) {
      throw BaseXrayClient.toPublic(e);
    }
  }

  /**
   * OAuth 2.0's first step: the URL for the browser; the redirect URL, {@code state} and PKCE verifier that the
   * exchange needs. {@link #toString()} hides the verifier.
   */
  public record OAuth2Request(URI browserUrl, URI redirectUri, String state, String verifier) {
    public OAuth2Request {
      requireNonNull(browserUrl, "browserUrl");
      requireNonNull(redirectUri, "redirectUri");
      requireNonNull(state, "state");
      requireNonNull(verifier, "verifier");
    }

    @Override
    public String toString() {
      return "OAuth2Request[browserUrl=" + browserUrl + ", redirectUri=" + redirectUri + ", verifier=******]";
    }
  }

  /** OAuth 1.0a's first step: the URL for the browser and the request token it authorizes. */
  public record OAuth1Request(URI browserUrl, String requestToken) {
    public OAuth1Request {
      requireNonNull(browserUrl, "browserUrl");
      requireNonNull(requestToken, "requestToken");
    }
  }
}
