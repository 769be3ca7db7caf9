package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.SandboxCredentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's authentication: HTTP Basic or a Personal Access Token on the Server/DC endpoints, bearer
 * tokens issued by {@code /api/v2/authenticate} on the Cloud endpoints. Only the fixed demo credentials of
 * {@link SandboxCredentials} are accepted; a Server token is not a Cloud token and the other way round.
 */
final class Auth {

  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  private final Set<String> cloudTokens = ConcurrentHashMap.newKeySet();

  void requireServer(Call call) {
    String header = call.header("Authorization");
    if (header == null || header.isBlank()) {
      throw ApiError.xray(401, "You are not authenticated. Send HTTP Basic credentials of a Jira user"
          + " or a Personal Access Token as 'Authorization: Bearer <token>'.");
    }
    boolean ok;
    if (header.startsWith(BASIC)) {
      String expected = SandboxCredentials.USER + ":" + SandboxCredentials.PASSWORD;
      ok = expected.equals(decodeBasic(header.substring(BASIC.length()).trim()));
    } else if (header.startsWith(BEARER)) {
      ok = SandboxCredentials.PERSONAL_ACCESS_TOKEN.equals(header.substring(BEARER.length()).trim());
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
