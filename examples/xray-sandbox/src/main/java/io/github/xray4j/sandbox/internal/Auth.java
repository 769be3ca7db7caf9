package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.SandboxCredentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's authentication: on the Server/DC endpoints HTTP Basic, a Personal Access Token or an OAuth 2.0
 * access token as {@code Bearer} (see {@link OAuth2Provider}), or a request signed with OAuth 1.0a (see
 * {@link OAuth1Provider}); on the Cloud endpoints bearer tokens issued by {@code /api/v2/authenticate}. Only the
 * fixed demo credentials of {@link SandboxCredentials} and the registered {@link OAuthClients} are accepted; a
 * Server token is not a Cloud token and the other way round.
 */
final class Auth {

  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  private static final String OAUTH = "OAuth ";

  private final Set<String> cloudTokens = ConcurrentHashMap.newKeySet();
  private final OAuth2Provider oauth2;
  private final OAuth1Provider oauth1;

  Auth(OAuthClients clients) {
    this.oauth2 = new OAuth2Provider(clients);
    this.oauth1 = new OAuth1Provider(clients, Clock.systemUTC());
  }

  OAuth2Provider oauth2() {
    return oauth2;
  }

  OAuth1Provider oauth1() {
    return oauth1;
  }

  void requireServer(Call call) {
    String header = call.header("Authorization");
    if (header == null || header.isBlank()) {
      throw ApiError.xray(401, "You are not authenticated. Send HTTP Basic credentials of a Jira user"
          + " or a Personal Access Token as 'Authorization: Bearer <token>'.");
    }
    if (header.regionMatches(true, 0, OAUTH, 0, OAUTH.length())) {
      oauth1.requireSigned(call);
      return;
    }
    boolean ok;
    if (header.startsWith(BASIC)) {
      String expected = SandboxCredentials.USER + ":" + SandboxCredentials.PASSWORD;
      ok = expected.equals(decodeBasic(header.substring(BASIC.length()).trim()));
    } else if (header.startsWith(BEARER)) {
      String token = header.substring(BEARER.length()).trim();
      ok = SandboxCredentials.PERSONAL_ACCESS_TOKEN.equals(token) || oauth2.accepts(token);
    } else {
      ok = false;
    }
    if (!ok) {
      throw ApiError.xray(401, "Authentication failed: the user name and password, or the Personal Access"
          + " Token, were not accepted.");
    }
  }

  void requireCloud(Call call) {
    String header = call.header("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      throw ApiError.xray(401, "You are not authenticated. Get a token from POST /api/v2/authenticate and"
          + " send it as 'Authorization: Bearer <token>'.");
    }
    if (!cloudTokens.contains(header.substring(BEARER.length()).trim())) {
      throw ApiError.xray(401, "Authentication failed. The token is invalid or expired.");
    }
  }

  /** {@code POST /api/v2/authenticate}: a new token for the sandbox's client credentials. */
  String authenticate(JsonNode body) {
    List<String> errors = new ArrayList<>();
    String id = JsonFields.text(body, "client_id", "body", errors);
    String secret = JsonFields.text(body, "client_secret", "body", errors);
    if (!SandboxCredentials.CLIENT_ID.equals(id) || !SandboxCredentials.CLIENT_SECRET.equals(secret)) {
      throw ApiError.xray(401, "Authentication failed. Invalid client credentials!");
    }
    String token = "sandbox-cloud-token-" + UUID.randomUUID();
    cloudTokens.add(token);
    return token;
  }

  private static @Nullable String decodeBasic(String encoded) {
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
