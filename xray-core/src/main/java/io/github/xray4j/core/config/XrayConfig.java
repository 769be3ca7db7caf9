package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.internal.oauth.Pem;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.Status;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The whole xray4j configuration, immutable and validated. Every key is an {@link XrayKey}; values come
 * from the sources {@link ConfigLoader} reads.
 *
 * <pre>{@code
 * XrayConfig config = XrayConfig.loader().load();                // system properties, environment, xray.properties
 * XrayConfig config = XrayConfig.of(Map.of("xray.url", url, ...)); // exactly these values, then defaults
 * }</pre>
 *
 * <p>{@link #toString()} lists the values in effect with every secret shown as {@code ******}.
 */
public final class XrayConfig {

  /** The Xray Cloud host used when a client id is set and no URL is. */
  public static final URI DEFAULT_CLOUD_URL = URI.create("https://xray.cloud.getxray.app");

  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[1-9][0-9]*");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

  /** A raw value and where it came from, for messages. */
  record Value(String text, String source) {}

  private final Map<XrayKey, Value> values;
  private final boolean enabled;
  private final @Nullable URI url;
  private final Flavour flavour;
  private final String apiVersion;
  private final @Nullable Credentials credentials;
  private final @Nullable String projectKey;
  private final @Nullable String testExecutionKey;
  private final @Nullable String testPlanKey;
  private final List<String> testEnvironments;
  private final boolean reportUnannotated;
  private final Path outputDir;
  private final boolean dryRun;
  private final boolean failOnError;
  private final Duration timeout;
  private final Duration publishTimeout;
  private final int maxRetries;
  private final int batchSize;
  private final int publishConcurrency;
  private final Duration liveInterval;
  private final @Nullable ProxySettings proxy;
  private final long evidenceMaxSize;
  private final long maxRequestSize;
  private final Status statusPassed;
  private final Status statusFailed;
  private final Status statusAborted;
  private final Status statusSkipped;
  private final boolean joinForks;

  private XrayConfig(Map<XrayKey, Value> values, Path defaultOutputDir) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    this.enabled = bool(XrayKey.ENABLED);
    String clientId = text(XrayKey.CLIENT_ID);
    this.flavour = clientId != null ? Flavour.CLOUD : Flavour.SERVER;
    URI configured = uri(XrayKey.URL);
    this.url = configured != null ? configured : flavour == Flavour.CLOUD ? DEFAULT_CLOUD_URL : null;
    this.apiVersion = oneOf(XrayKey.API_VERSION, "1.0", "2.0", "latest");
    this.credentials = credentials(clientId);
    this.projectKey = matching(XrayKey.PROJECT_KEY, PROJECT_KEY, "a Jira project key such as CALC");
    this.testExecutionKey = matching(XrayKey.TEST_EXECUTION_KEY, ISSUE_KEY, "an issue key such as CALC-2001");
    this.testPlanKey = matching(XrayKey.TEST_PLAN_KEY, ISSUE_KEY, "an issue key such as CALC-100");
    this.testEnvironments = list(XrayKey.TEST_ENVIRONMENTS);
    this.reportUnannotated = bool(XrayKey.REPORT_UNANNOTATED);
    String dir = text(XrayKey.OUTPUT_DIR);
    this.outputDir = dir != null ? Path.of(dir).toAbsolutePath() : defaultOutputDir;
    this.dryRun = bool(XrayKey.DRY_RUN);
    this.failOnError = bool(XrayKey.FAIL_ON_ERROR);
    this.timeout = duration(XrayKey.TIMEOUT);
    this.publishTimeout = duration(XrayKey.PUBLISH_TIMEOUT);
    this.maxRetries = integer(XrayKey.MAX_RETRIES, 0, 20);
    this.batchSize = integer(XrayKey.BATCH_SIZE, 1, 100_000);
    this.publishConcurrency = integer(XrayKey.PUBLISH_CONCURRENCY, 1, 16);
    this.liveInterval = "0".equals(text(XrayKey.LIVE_INTERVAL)) ? Duration.ZERO : duration(XrayKey.LIVE_INTERVAL);
    this.proxy = parseProxy();
    this.evidenceMaxSize = size(XrayKey.EVIDENCE_MAX_SIZE);
    this.maxRequestSize = size(XrayKey.MAX_REQUEST_SIZE);
    this.statusPassed = status(XrayKey.STATUS_PASSED);
    this.statusFailed = status(XrayKey.STATUS_FAILED);
    this.statusAborted = status(XrayKey.STATUS_ABORTED);
    this.statusSkipped = status(XrayKey.STATUS_SKIPPED);
    this.joinForks = bool(XrayKey.JOIN_FORKS);
    if (flavour == Flavour.SERVER && url == null && credentials != null && !dryRun) {
      throw new XrayConfigException(
          "xray.url is not set but credentials are: set xray.url (XRAY_URL) to your Jira base URL, such as"
              + " https://jira.example.com, or set xray.client-id for Xray Cloud");
    }
  }

  /** A loader for the standard sources. */
  public static ConfigLoader loader() {
    return new ConfigLoader();
  }

  /**
   * A configuration of exactly these values (property names to text) and defaults: no system properties,
   * environment or files are read. For tests and programmatic use.
   */
  public static XrayConfig of(Map<String, String> properties) {
    Map<XrayKey, Value> values = new EnumMap<>(XrayKey.class);
    properties.forEach(
        (name, text) -> {
          XrayKey key =
              XrayKey.byKey(name)
                  .orElseThrow(() -> new XrayConfigException("'" + name + "' is not an xray4j configuration key"));
          if (text != null && !text.isBlank()) {
            values.put(key, new Value(text.trim(), name));
          }
        });
    return fromValues(values, Path.of("target/xray").toAbsolutePath());
  }

  static XrayConfig fromValues(Map<XrayKey, Value> values, Path defaultOutputDir) {
    return new XrayConfig(values, defaultOutputDir);
  }

  // ---- typed access -------------------------------------------------------------------------------------

  /**
   * Whether publishing is active: {@code xray.enabled} is not false, and either an endpoint and credentials
   * are configured or {@code xray.dry-run} is true. When it is not, adapters stay inert: no network, no files.
   */
  public boolean isActive() {
    return enabled && (dryRun || (url != null && credentials != null));
  }

  /** {@code xray.enabled}. */
  public boolean enabled() {
    return enabled;
  }

  /** Server/DC or Cloud: Cloud when a client id is set. */
  public Flavour flavour() {
    return flavour;
  }

  /** The base URL, if known: {@code xray.url}, or the default Cloud host for Cloud. */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /** {@code xray.api-version}: {@code 1.0}, {@code 2.0} or {@code latest} (Server/DC only). */
  public String apiVersion() {
    return apiVersion;
  }

  /** The credentials, if configured. */
  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  /** {@code xray.project-key}. */
  public Optional<String> projectKey() {
    return Optional.ofNullable(projectKey);
  }

  /** {@code xray.test-execution-key}. */
  public Optional<String> testExecutionKey() {
    return Optional.ofNullable(testExecutionKey);
  }

  /** {@code xray.test-plan-key}. */
  public Optional<String> testPlanKey() {
    return Optional.ofNullable(testPlanKey);
  }

  /** {@code xray.test-environments}, split on commas. */
  public List<String> testEnvironments() {
    return testEnvironments;
  }

  /** {@code xray.fix-version}. */
  public Optional<String> fixVersion() {
    return Optional.ofNullable(text(XrayKey.FIX_VERSION));
  }

  /** {@code xray.revision}. */
  public Optional<String> revision() {
    return Optional.ofNullable(text(XrayKey.REVISION));
  }

  /** {@code xray.summary}. */
  public Optional<String> summary() {
    return Optional.ofNullable(text(XrayKey.SUMMARY));
  }

  /** {@code xray.description}. */
  public Optional<String> description() {
    return Optional.ofNullable(text(XrayKey.DESCRIPTION));
  }

  /** {@code xray.user}. */
  public Optional<String> user() {
    return Optional.ofNullable(text(XrayKey.USER));
  }

  /** {@code xray.report-unannotated}. */
  public boolean reportUnannotated() {
    return reportUnannotated;
  }

  /** {@code xray.output-dir}, absolute. */
  public Path outputDir() {
    return outputDir;
  }

  /** {@code xray.dry-run}. */
  public boolean dryRun() {
    return dryRun;
  }

  /** {@code xray.fail-on-error}. */
  public boolean failOnError() {
    return failOnError;
  }

  /** {@code xray.timeout}: the read timeout of one request. */
  public Duration timeout() {
    return timeout;
  }

  /** {@code xray.publish-timeout}: the deadline for publishing one run. */
  public Duration publishTimeout() {
    return publishTimeout;
  }

  /** {@code xray.max-retries}. */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@code xray.batch-size}. */
  public int batchSize() {
    return batchSize;
  }

  /** {@code xray.publish-concurrency}: import requests in flight at once once the Test Execution exists. */
  public int publishConcurrency() {
    return publishConcurrency;
  }

  /** {@code xray.live-interval}: how often results are published while tests run; zero: only at the end. */
  public Duration liveInterval() {
    return liveInterval;
  }

  /** {@code xray.proxy}; empty means the JVM's proxy settings apply. */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  /** {@code xray.evidence-max-size} in bytes. */
  public long evidenceMaxSize() {
    return evidenceMaxSize;
  }

  /** {@code xray.max-request-size} in bytes. */
  public long maxRequestSize() {
    return maxRequestSize;
  }

  /** {@code xray.status.passed}. */
  public Status statusPassed() {
    return statusPassed;
  }

  /** {@code xray.status.failed}. */
  public Status statusFailed() {
    return statusFailed;
  }

  /** {@code xray.status.aborted}. */
  public Status statusAborted() {
    return statusAborted;
  }

  /** {@code xray.status.skipped}. */
  public Status statusSkipped() {
    return statusSkipped;
  }

  /** {@code xray.join-forks}: whether the JVMs of one build share one Test Execution. */
  public boolean joinForks() {
    return joinForks;
  }

  /** {@code xray.build-id}: an explicit identity of the build for {@link #joinForks()}. */
  public Optional<String> buildId() {
    return Optional.ofNullable(text(XrayKey.BUILD_ID));
  }

  /** A comma-separated key as a list (adapter keys such as {@link XrayKey#JUNIT_EXCLUDED_ENGINES}). */
  public List<String> list(XrayKey key) {
    String text = text(key);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The raw text of a key, or its default; never for a secret key.
   *
   * @throws IllegalArgumentException for a secret key
   */
  public Optional<String> value(XrayKey key) {
    if (key.isSecret()) {
      throw new IllegalArgumentException(key + " is a secret: use credentials()");
    }
    return Optional.ofNullable(text(key));
  }

  /** Where the value of a key came from ("environment variable XRAY_URL"), or "default". */
  public String sourceOf(XrayKey key) {
    Value value = values.get(key);
    return value == null ? "default" : value.source();
  }

  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "XrayConfig[", "]");
    values.forEach((key, value) -> joiner.add(key.key() + "=" + (key.isSecret() ? "******" : value.text())));
    return joiner.toString();
  }

  // ---- parsing --------------------------------------------------------------------------------------------

  private @Nullable String text(XrayKey key) {
    Value value = values.get(key);
    return value != null ? value.text() : key.defaultValue();
  }

  private XrayConfigException invalid(XrayKey key, String expected) {
    Value value = values.get(key);
    String shown = key.isSecret() ? "******" : "'" + (value != null ? value.text() : key.defaultValue()) + "'";
    String from = value != null ? " (from " + value.source() + ")" : "";
    return new XrayConfigException(
        key.key() + "=" + shown + from + " is not valid: expected " + expected + ". Fix it, or remove it to use the"
            + " default" + (key.defaultValue() != null ? " (" + key.defaultValue() + ")" : "") + ".");
  }

  private boolean bool(XrayKey key) {
    String text = requireNonNull(text(key), key.key());
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw invalid(key, "true or false");
    };
  }

  private int integer(XrayKey key, int min, int max) {
    String text = requireNonNull(text(key), key.key());
    try {
      int n = Integer.parseInt(text);
      if (n < min || n > max) {
        throw invalid(key, "a whole number from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw invalid(key, "a whole number from " + min + " to " + max);
    }
  }

  private Duration duration(XrayKey key) {
    String text = requireNonNull(text(key), key.key());
    String expected = "a positive duration such as 90 (seconds), 500ms, 90s, 2m or PT90S";
    Duration d;
    if (text.regionMatches(true, 0, "PT", 0, 2)) {
      try {
        d = Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw invalid(key, expected);
      }
    } else {
      Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw invalid(key, expected);
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      d = switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
    if (d.isZero() || d.isNegative()) {
      throw invalid(key, expected);
    }
    return d;
  }

  private long size(XrayKey key) {
    String text = requireNonNull(text(key), key.key());
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw invalid(key, "a size such as 10MB, 512KB or 1048576");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    return switch (unit) {
      case "KB" -> n * 1024;
      case "MB" -> n * 1024 * 1024;
      case "GB" -> n * 1024 * 1024 * 1024;
      default -> n;
    };
  }

  private Status status(XrayKey key) {
    String text = requireNonNull(text(key), key.key());
    try {
      return Status.of(text);
    } catch (IllegalArgumentException e) {
      throw invalid(key, "PASS, FAIL, TODO, EXECUTING, ABORTED or a custom status name of 2 to 18 letters,"
          + " digits, '_' or '/'");
    }
  }

  private String oneOf(XrayKey key, String... allowed) {
    String text = requireNonNull(text(key), key.key());
    for (String a : allowed) {
      if (a.equalsIgnoreCase(text)) {
        return a;
      }
    }
    throw invalid(key, "one of " + String.join(", ", allowed));
  }

  private @Nullable String matching(XrayKey key, Pattern pattern, String expected) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    if (!pattern.matcher(text).matches()) {
      throw invalid(key, expected);
    }
    return text;
  }

  private @Nullable URI uri(XrayKey key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    String expected = "an absolute http or https URL such as https://jira.example.com";
    try {
      URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw invalid(key, expected);
      }
      if (uri.getUserInfo() != null) {
        throw new XrayConfigException(
            key.key() + " must not carry credentials: remove the user:password@ part and set xray.username and"
                + " xray.password, or xray.token");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid(key, expected);
    }
  }

  private @Nullable Credentials credentials(@Nullable String clientId) {
    List<String> kinds = new ArrayList<>();
    kindIfSet(kinds, "a Personal Access Token", XrayKey.TOKEN);
    kindIfSet(kinds, "Basic authentication", XrayKey.USERNAME, XrayKey.PASSWORD);
    kindIfSet(kinds, "OAuth 2.0", XrayKey.OAUTH_CLIENT_ID, XrayKey.OAUTH_CLIENT_SECRET, XrayKey.OAUTH_REFRESH_TOKEN);
    kindIfSet(kinds, "OAuth 1.0a", XrayKey.OAUTH_CONSUMER_KEY, XrayKey.OAUTH_PRIVATE_KEY, XrayKey.OAUTH_ACCESS_TOKEN);
    kindIfSet(kinds, "Xray Cloud client credentials", XrayKey.CLIENT_ID, XrayKey.CLIENT_SECRET);
    if (kinds.size() > 1) {
      throw new XrayConfigException("credentials of " + kinds.size() + " kinds are configured: "
          + String.join(" and ", kinds) + ". Configure exactly one kind and remove the keys of the others.");
    }
    String clientSecret = text(XrayKey.CLIENT_SECRET);
    if (clientId != null) {
      if (clientSecret == null) {
        throw new XrayConfigException(
            "xray.client-id is set (" + sourceOf(XrayKey.CLIENT_ID) + ") but xray.client-secret is not: set"
                + " XRAY_CLIENT_SECRET to the API key's client secret");
      }
      return new Credentials.ClientCredentials(clientId, Secret.of(clientSecret));
    }
    if (clientSecret != null) {
      throw new XrayConfigException(
          "xray.client-secret is set but xray.client-id is not: set XRAY_CLIENT_ID to the API key's client id");
    }
    String token = text(XrayKey.TOKEN);
    if (token != null) {
      return new Credentials.PersonalAccessToken(Secret.of(token));
    }
    String username = text(XrayKey.USERNAME);
    String password = text(XrayKey.PASSWORD);
    if (username != null) {
      if (password == null) {
        throw new XrayConfigException(
            "xray.username is set (" + sourceOf(XrayKey.USERNAME) + ") but xray.password is not: set XRAY_PASSWORD,"
                + " or use a Personal Access Token in XRAY_TOKEN instead");
      }
      return new Credentials.Basic(username, Secret.of(password));
    }
    if (password != null) {
      throw new XrayConfigException("xray.password is set but xray.username is not: set XRAY_USERNAME");
    }
    if (!kinds.isEmpty() && kinds.get(0).startsWith("OAuth 2.0")) {
      return oauth2();
    }
    if (!kinds.isEmpty() && kinds.get(0).startsWith("OAuth 1.0a")) {
      return oauth1();
    }
    return null;
  }

  /** Adds "what (key from source, ...)" to {@code kinds} when any of these keys is set. */
  private void kindIfSet(List<String> kinds, String what, XrayKey... keys) {
    StringJoiner set = new StringJoiner(", ", what + " (", ")");
    boolean any = false;
    for (XrayKey key : keys) {
      if (values.containsKey(key)) {
        set.add(key.key() + " from " + sourceOf(key));
        any = true;
      }
    }
    if (any) {
      kinds.add(set.toString());
    }
  }

  private Credentials.OAuth2 oauth2() {
    String id = text(XrayKey.OAUTH_CLIENT_ID);
    String secret = text(XrayKey.OAUTH_CLIENT_SECRET);
    if (id == null || secret == null) {
      throw new XrayConfigException("OAuth 2.0 needs xray.oauth.client-id and xray.oauth.client-secret"
          + " (XRAY_OAUTH_CLIENT_ID, XRAY_OAUTH_CLIENT_SECRET): the credentials of the Jira incoming application"
          + " link; " + (id == null ? "xray.oauth.client-id" : "xray.oauth.client-secret") + " is not set");
    }
    String refresh = text(XrayKey.OAUTH_REFRESH_TOKEN);
    return new Credentials.OAuth2(id, Secret.of(secret), refresh == null ? null : Secret.of(refresh), redirectUri());
  }

  private Credentials.OAuth1 oauth1() {
    String consumerKey = text(XrayKey.OAUTH_CONSUMER_KEY);
    if (consumerKey == null || text(XrayKey.OAUTH_PRIVATE_KEY) == null) {
      throw new XrayConfigException("OAuth 1.0a needs xray.oauth.consumer-key and xray.oauth.private-key"
          + " (XRAY_OAUTH_CONSUMER_KEY, XRAY_OAUTH_PRIVATE_KEY): the consumer key of the Jira application link and"
          + " the private key of the public key it holds; " + (consumerKey == null ? "xray.oauth.consumer-key"
              : "xray.oauth.private-key") + " is not set");
    }
    String accessToken = text(XrayKey.OAUTH_ACCESS_TOKEN);
    return new Credentials.OAuth1(consumerKey, privateKey(), accessToken == null ? null : Secret.of(accessToken));
  }

  /** {@code xray.oauth.private-key}: PEM inline (with real or {@code \\n} line breaks) or {@code file:path}. */
  private Secret privateKey() {
    String text = requireNonNull(text(XrayKey.OAUTH_PRIVATE_KEY));
    String pem;
    if (text.startsWith("file:")) {
      Path file = Path.of(text.substring("file:".length()));
      try {
        pem = Files.readString(file);
      } catch (IOException | RuntimeException e) {
        throw new XrayConfigException("xray.oauth.private-key (from " + sourceOf(XrayKey.OAUTH_PRIVATE_KEY)
            + ") names the file " + file.toAbsolutePath() + ", which cannot be read (" + e.getClass().getSimpleName()
            + "): check the path and that this user may read it");
      }
    } else {
      pem = text.replace("\\n", "\n");
    }
    try {
      Pem.rsaPrivateKey(pem);
    } catch (IllegalArgumentException e) {
      throw invalid(XrayKey.OAUTH_PRIVATE_KEY, "an RSA private key as PEM, inline or file:/path/to/key.pem ("
          + e.getMessage() + ")");
    }
    return Secret.of(pem);
  }

  private @Nullable URI redirectUri() {
    String text = text(XrayKey.OAUTH_REDIRECT_URI);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (uri.getScheme() != null && uri.getHost() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // the message below says what is expected
    }
    throw invalid(XrayKey.OAUTH_REDIRECT_URI, "the redirect URL registered on the Jira application link, such as"
        + " http://127.0.0.1:8765/callback");
  }

  private @Nullable ProxySettings parseProxy() {
    String text = text(XrayKey.PROXY);
    if (text == null) {
      return null;
    }
    String expected = "http://host:port or host:port";
    String hostPort = text.replaceFirst("(?i)^https?://", "");
    if (hostPort.endsWith("/")) {
      hostPort = hostPort.substring(0, hostPort.length() - 1);
    }
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0 || hostPort.contains("@")) {
      throw invalid(XrayKey.PROXY, expected);
    }
    try {
      return new ProxySettings(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw invalid(XrayKey.PROXY, expected);
    }
  }
}
