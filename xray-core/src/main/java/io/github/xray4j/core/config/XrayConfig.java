package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.internal.oauth.Pem;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.Status;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
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

  /** A raw value and where it came from, for messages. */
  record Value(String text, String source) {}

  private final Map<XrayKey<?>, Value> values;
  private final Map<XrayKey<?>, Object> parsed;
  private final Flavour flavour;
  private final @Nullable URI url;
  private final @Nullable Credentials credentials;
  private final Path outputDir;

  private XrayConfig(Map<XrayKey<?>, Value> given, Path defaultOutputDir) {
    Map<XrayKey<?>, Value> ordered = new LinkedHashMap<>();
    Map<XrayKey<?>, Object> typed = new LinkedHashMap<>();
    for (XrayKey<?> key : XrayKey.values()) {
      Value value = given.get(key);
      if (value != null) {
        ordered.put(key, value);
      }
    }
    this.values = Collections.unmodifiableMap(ordered);
    for (XrayKey<?> key : XrayKey.values()) {
      typed.put(key, parse(key));
    }
    this.parsed = Collections.unmodifiableMap(typed);
    this.flavour = get(XrayKey.CLIENT_ID).isPresent() ? Flavour.CLOUD : Flavour.SERVER;
    this.url = get(XrayKey.URL).orElse(flavour == Flavour.CLOUD ? DEFAULT_CLOUD_URL : null);
    this.credentials = credentials(text(XrayKey.CLIENT_ID));
    this.outputDir = get(XrayKey.OUTPUT_DIR).orElse(defaultOutputDir);
    if (flavour == Flavour.SERVER && url == null && credentials != null && !dryRun()) {
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
    Map<XrayKey<?>, Value> values = new LinkedHashMap<>();
    properties.forEach(
        (name, text) -> {
          XrayKey<?> key =
              XrayKey.byKey(name)
                  .orElseThrow(() -> new XrayConfigException("'" + name + "' is not an xray4j configuration key"));
          if (text != null && !text.isBlank()) {
            values.put(key, new Value(text.trim(), name));
          }
        });
    return fromValues(values, Path.of("target/xray").toAbsolutePath());
  }

  static XrayConfig fromValues(Map<XrayKey<?>, Value> values, Path defaultOutputDir) {
    return new XrayConfig(values, defaultOutputDir);
  }

  // ---- typed access -------------------------------------------------------------------------------------

  /**
   * The value of a key, parsed and range-checked when the configuration was loaded: its default where it is
   * not set, or an empty {@link Optional} (an empty list) for a key without one.
   *
   * <pre>{@code
   * Duration timeout = config.get(XrayKey.TIMEOUT);
   * Optional<String> plan = config.get(XrayKey.TEST_PLAN_KEY);
   * }</pre>
   *
   * @throws IllegalArgumentException for a secret key: use {@link #credentials()}
   */
  public <T> T get(XrayKey<T> key) {
    if (key.isSecret()) {
      throw new IllegalArgumentException(key + " is a secret: use credentials()");
    }
    @SuppressWarnings("unchecked") // each entry was parsed by its own key
    T value = (T) parsed.get(key);
    return value;
  }

  /**
   * Whether publishing is active: {@code xray.enabled} is not false, and either an endpoint and credentials
   * are configured or {@code xray.dry-run} is true. When it is not, adapters stay inert: no network, no files.
   */
  public boolean isActive() {
    return enabled() && (dryRun() || (url != null && credentials != null));
  }

  /** {@code xray.enabled}. */
  public boolean enabled() {
    return get(XrayKey.ENABLED);
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
    return get(XrayKey.API_VERSION);
  }

  /** The credentials, if configured. */
  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  /** {@code xray.project-key}. */
  public Optional<String> projectKey() {
    return get(XrayKey.PROJECT_KEY);
  }

  /** {@code xray.test-execution-key}. */
  public Optional<String> testExecutionKey() {
    return get(XrayKey.TEST_EXECUTION_KEY);
  }

  /** {@code xray.test-plan-key}. */
  public Optional<String> testPlanKey() {
    return get(XrayKey.TEST_PLAN_KEY);
  }

  /** {@code xray.test-environments}, split on commas. */
  public List<String> testEnvironments() {
    return get(XrayKey.TEST_ENVIRONMENTS);
  }

  /** {@code xray.fix-version}. */
  public Optional<String> fixVersion() {
    return get(XrayKey.FIX_VERSION);
  }

  /** {@code xray.revision}. */
  public Optional<String> revision() {
    return get(XrayKey.REVISION);
  }

  /** {@code xray.summary}. */
  public Optional<String> summary() {
    return get(XrayKey.SUMMARY);
  }

  /** {@code xray.description}. */
  public Optional<String> description() {
    return get(XrayKey.DESCRIPTION);
  }

  /** {@code xray.user}. */
  public Optional<String> user() {
    return get(XrayKey.USER);
  }

  /** {@code xray.report-unannotated}. */
  public boolean reportUnannotated() {
    return get(XrayKey.REPORT_UNANNOTATED);
  }

  /** {@code xray.output-dir}, absolute. */
  public Path outputDir() {
    return outputDir;
  }

  /** {@code xray.dry-run}. */
  public boolean dryRun() {
    return get(XrayKey.DRY_RUN);
  }

  /** {@code xray.fail-on-error}. */
  public boolean failOnError() {
    return get(XrayKey.FAIL_ON_ERROR);
  }

  /** {@code xray.timeout}: the read timeout of one request. */
  public Duration timeout() {
    return get(XrayKey.TIMEOUT);
  }

  /** {@code xray.publish-timeout}: the deadline for publishing one run. */
  public Duration publishTimeout() {
    return get(XrayKey.PUBLISH_TIMEOUT);
  }

  /** {@code xray.max-retries}. */
  public int maxRetries() {
    return get(XrayKey.MAX_RETRIES);
  }

  /** {@code xray.batch-size}. */
  public int batchSize() {
    return get(XrayKey.BATCH_SIZE);
  }

  /** {@code xray.publish-concurrency}: import requests in flight at once once the Test Execution exists. */
  public int publishConcurrency() {
    return get(XrayKey.PUBLISH_CONCURRENCY);
  }

  /** {@code xray.live-interval}: how often results are published while tests run; zero: only at the end. */
  public Duration liveInterval() {
    return get(XrayKey.LIVE_INTERVAL);
  }

  /** {@code xray.proxy}; empty means the JVM's proxy settings apply. */
  public Optional<ProxySettings> proxy() {
    return get(XrayKey.PROXY);
  }

  /** {@code xray.evidence-max-size} in bytes. */
  public long evidenceMaxSize() {
    return get(XrayKey.EVIDENCE_MAX_SIZE);
  }

  /** {@code xray.max-request-size} in bytes. */
  public long maxRequestSize() {
    return get(XrayKey.MAX_REQUEST_SIZE);
  }

  /** {@code xray.status.passed}. */
  public Status statusPassed() {
    return get(XrayKey.STATUS_PASSED);
  }

  /** {@code xray.status.failed}. */
  public Status statusFailed() {
    return get(XrayKey.STATUS_FAILED);
  }

  /** {@code xray.status.aborted}. */
  public Status statusAborted() {
    return get(XrayKey.STATUS_ABORTED);
  }

  /** {@code xray.status.skipped}. */
  public Status statusSkipped() {
    return get(XrayKey.STATUS_SKIPPED);
  }

  /** {@code xray.join-forks}: whether the JVMs of one build share one Test Execution. */
  public boolean joinForks() {
    return get(XrayKey.JOIN_FORKS);
  }

  /** {@code xray.build-id}: an explicit identity of the build for {@link #joinForks()}. */
  public Optional<String> buildId() {
    return get(XrayKey.BUILD_ID);
  }

  /** A comma-separated key as a list (adapter keys such as {@link XrayKey#JUNIT_EXCLUDED_ENGINES}). */
  public List<String> list(XrayKey<List<String>> key) {
    return get(key);
  }

  /**
   * The raw text of a key, or its default; never for a secret key. For showing a value: read it with
   * {@link #get(XrayKey)}.
   *
   * @throws IllegalArgumentException for a secret key
   */
  public Optional<String> value(XrayKey<?> key) {
    if (key.isSecret()) {
      throw new IllegalArgumentException(key + " is a secret: use credentials()");
    }
    return Optional.ofNullable(text(key));
  }

  /** Where the value of a key came from ("environment variable XRAY_URL"), or "default". */
  public String sourceOf(XrayKey<?> key) {
    Value value = values.get(key);
    return value == null ? "default" : value.source();
  }

  /** The text of a secret key, for {@link Redaction} only. */
  Optional<String> secretText(XrayKey<?> key) {
    return Optional.ofNullable(key.isSecret() ? text(key) : null);
  }

  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "XrayConfig[", "]");
    values.forEach((key, value) -> joiner.add(key.key() + "=" + shown(key, value.text())));
    return joiner.toString();
  }

  // ---- parsing --------------------------------------------------------------------------------------------

  private @Nullable String text(XrayKey<?> key) {
    Value value = values.get(key);
    return value != null ? value.text() : key.defaultValue();
  }

  private Object parse(XrayKey<?> key) {
    Value value = values.get(key);
    if (value == null) {
      return key.absent();
    }
    try {
      return key.parse(value.text());
    } catch (ValueParsers.Invalid e) {
      throw e.whole() ? new XrayConfigException(e.getMessage()) : invalid(key, e.getMessage());
    }
  }

  /** A value as a message may show it: a secret masked, a URL without its user-info and query string. */
  private static String shown(XrayKey<?> key, String text) {
    return key.isSecret() ? Redaction.MASK : Redaction.location(text);
  }

  private XrayConfigException invalid(XrayKey<?> key, String expected) {
    Value value = values.get(key);
    String text = value != null ? value.text() : key.defaultValue();
    String shown = key.isSecret() ? Redaction.MASK : "'" + shown(key, String.valueOf(text)) + "'";
    String from = value != null ? " (from " + value.source() + ")" : "";
    return new XrayConfigException(
        key.key() + "=" + shown + from + " is not valid: expected " + expected + ". Fix it, or remove it to use the"
            + " default" + (key.defaultValue() != null ? " (" + key.defaultValue() + ")" : "") + ".");
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
  private void kindIfSet(List<String> kinds, String what, XrayKey<?>... keys) {
    StringJoiner set = new StringJoiner(", ", what + " (", ")");
    boolean any = false;
    for (XrayKey<?> key : keys) {
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
    return new Credentials.OAuth2(id, Secret.of(secret), refresh == null ? null : Secret.of(refresh), get(XrayKey.OAUTH_REDIRECT_URI).orElse(null));
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
}
