package io.github.xray4j.core.internal.oauth;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Signs requests as RFC 5849 (OAuth 1.0a) says, with RSA-SHA1, the method Jira's application links use: a fresh
 * nonce and timestamp per request, the query parameters in the signature base string, and the
 * {@code Authorization: OAuth ...} header. A request without a token is two-legged (or the request-token step
 * of the login).
 *
 * <pre>{@code
 * OAuth1Signer signer = OAuth1Signer.of("xray4j", Pem.rsaPrivateKey(pem));
 * String header = signer.authorization("GET", URI.create("https://jira.example.com/rest/api/2/myself"), token, Map.of());
 * }</pre>
 */
public final class OAuth1Signer {
  /** The signature method Jira's application links accept. */
  public static final String RSA_SHA1 = "RSA-SHA1";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String consumerKey;
  private final PrivateKey privateKey;
  private final Clock clock;
  private final Supplier<String> nonces;

  /** With seams for tests: the clock that dates requests and where nonces come from. */
  public OAuth1Signer(String consumerKey, PrivateKey privateKey, Clock clock, Supplier<String> nonces) {
    this.consumerKey = requireNonNull(consumerKey, "consumerKey");
    this.privateKey = requireNonNull(privateKey, "privateKey");
    this.clock = requireNonNull(clock, "clock");
    this.nonces = requireNonNull(nonces, "nonces");
  }

  /** The system clock and random nonces. */
  public static OAuth1Signer of(String consumerKey, PrivateKey privateKey) {
    return new OAuth1Signer(consumerKey, privateKey, Clock.systemUTC(), OAuth1Signer::randomNonce);
  }

  /**
   * The {@code Authorization} header for one request.
   *
   * @param method the HTTP method
   * @param uri the whole request URL, query included
   * @param token the access token (or the request token while logging in); null for none
   * @param extra further protocol parameters, such as {@code oauth_callback} or {@code oauth_verifier}
   */
  public String authorization(String method, URI uri, @Nullable String token, Map<String, String> extra) {
    Map<String, String> oauth = new LinkedHashMap<>();
    oauth.put("oauth_consumer_key", consumerKey);
    if (token != null) {
      oauth.put("oauth_token", token);
    }
    oauth.put("oauth_signature_method", RSA_SHA1);
    oauth.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
    oauth.put("oauth_nonce", nonces.get());
    oauth.put("oauth_version", "1.0");
    oauth.putAll(extra);
    List<Map.Entry<String, String>> params = new ArrayList<>(oauth.entrySet());
    oauth.put("oauth_signature", sign(privateKey, baseString(method, uri, params)));
    return header(oauth);
  }

  /** The {@code OAuth k="v", ...} header value of these protocol parameters, each value percent-encoded. */
  public static String header(Map<String, String> oauth) {
    StringJoiner header = new StringJoiner(", ", "OAuth ", "");
    oauth.forEach((name, value) -> header.add(encode(name) + "=\"" + encode(value) + "\""));
    return header.toString();
  }

  /**
   * The signature base string (RFC 5849 section 3.4.1): the method, the base URI, and the normalized
   * parameters: those of the URI's query, and {@code params} (the protocol parameters, and a form body's).
   */
  public static String baseString(String method, URI uri, List<Map.Entry<String, String>> params) {
    List<Map.Entry<String, String>> all = new ArrayList<>(formParameters(uri.getRawQuery()));
    for (Map.Entry<String, String> p : params) {
      if (!p.getKey().equals("realm") && !p.getKey().equals("oauth_signature")) {
        all.add(p);
      }
    }
    List<String[]> encoded = new ArrayList<>();
    for (Map.Entry<String, String> p : all) {
      encoded.add(new String[] {encode(p.getKey()), encode(p.getValue())});
    }
    encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringJoiner normalized = new StringJoiner("&");
    encoded.forEach(p -> normalized.add(p[0] + "=" + p[1]));
    return method.toUpperCase(Locale.ROOT) + "&" + encode(baseUri(uri)) + "&" + encode(normalized.toString());
  }

  /** The base string URI: lower-case scheme and host, the port only when not the scheme's default, no query. */
  static String baseUri(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
  }

  /** Name/value pairs of a query or form body as {@code application/x-www-form-urlencoded} decodes them. */
  public static List<Map.Entry<String, String>> formParameters(@Nullable String raw) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      params.add(Map.entry(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1))));
    }
    return params;
  }

  /** RFC 3986 percent-encoding of UTF-8 bytes: everything but ALPHA, DIGIT, {@code - . _ ~}, upper-case hex. */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder();
    HexFormat hex = HexFormat.of().withUpperCase();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(hex.toHexDigits(b));
      }
    }
    return out.toString();
  }

  /** Percent-decoding with {@code +} as a space, as forms are written. */
  public static String decode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%' && i + 2 < value.length()) {
        bytes.write(HexFormat.fromHexDigits(value, i + 1, i + 3));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The protocol parameters of an {@code Authorization: OAuth ...} header, decoded, in order. */
  public static Map<String, String> parseHeader(String header) {
    Map<String, String> params = new LinkedHashMap<>();
    String text = header.strip();
    if (!text.regionMatches(true, 0, "OAuth ", 0, 6)) {
      return params;
    }
    for (String part : text.substring(6).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        String value = part.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        params.put(decode(part.substring(0, eq).strip()), decode(value));
      }
    }
    return params;
  }

  /** RSA-SHA1 over the base string, base64. */
  static String sign(PrivateKey key, String baseString) {
    try {
      Signature rsa = Signature.getInstance("SHA1withRSA");
      rsa.initSign(key);
      rsa.update(baseString.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Signing the request with RSA-SHA1 failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Whether {@code signature} (base64) is the RSA-SHA1 signature of {@code baseString} by {@code key}'s pair. */
  public static boolean verify(PublicKey key, String baseString, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA1withRSA");
      rsa.initVerify(key);
      rsa.update(baseString.getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String randomNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
