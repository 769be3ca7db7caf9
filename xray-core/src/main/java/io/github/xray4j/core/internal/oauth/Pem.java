package io.github.xray4j.core.internal.oauth;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM text: PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, what
 * {@code openssl genpkey} writes) or PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}, what older
 * {@code openssl genrsa} writes). Messages never contain the key.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  private Pem() {}

  /**
   * The RSA private key in {@code pem}.
   *
   * @throws IllegalArgumentException saying what is wrong (never showing the key)
   */
  public static PrivateKey rsaPrivateKey(String pem) {
    Matcher m = BLOCK.matcher(pem);
    if (!m.find()) {
      throw new IllegalArgumentException("not a PEM private key: expected a -----BEGIN PRIVATE KEY----- block"
          + " (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)");
    }
    String type = m.group(1);
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the PEM block " + type + " is not valid base64");
    }
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      return switch (type) {
        case "PRIVATE KEY" -> rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
        case "RSA PRIVATE KEY" -> rsa.generatePrivate(pkcs1(der));
        case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(
            "the private key is encrypted: export it without a passphrase (openssl pkcs8 -topk8 -nocrypt)");
        default -> throw new IllegalArgumentException(
            "a PEM " + type + " block is not an RSA private key: expected PRIVATE KEY or RSA PRIVATE KEY");
      };
    } catch (GeneralSecurityException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("the PEM block " + type + " does not hold a readable RSA private key");
    }
  }

  /** PKCS#1 RSAPrivateKey: SEQUENCE { version, n, e, d, p, q, dp, dq, qinv }. */
  private static RSAPrivateCrtKeySpec pkcs1(byte[] der) {
    Der in = new Der(der);
    in.enter(0x30);
    in.integer(); // version
    return new RSAPrivateCrtKeySpec(in.integer(), in.integer(), in.integer(), in.integer(), in.integer(),
        in.integer(), in.integer(), in.integer());
  }

  /** Just enough DER to walk a SEQUENCE of INTEGERs. */
  private static final class Der {
    private final byte[] bytes;
    private int at;

    Der(byte[] bytes) {
      this.bytes = bytes;
    }

    void enter(int tag) {
      expect(tag);
      length();
    }

    BigInteger integer() {
      expect(0x02);
      int length = length();
      BigInteger value = new BigInteger(java.util.Arrays.copyOfRange(bytes, at, at + length));
      at += length;
      return value;
    }

    private void expect(int tag) {
      if ((bytes[at++] & 0xff) != tag) {
        throw new IndexOutOfBoundsException("unexpected DER tag");
      }
    }

    private int length() {
      int first = bytes[at++] & 0xff;
      if (first < 0x80) {
        return first;
      }
      int length = 0;
      for (int i = 0; i < (first & 0x7f); i++) {
        length = (length << 8) | (bytes[at++] & 0xff);
      }
      return length;
    }
  }
}
