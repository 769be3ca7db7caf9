package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.RequestLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Jira's OAuth endpoints: the OAuth 2.0 provider's token endpoint ({@code {jira}/rest/oauth2/latest/token}) and
 * the OAuth 1.0a application-link endpoints ({@code {jira}/plugins/servlet/oauth/...}), which the
 * {@link AuthInterceptor} signs.
 */
interface OAuthApi {

  /** Where the OAuth 2.0 provider lives, below the Jira base URL. */
  String OAUTH2 = "/rest/oauth2/latest";
  /** Where the OAuth 1.0a endpoints live, below the Jira base URL. */
  String OAUTH1 = "/plugins/servlet/oauth";

  /** The token endpoint's answer; {@code toString()} hides the tokens. */
  record Tokens(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("refresh_token") @Nullable String refreshToken,
      @JsonProperty("expires_in") @Nullable Long expiresIn) {
    @Override
    public String toString() {
      return "Tokens[accessToken=******, refreshToken=" + (refreshToken == null ? "none" : "******")
          + ", expiresIn=" + expiresIn + "]";
    }
  }

  /** A form body ({@code application/x-www-form-urlencoded}): the secrets stay out of the URL and access logs. */
  static String form(Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  /** OAuth 2.0: any grant; the body is a {@link #form(Map)}. */
  @RequestLine("POST " + OAUTH2 + "/token")
  @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
  Tokens token(String form);

  /** OAuth 1.0a: a request token, answered as a form ({@code oauth_token=..&oauth_token_secret=..}). */
  @RequestLine("POST " + OAUTH1 + "/request-token")
  String requestToken();

  /** OAuth 1.0a: the access token for an authorized request token, answered as a form. */
  @RequestLine("POST " + OAUTH1 + "/access-token")
  String accessToken();
}
