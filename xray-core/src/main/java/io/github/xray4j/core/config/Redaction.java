package io.github.xray4j.core.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of every text xray4j shows: the library's log lines and messages and everything
 * {@code xray-cli} prints. It masks the configured secrets (also a Basic header made of them), the value of any
 * {@code Authorization} header or bearer token a server echoes back, and, in {@link #location(String)}, the
 * user-info and query string of a URL-like value.
 *
 * <pre>{@code
 * Redaction redaction = Redaction.of(config);
 * log(redaction.apply(xrayErrorText));            // "Authorization: Bearer ******"
 * Redaction.location("http://user:pw@proxy:3128") // "http://proxy:3128"
 * }</pre>
 */
public final class Redaction {

  /** What stands in for a credential. */
  public static final String MASK = "******";

  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)(\\b(?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)(?:(bearer|basic|oauth|jwt)\\s+)?[^\\s\",;}]+");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{6,}");
  private static final Pattern USER_INFO = Pattern.compile("((?:^|\\b)[A-Za-z][A-Za-z0-9+.-]*://)[^/?#\\s@]*@");
  private static final Pattern QUERY = Pattern.compile("(://[^?#]*)\\?[^#]*");
  private static final Redaction NONE = new Redaction(List.of());

  private final List<String> secrets;

  private Redaction(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** Masks only what any server might echo (authorization headers, bearer tokens), no configured secret. */
  public static Redaction none() {
    return NONE;
  }

  /** The secrets of this configuration: every secret key's value, and the Basic header made of a password. */
  public static Redaction of(XrayConfig config) {
    List<String> secrets = new ArrayList<>();
    for (XrayKey<?> key : XrayKey.values()) {
      if (key.isSecret()) {
        config.secretText(key).ifPresent(secrets::add);
      }
    }
    config.credentials().ifPresent(credentials -> {
      if (credentials instanceof Credentials.Basic basic) {
        secrets.add(Base64.getEncoder().encodeToString(
            (basic.username() + ":" + basic.password().reveal()).getBytes(StandardCharsets.UTF_8)));
      }
    });
    secrets.removeIf(secret -> secret.length() < 3); // masking every "a" would garble the message, not protect it
    return new Redaction(secrets);
  }

  /** {@code text} with every secret, authorization header value and bearer token masked. */
  public String apply(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    redacted = AUTHORIZATION.matcher(redacted)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            m.group(1) + (m.group(2) != null ? m.group(2) + " " : "") + MASK));
    return BEARER.matcher(redacted).replaceAll("$1 " + MASK);
  }

  /**
   * {@code value} as it may be shown: the user-info ({@code user:pw@}) and query string of every URL in it
   * dropped, and a value with no scheme ({@code user:pw@proxy:3128}) cut to what follows its last {@code @}.
   * Applied to every configuration value a message shows.
   */
  public static String location(String value) {
    String shown = USER_INFO.matcher(value).replaceAll("$1");
    shown = QUERY.matcher(shown).replaceAll("$1");
    if (!shown.contains("://") && shown.indexOf('@') >= 0 && !shown.contains(" ")) {
      shown = shown.substring(shown.lastIndexOf('@') + 1);
    }
    return shown;
  }
}
