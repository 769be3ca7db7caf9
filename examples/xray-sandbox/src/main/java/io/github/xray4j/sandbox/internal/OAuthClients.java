package io.github.xray4j.sandbox.internal;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.sandbox.SandboxCredentials;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OAuth clients the sandbox knows, as a Jira admin registers them with application links: OAuth 2.0 clients
 * (client id and secret; {@link SandboxCredentials#OAUTH2_CLIENT_ID} is always there) and OAuth 1.0a consumers
 * (consumer key and the RSA public key that verifies their signatures; none unless registered, since the private
 * key is the user's). Immutable. Not API: use {@code XraySandbox.Builder}.
 *
 * @param oauth2 client id to client secret
 * @param oauth1 consumer key to public key
 */
public record OAuthClients(Map<String, String> oauth2, Map<String, PublicKey> oauth1) {
  /** The demo OAuth 2.0 client and no OAuth 1.0a consumer. */
  public static final OAuthClients DEMO = new OAuthClients(
      Map.of(SandboxCredentials.OAUTH2_CLIENT_ID, SandboxCredentials.OAUTH2_CLIENT_SECRET), Map.of());

  public OAuthClients {
    oauth2 = Map.copyOf(oauth2);
    oauth1 = Map.copyOf(oauth1);
  }

  /** These clients and one more OAuth 2.0 client. */
  public OAuthClients withOAuth2Client(String clientId, String clientSecret) {
    requireText(clientId, "The OAuth 2.0 client id");
    requireText(clientSecret, "The OAuth 2.0 client secret");
    Map<String, String> clients = new LinkedHashMap<>(oauth2);
    clients.put(clientId, clientSecret);
    return new OAuthClients(clients, oauth1);
  }

  /**
   * These clients and one more OAuth 1.0a consumer.
   *
   * @param publicKeyPem the consumer's RSA public key, {@code -----BEGIN PUBLIC KEY-----} (what
   *     {@code openssl rsa -in key.pem -pubout} writes)
   * @throws IllegalArgumentException if the key is not an RSA public key in that form
   */
  public OAuthClients withOAuth1Consumer(String consumerKey, String publicKeyPem) {
    requireText(consumerKey, "The OAuth 1.0a consumer key");
    Map<String, PublicKey> consumers = new LinkedHashMap<>(oauth1);
    consumers.put(consumerKey, rsaPublicKey(consumerKey, requireNonNull(publicKeyPem, "publicKeyPem")));
    return new OAuthClients(oauth2, consumers);
  }

  private static PublicKey rsaPublicKey(String consumerKey, String pem) {
    String begin = "-----BEGIN PUBLIC KEY-----";
    String end = "-----END PUBLIC KEY-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("The public key of OAuth 1.0a consumer " + consumerKey + " must be a PEM "
          + begin + " block (openssl rsa -in key.pem -pubout)");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("The public key of OAuth 1.0a consumer " + consumerKey
          + " is not an RSA public key: " + e.getMessage(), e);
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
  }
}
