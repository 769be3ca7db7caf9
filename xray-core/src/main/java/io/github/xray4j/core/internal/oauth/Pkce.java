package io.github.xray4j.core.internal.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with {@code S256}: the verifier stays with the client, the challenge
 * goes into the authorization URL. {@link #toString()} hides the verifier.
 */
public record Pkce(String verifier, String challenge) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh verifier of 43 characters (32 random bytes) and its challenge. */
  public static Pkce generate() {
    String verifier = randomToken();
    return new Pkce(verifier, challenge(verifier));
  }

  /** {@code BASE64URL(SHA-256(verifier))} without padding. */
  public static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** 32 random bytes, base64url without padding: for verifiers and {@code state}. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "Pkce[verifier=******, challenge=" + challenge + "]";
  }
}
