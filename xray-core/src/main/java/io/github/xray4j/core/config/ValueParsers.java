package io.github.xray4j.core.config;

import io.github.xray4j.core.model.IssueKey;
import io.github.xray4j.core.model.Status;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers of configuration values, each with its range: the only code in xray4j that turns a
 * configuration text into a value. A parser that refuses a text throws {@link Invalid} saying what was
 * expected; {@link XrayConfig} adds the key, the value (redacted) and where it came from.
 */
final class ValueParsers {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

  /** A text turned into a value, or refused with {@link Invalid}. */
  @FunctionalInterface
  interface ValueParser<T> {
    T parse(String text);
  }

  /** A refused value: what was expected, or (when {@code whole}) the whole message after the key. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean whole;

    Invalid(String expected) {
      this(expected, false);
    }

    private Invalid(String message, boolean whole) {
      super(message, null, false, false);
      this.whole = whole;
    }

    /** A refusal whose message follows the key's name as it is ("xray.url must not carry credentials: ..."). */
    static Invalid saying(String message) {
      return new Invalid(message, true);
    }

    boolean whole() {
      return whole;
    }
  }

  private ValueParsers() {}

  static ValueParser<String> text() {
    return text -> text;
  }

  static ValueParser<Boolean> bool() {
    return text -> switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new Invalid("true or false");
    };
  }

  static ValueParser<Integer> integer(int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    return text -> {
      long n = wholeNumber(text, expected);
      if (n < min || n > max) {
        throw new Invalid(expected);
      }
      return (int) n;
    };
  }

  /**
   * A positive duration up to {@code max}: seconds ({@code 90}), with a unit ({@code 500ms}, {@code 90s},
   * {@code 2m}, {@code 1h}) or ISO-8601 ({@code PT90S}); {@code 0} too when {@code zeroAllowed}.
   */
  static ValueParser<Duration> duration(Duration max, boolean zeroAllowed) {
    String expected = (zeroAllowed ? "0 or a positive duration" : "a positive duration") + " up to " + shown(max)
        + ", such as 90 (seconds), 500ms, 90s, 2m or PT90S";
    return text -> {
      if (zeroAllowed && text.equals("0")) {
        return Duration.ZERO;
      }
      Duration d;
      if (text.regionMatches(true, 0, "PT", 0, 2)) {
        try {
          d = Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
          throw new Invalid(expected);
        }
      } else {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
          throw new Invalid(expected);
        }
        long n = wholeNumber(m.group(1), expected);
        String unit = m.group(2) == null ? "s" : m.group(2);
        if (n > max.toMillis()) { // larger than the maximum in any unit, and safe from overflow below
          throw new Invalid(expected);
        }
        d = switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofSeconds(n);
        };
      }
      if (d.isZero() || d.isNegative() || d.compareTo(max) > 0) {
        throw new Invalid(expected);
      }
      return d;
    };
  }

  /** A size in bytes from {@code min} to {@code max}: {@code 1048576}, {@code 512KB}, {@code 10MB}, {@code 1GB}. */
  static ValueParser<Long> size(long min, long max) {
    String expected = "a size from " + bytes(min) + " to " + bytes(max) + ", such as 10MB, 512KB or 1048576";
    return text -> {
      Matcher m = SIZE.matcher(text);
      if (!m.matches()) {
        throw new Invalid(expected);
      }
      String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
      BigInteger n = new BigInteger(m.group(1)).shiftLeft(switch (unit) {
        case "KB" -> 10;
        case "MB" -> 20;
        case "GB" -> 30;
        default -> 0;
      });
      if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
        throw new Invalid(expected);
      }
      return n.longValueExact();
    };
  }

  static ValueParser<String> oneOf(String... allowed) {
    return text -> {
      for (String a : allowed) {
        if (a.equalsIgnoreCase(text)) {
          return a;
        }
      }
      throw new Invalid("one of " + String.join(", ", allowed));
    };
  }

  /** A constant of {@code type}, by its name in any case ({@code auto} for {@code AUTO}). */
  static <E extends Enum<E>> ValueParser<E> oneOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String expected = "one of " + String.join(", ",
        Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    return text -> {
      for (E c : constants) {
        if (c.name().equalsIgnoreCase(text)) {
          return c;
        }
      }
      throw new Invalid(expected);
    };
  }

  static ValueParser<String> projectKey() {
    return text -> {
      if (!IssueKey.isProjectKey(text)) {
        throw new Invalid("a Jira project key such as CALC");
      }
      return text;
    };
  }

  static ValueParser<String> issueKey(String example) {
    return text -> {
      if (!IssueKey.isValid(text)) {
        throw new Invalid("an issue key such as " + example);
      }
      return text;
    };
  }

  /** A comma-separated list, each item trimmed, empty items dropped. */
  static ValueParser<List<String>> list() {
    return text -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static ValueParser<Path> path() {
    return text -> {
      try {
        return Path.of(text).toAbsolutePath();
      } catch (InvalidPathException e) {
        throw new Invalid("a directory path");
      }
    };
  }

  /** An absolute http or https URL without user-info, any trailing '/' dropped. */
  static ValueParser<URI> baseUrl(String name) {
    String expected = "an absolute http or https URL such as https://jira.example.com";
    return text -> {
      URI uri = httpUri(text.endsWith("/") ? text.substring(0, text.length() - 1) : text, expected);
      if (uri.getUserInfo() != null) {
        throw Invalid.saying(name + " must not carry credentials: remove the user:password@ part and set"
            + " xray.username and xray.password, or xray.token");
      }
      return uri;
    };
  }

  /** An absolute http or https URL, as it is. */
  static ValueParser<URI> url(String expected) {
    return text -> httpUri(text, expected);
  }

  private static URI httpUri(String text, String expected) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new Invalid(expected);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Invalid(expected);
    }
  }

  /** {@code http://host:port} or {@code host:port}, with a port from 1 to 65535 and no user-info. */
  static ValueParser<ProxySettings> proxy() {
    String expected = "http://host:port or host:port, with a port from 1 to 65535 and no user:password@";
    return text -> {
      String hostPort = text.replaceFirst("(?i)^https?://", "");
      if (hostPort.endsWith("/")) {
        hostPort = hostPort.substring(0, hostPort.length() - 1);
      }
      int colon = hostPort.lastIndexOf(':');
      if (colon <= 0 || hostPort.contains("@")) {
        throw new Invalid(expected);
      }
      long port = wholeNumber(hostPort.substring(colon + 1), expected);
      if (port < 1 || port > 65535) {
        throw new Invalid(expected);
      }
      return new ProxySettings(hostPort.substring(0, colon), (int) port);
    };
  }

  static ValueParser<Status> status() {
    return text -> {
      try {
        return Status.of(text);
      } catch (IllegalArgumentException e) {
        throw new Invalid("PASS, FAIL, TODO, EXECUTING, ABORTED or a custom status name of 2 to 18 letters,"
            + " digits, '_' or '/'");
      }
    };
  }

  /** Digits as a number, refusing (rather than overflowing on) more than a long holds. */
  private static long wholeNumber(String text, String expected) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (text.length() > 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Long.MAX_VALUE; // out of every range
      }
      throw new Invalid(expected);
    }
    return Long.parseLong(text);
  }

  private static String shown(Duration d) {
    return d.toSeconds() % 3600 == 0 ? d.toHours() + "h" : d.toSeconds() % 60 == 0 ? d.toMinutes() + "m"
        : d.toSeconds() + "s";
  }

  private static String bytes(long n) {
    if (n >= 1024 * 1024 * 1024 && n % (1024 * 1024 * 1024) == 0) {
      return n / (1024 * 1024 * 1024) + "GB";
    }
    if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
      return n / (1024 * 1024) + "MB";
    }
    return n % 1024 == 0 && n > 0 ? n / 1024 + "KB" : n + "B";
  }
}
