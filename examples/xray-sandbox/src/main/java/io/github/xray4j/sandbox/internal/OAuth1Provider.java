package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.SandboxCredentials;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 1.0a as Jira Server's application links offer it: every request signed with RSA-SHA1 by a registered
 * consumer (verified with its public key by {@link OAuth1Verifier}), a timestamp within five minutes and a nonce
 * used once, and the three steps that hand out an access token under {@code /plugins/servlet/oauth/}
 * ({@code POST request-token}, {@code GET authorize} where the sandbox's one user approves at once,
 * {@code POST access-token}). On the Server/DC endpoints a request may carry an access token it handed out, the
 * demo {@link SandboxCredentials#OAUTH1_ACCESS_TOKEN}, or no token (two-legged, as a link that allows it).
 * Thread-safe.
 */
final class OAuth1Provider {
  private static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);

  /** A request token: its consumer, where to send the verifier, and the verifier once approved. */
  private record RequestToken(String consumer, String callback, @Nullable String verifier) {
  }

  private final OAuthClients clients;
  private final Clock clock;
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final Map<String, RequestToken> requestTokens = new ConcurrentHashMap<>();
  private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

  OAuth1Provider(OAuthClients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** A Server/DC endpoint: the request must be signed by a consumer, as an access token or two-legged. */
  void requireSigned(Call call) {
    Map<String, String> oauth = verified(call);
    String token = oauth.get("oauth_token");
    String consumer = oauth.get("oauth_consumer_key");
    if (token != null && !token.equals(SandboxCredentials.OAUTH1_ACCESS_TOKEN)
        && !consumer.equals(accessTokens.get(token))) {
      throw refused("token_rejected", "the oauth_token is not an access token of consumer " + consumer
          + "; get one with xray-cli oauth login, or leave it out (two-legged)");
    }
  }

  /** {@code POST /plugins/servlet/oauth/request-token}: a request token for a signed request without a token. */
  Reply requestToken(Call call) {
    Map<String, String> oauth = verified(call);
    String token = "sandbox-oauth1-request-" + UUID.randomUUID();
    requestTokens.put(token, new RequestToken(oauth.get("oauth_consumer_key"),
        oauth.getOrDefault("oauth_callback", "oob"), null));
    return Reply.text("oauth_token=" + token + "&oauth_token_secret=" + UUID.randomUUID()
        + "&oauth_callback_confirmed=true");
  }

  /** {@code GET /plugins/servlet/oauth/authorize?oauth_token=}: approved at once; the verifier goes back. */
  Reply authorize(Call call) {
    String token = call.query().getOrDefault("oauth_token", "");
    RequestToken pending = requestTokens.get(token);
    if (pending == null) {
      throw ApiError.badRequest("oauth_token is not a request token of the sandbox; ask for one with a signed"
          + " POST /plugins/servlet/oauth/request-token");
    }
    String verifier = "sandbox-verifier-" + UUID.randomUUID();
    requestTokens.put(token, new RequestToken(pending.consumer(), pending.callback(), verifier));
    if (pending.callback().equals("oob")) {
      return Reply.html("<!DOCTYPE html><title>Xray sandbox: access approved</title><p>The sandbox user approved"
          + " the access of " + HtmlPage.esc(pending.consumer()) + ". Verification code: <code>" + verifier
          + "</code></p>");
    }
    String callback = pending.callback();
    return Reply.redirect(callback + (callback.contains("?") ? "&" : "?") + "oauth_token=" + token
        + "&oauth_verifier=" + verifier);
  }

  /** {@code POST /plugins/servlet/oauth/access-token}: an access token for an approved request token. */
  Reply accessToken(Call call) {
    Map<String, String> oauth = verified(call);
    String consumer = oauth.get("oauth_consumer_key");
    RequestToken pending = requestTokens.get(oauth.getOrDefault("oauth_token", ""));
    if (pending == null || !pending.consumer().equals(consumer) || pending.verifier() == null
        || !pending.verifier().equals(oauth.get("oauth_verifier"))) {
      throw refused("token_rejected", "the oauth_token is not a request token of consumer " + consumer
          + " approved with this oauth_verifier");
    }
    requestTokens.remove(oauth.get("oauth_token"));
    String token = "sandbox-oauth1-access-" + UUID.randomUUID();
    accessTokens.put(token, consumer);
    return Reply.text("oauth_token=" + token + "&oauth_token_secret=" + UUID.randomUUID());
  }

  /** The protocol parameters of a request whose consumer, method, timestamp, nonce and signature all pass. */
  private Map<String, String> verified(Call call) {
    String header = call.header("Authorization");
    Map<String, String> oauth = OAuth1Verifier.parseHeader(header == null ? "" : header);
    String consumer = oauth.get("oauth_consumer_key");
    PublicKey key = consumer == null ? null : clients.oauth1().get(consumer);
    if (key == null) {
      throw refused("consumer_key_unknown", "oauth_consumer_key " + consumer + " is not a consumer of the sandbox;"
          + " register it with its public key (--oauth1-consumer KEY=public.pem)");
    }
    if (!"RSA-SHA1".equals(oauth.get("oauth_signature_method"))) {
      throw refused("signature_method_rejected", "oauth_signature_method must be RSA-SHA1, not "
          + oauth.get("oauth_signature_method"));
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(oauth.getOrDefault("oauth_timestamp", ""));
    } catch (NumberFormatException e) {
      throw refused("timestamp_refused", "oauth_timestamp must be seconds since 1970");
    }
    if (Math.abs(clock.instant().getEpochSecond() - timestamp) > TIMESTAMP_WINDOW.toSeconds()) {
      throw refused("timestamp_refused", "oauth_timestamp is more than 5 minutes away from the sandbox's clock");
    }
    String nonce = oauth.get("oauth_nonce");
    if (nonce == null || nonce.isEmpty()) {
      throw refused("parameter_absent", "oauth_nonce is required");
    }
    if (!OAuth1Verifier.verifies(call, oauth, key)) {
      throw refused("signature_invalid", "the RSA-SHA1 signature does not verify with the public key of consumer "
          + consumer + " (signed with another key, or over another method, URL, query or form)");
    }
    if (!nonces.add(consumer + " " + timestamp + " " + nonce)) {
      throw refused("nonce_used", "this oauth_nonce was used already with this timestamp: a replayed request");
    }
    return oauth;
  }

  private static ApiError refused(String problem, String message) {
    return ApiError.xray(401, "OAuth 1.0a: " + message + " (oauth_problem=" + problem + ")");
  }
}
