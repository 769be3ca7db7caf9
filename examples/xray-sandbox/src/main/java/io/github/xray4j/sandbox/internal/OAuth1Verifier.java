package io.github.xray4j.sandbox.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The server's side of RFC 5849's RSA-SHA1 signatures: the {@code Authorization: OAuth ...} header parsed, the
 * signature base string rebuilt from the request as it arrived (method, {@code http://} and the {@code Host} the
 * client addressed, the raw path; the query's parameters, a form body's and the protocol parameters but
 * {@code oauth_signature} and {@code realm}, each percent-encoded and sorted) and the signature checked with the
 * consumer's public key. Written here on purpose rather than taken from xray-core's signer: a stand-in server
 * that shared the client's code would accept the client's mistakes.
 */
final class OAuth1Verifier {
  private OAuth1Verifier() {
  }

  /** The protocol parameters of an {@code OAuth k="v", ...} header, decoded; empty for another scheme. */
  static Map<String, String> parseHeader(String header) {
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

  /** Whether the request carries a valid RSA-SHA1 signature by the owner of {@code key}. */
  static boolean verifies(Call call, Map<String, String> oauth, PublicKey key) {
    String signature = oauth.get("oauth_signature");
    if (signature == null) {
      return false;
    }
    try {
      Signature rsa = Signature.getInstance("SHA1withRSA");
      rsa.initVerify(key);
      rsa.update(baseString(call, oauth).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The signature base string of the request (RFC 5849 section 3.4.1). */
  static String baseString(Call call, Map<String, String> oauth) {
    List<String[]> params = new ArrayList<>();
    URI uri = call.uri();
    addForm(params, uri.getRawQuery());
    String contentType = call.header("Content-Type");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      addForm(params, new String(call.body(), StandardCharsets.UTF_8));
    }
    oauth.forEach((name, value) -> {
      if (!name.equals("oauth_signature") && !name.equals("realm")) {
        params.add(new String[] {encode(name), encode(value)});
      }
    });
    params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringJoiner normalized = new StringJoiner("&");
    params.forEach(p -> normalized.add(p[0] + "=" + p[1]));
    String host = call.header("Host");
    String base = "http://" + (host == null ? "" : host.toLowerCase(Locale.ROOT)).replaceFirst(":80$", "")
        + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    return call.method().toUpperCase(Locale.ROOT) + "&" + encode(base) + "&" + encode(normalized.toString());
  }

  private static void addForm(List<String[]> params, @Nullable String raw) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.add(new String[] {encode(name), encode(value)});
      }
    }
  }

  /** RFC 3986 percent-encoding of the UTF-8 bytes: all but ALPHA, DIGIT and {@code - . _ ~}, upper-case hex. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  /** Percent-decoding, {@code +} as a space as forms write it; a broken escape is kept as it is. */
  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
