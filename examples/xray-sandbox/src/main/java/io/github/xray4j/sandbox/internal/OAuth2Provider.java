package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.SandboxCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth 2.0 provider of Jira Data Center, as far as xray4j uses it, under {@code /rest/oauth2/latest/}:
 * {@code GET authorize} (the sandbox has one user, who approves at once: a redirect to {@code redirect_uri} with
 * {@code code} and {@code state}) and {@code POST token} with the grants {@code authorization_code} (PKCE
 * {@code S256} checked when a challenge was given), {@code refresh_token} and {@code client_credentials}, the
 * client authenticated by {@code client_id} and {@code client_secret} in the form. Refresh tokens rotate as Jira's
 * do: each refresh answers a new one and the old one stops working; only the demo
 * {@link SandboxCredentials#OAUTH2_REFRESH_TOKEN} stays valid, so that a rehearsal needs no login. The access
 * tokens it hands out open the Server/DC endpoints as {@code Authorization: Bearer}. Thread-safe.
 */
final class OAuth2Provider {
  static final long EXPIRES_IN_SECONDS = 3600;

  /** An authorization code waiting for its exchange. */
  private record Grant(String clientId, String redirectUri, @Nullable String challenge) {
  }

  private final OAuthClients clients;
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  OAuth2Provider(OAuthClients clients) {
    this.clients = clients;
  }

  /** Whether this is an access token the provider handed out. */
  boolean accepts(String accessToken) {
    return accessTokens.contains(accessToken);
  }

  /** {@code GET /rest/oauth2/latest/authorize}: approved at once, a redirect with the code. */
  Reply authorize(Call call) {
    Map<String, String> query = call.query();
    String clientId = query.get("client_id");
    if (clientId == null || !clients.oauth2().containsKey(clientId)) {
      throw ApiError.oauth(400, "invalid_client", "client_id " + clientId + " is not an OAuth 2.0 client of the"
          + " sandbox (the demo client is " + SandboxCredentials.OAUTH2_CLIENT_ID + ")");
    }
    String redirectUri = query.get("redirect_uri");
    if (redirectUri == null || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))) {
      throw ApiError.oauth(400, "invalid_request", "redirect_uri must be the http(s) URL to send the code to");
    }
    if (!"code".equals(query.get("response_type"))) {
      throw ApiError.oauth(400, "unsupported_response_type", "response_type must be code");
    }
    String challenge = query.get("code_challenge");
    if (challenge != null && !"S256".equals(query.get("code_challenge_method"))) {
      throw ApiError.oauth(400, "invalid_request", "code_challenge_method must be S256");
    }
    String code = "sandbox-oauth2-code-" + UUID.randomUUID();
    codes.put(code, new Grant(clientId, redirectUri, challenge));
    String state = query.get("state");
    return Reply.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
        + (state == null ? "" : "&state=" + OAuth1Verifier.encode(state)));
  }

  /** {@code POST /rest/oauth2/latest/token}: a form in, the tokens as JSON out, or OAuth's error. */
  Reply token(Call call) {
    Map<String, String> form = Call.parseQuery(new String(call.body(), StandardCharsets.UTF_8));
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    if (clientId == null || secret == null || !secret.equals(clients.oauth2().get(clientId))) {
      throw ApiError.oauth(401, "invalid_client", "Client authentication failed: client_id " + clientId
          + " with this client_secret is not an OAuth 2.0 client of the sandbox");
    }
    String grant = form.getOrDefault("grant_type", "");
    return switch (grant) {
      case "client_credentials" -> Reply.ok(tokens(null, form.getOrDefault("scope", "WRITE")));
      case "refresh_token" -> {
        String refresh = form.getOrDefault("refresh_token", "");
        boolean demo = refresh.equals(SandboxCredentials.OAUTH2_REFRESH_TOKEN)
            && clientId.equals(SandboxCredentials.OAUTH2_CLIENT_ID);
        if (!demo && !clientId.equals(refreshTokens.remove(refresh))) {
          throw ApiError.oauth(400, "invalid_grant", "The refresh token is not valid: unknown, already used"
              + " (each refresh answers a new one), or of another client");
        }
        yield Reply.ok(tokens(clientId, "WRITE"));
      }
      case "authorization_code" -> {
        Grant code = codes.remove(form.getOrDefault("code", ""));
        if (code == null || !code.clientId().equals(clientId)) {
          throw ApiError.oauth(400, "invalid_grant", "The authorization code is not valid: unknown, already"
              + " used, or of another client");
        }
        if (!code.redirectUri().equals(form.get("redirect_uri"))) {
          throw ApiError.oauth(400, "invalid_grant", "redirect_uri is not the one the code was issued for");
        }
        if (code.challenge() != null && !code.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
          throw ApiError.oauth(400, "invalid_grant", "code_verifier does not match the code_challenge (PKCE S256)");
        }
        yield Reply.ok(tokens(clientId, "WRITE"));
      }
      default -> throw ApiError.oauth(400, "unsupported_grant_type", "grant_type must be authorization_code,"
          + " refresh_token or client_credentials, not " + (grant.isEmpty() ? "missing" : grant));
    };
  }

  /** A new access token, and for {@code refreshFor} (a client id) a new refresh token. */
  private Map<String, Object> tokens(@Nullable String refreshFor, String scope) {
    String access = "sandbox-oauth2-access-" + UUID.randomUUID();
    accessTokens.add(access);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("access_token", access);
    json.put("token_type", "bearer");
    json.put("expires_in", EXPIRES_IN_SECONDS);
    json.put("scope", scope);
    if (refreshFor != null) {
      String refresh = "sandbox-oauth2-refresh-" + UUID.randomUUID();
      refreshTokens.put(refresh, refreshFor);
      json.put("refresh_token", refresh);
    }
    return json;
  }

  private static String s256(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
