package io.github.xray4j.core.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * RSA key pairs generated at test time, never committed, with their private keys as the PEM text that
 * {@code xray.oauth.private-key} takes (PKCS#8, or PKCS#1 as older {@code openssl genrsa} writes):
 *
 * <pre>{@code
 * KeyPair pair = TestKeys.rsa();
 * config.put("xray.oauth.private-key", TestKeys.pkcs8Pem(pair));
 * }</pre>
 */
public final class TestKeys {

  private TestKeys() {}

  /** A fresh 2048-bit RSA key pair. */
  public static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code -----BEGIN PRIVATE KEY-----}. */
  public static String pkcs8Pem(KeyPair pair) {
    return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** {@code -----BEGIN RSA PRIVATE KEY-----}: the RSAPrivateKey inside the PKCS#8 structure. */
  public static String pkcs1Pem(KeyPair pair) {
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    // SEQUENCE(len 2) { INTEGER 0 (3), SEQUENCE { rsaEncryption, NULL } (15), OCTET STRING(len 2) { RSAPrivateKey } }
    int octets = 4 + 3 + 15;
    if (pkcs8[octets] != 0x04) {
      throw new IllegalStateException("unexpected PKCS#8 layout");
    }
    return pem("RSA PRIVATE KEY", Arrays.copyOfRange(pkcs8, octets + 4, pkcs8.length));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
