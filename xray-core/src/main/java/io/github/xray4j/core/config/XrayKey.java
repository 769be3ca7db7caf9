package io.github.xray4j.core.config;

import io.github.xray4j.core.config.ValueParsers.ValueParser;
import io.github.xray4j.core.model.Status;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry of every configuration key xray4j reads: each key a typed constant with its name, its default,
 * the parser (and range) of its values and whether it is a secret, read as {@code config.get(XrayKey.TIMEOUT)}.
 * Each key can be set, from highest to lowest precedence, as a JVM system property ({@code -Dxray.url=...}), an
 * environment variable ({@link #envName()}: upper case, {@code .} and {@code -} become {@code _}, so
 * {@code xray.test-execution-key} is {@code XRAY_TEST_EXECUTION_KEY}), a framework parameter (JUnit
 * configuration parameters, Cucumber properties), an entry in {@code xray.properties} on the test classpath, or
 * left to its default. A key without a default reads as an {@link Optional} (or an empty list).
 *
 * <p>A new key is one constant here (and one row in the README's table of keys).
 *
 * @param <T> the type of the key's value
 */
public final class XrayKey<T> {

  /** The longest duration a key accepts: a read timeout above it would overflow Feign's int milliseconds. */
  static final Duration MAX_DURATION = Duration.ofHours(24);

  /** The largest size a key accepts: 2GB, more than a Java array (and so one request or evidence) holds. */
  static final long MAX_SIZE = 2L * 1024 * 1024 * 1024;

  private static final List<XrayKey<?>> ALL = new ArrayList<>();

  /** Whether reporting is on at all; default {@code true}. Publishing also needs an endpoint and credentials. */
  public static final XrayKey<Boolean> ENABLED =
      of("xray.enabled", "true", ValueParsers.bool());

  /**
   * Base URL: the Jira base URL for Server/DC ({@code https://jira.example.com}), or the Xray Cloud host; no
   * default for Server/DC, {@code https://xray.cloud.getxray.app} for Cloud.
   */
  public static final XrayKey<Optional<URI>> URL =
      optional("xray.url", ValueParsers.baseUrl("xray.url"));

  /** Server/DC REST API version: {@code 1.0}, {@code 2.0} or {@code latest}; default {@code 2.0}. */
  public static final XrayKey<String> API_VERSION =
      of("xray.api-version", "2.0", ValueParsers.oneOf("1.0", "2.0", "latest"));

  /** Server/DC: a Jira Personal Access Token, sent as a bearer token. Secret; no default. */
  public static final XrayKey<Optional<String>> TOKEN =
      secret("xray.token");

  /** Server/DC: the Jira user name for Basic authentication; no default. */
  public static final XrayKey<Optional<String>> USERNAME =
      optional("xray.username", ValueParsers.text());

  /** Server/DC: the Jira password for Basic authentication. Secret; no default. */
  public static final XrayKey<Optional<String>> PASSWORD =
      secret("xray.password");

  /** Cloud: the API key's client id. Setting it selects Xray Cloud; no default. */
  public static final XrayKey<Optional<String>> CLIENT_ID =
      optional("xray.client-id", ValueParsers.text());

  /** Cloud: the API key's client secret. Secret; no default. */
  public static final XrayKey<Optional<String>> CLIENT_SECRET =
      secret("xray.client-secret");

  /**
   * Server/DC, OAuth 2.0: the client id of the Jira incoming application link (Jira Data Center's OAuth 2.0
   * provider); no default. With {@link #OAUTH_REFRESH_TOKEN} it acts as the user who logged in, without it as
   * the link's service account (client credentials grant).
   */
  public static final XrayKey<Optional<String>> OAUTH_CLIENT_ID =
      optional("xray.oauth.client-id", ValueParsers.text());

  /** Server/DC, OAuth 2.0: the client secret of that application link. Secret; no default. */
  public static final XrayKey<Optional<String>> OAUTH_CLIENT_SECRET =
      secret("xray.oauth.client-secret");

  /**
   * Server/DC, OAuth 2.0: the refresh token {@code xray-cli oauth login} printed, exchanged for access tokens.
   * Secret; no default.
   */
  public static final XrayKey<Optional<String>> OAUTH_REFRESH_TOKEN =
      secret("xray.oauth.refresh-token");

  /**
   * Server/DC, OAuth 2.0: the redirect URL registered on the application link; sent with every token request
   * (Jira checks it on refresh too) and used by {@code xray-cli oauth login}. Default: none on refresh,
   * {@code http://127.0.0.1:<free port>/callback} for the login.
   */
  public static final XrayKey<Optional<URI>> OAUTH_REDIRECT_URI =
      optional("xray.oauth.redirect-uri", ValueParsers.url("the redirect URL registered on the Jira application link, such as http://127.0.0.1:8765/callback"));

  /** Server/DC, OAuth 1.0a: the consumer key of the Jira application link; no default. */
  public static final XrayKey<Optional<String>> OAUTH_CONSUMER_KEY =
      optional("xray.oauth.consumer-key", ValueParsers.text());

  /**
   * Server/DC, OAuth 1.0a: the RSA private key whose public key the application link holds, as PEM (PKCS#8 or
   * PKCS#1) inline or as {@code file:/path/to/key.pem}. Secret; no default.
   */
  public static final XrayKey<Optional<String>> OAUTH_PRIVATE_KEY =
      secret("xray.oauth.private-key");

  /**
   * Server/DC, OAuth 1.0a: the access token {@code xray-cli oauth login} printed; without it requests are
   * two-legged (the link must allow that). Secret; no default.
   */
  public static final XrayKey<Optional<String>> OAUTH_ACCESS_TOKEN =
      secret("xray.oauth.access-token");

  /** The Jira project key for new Test Executions and provisioned Tests ({@code CALC}); no default. */
  public static final XrayKey<Optional<String>> PROJECT_KEY =
      optional("xray.project-key", ValueParsers.projectKey());

  /** An existing Test Execution to import into ({@code CALC-2001}); default: create one per run. */
  public static final XrayKey<Optional<String>> TEST_EXECUTION_KEY =
      optional("xray.test-execution-key", ValueParsers.issueKey("CALC-2001"));

  /** The Test Plan to link the Test Execution to ({@code CALC-100}); no default. */
  public static final XrayKey<Optional<String>> TEST_PLAN_KEY =
      optional("xray.test-plan-key", ValueParsers.issueKey("CALC-100"));

  /** Test Environments of the execution, comma-separated ({@code chrome,linux}); no default. */
  public static final XrayKey<List<String>> TEST_ENVIRONMENTS =
      list("xray.test-environments", null);

  /** The fix version of the Test Execution ({@code 1.4}); no default. */
  public static final XrayKey<Optional<String>> FIX_VERSION =
      optional("xray.fix-version", ValueParsers.text());

  /** The source revision tested, such as a commit id; no default. */
  public static final XrayKey<Optional<String>> REVISION =
      optional("xray.revision", ValueParsers.text());

  /** The summary of a new Test Execution; default {@code "Automated test run <start time>"}. */
  public static final XrayKey<Optional<String>> SUMMARY =
      optional("xray.summary", ValueParsers.text());

  /** The description of a new Test Execution; no default. */
  public static final XrayKey<Optional<String>> DESCRIPTION =
      optional("xray.description", ValueParsers.text());

  /** The user recorded as having run the tests; no default. */
  public static final XrayKey<Optional<String>> USER =
      optional("xray.user", ValueParsers.text());

  /**
   * Whether tests without a Test key are reported too, provisioned by definition in {@link #PROJECT_KEY};
   * default {@code false}.
   */
  public static final XrayKey<Boolean> REPORT_UNANNOTATED =
      of("xray.report-unannotated", "false", ValueParsers.bool());

  /**
   * Where import documents are written before they are sent; default {@code target/xray}, or
   * {@code build/xray} in a Gradle project.
   */
  public static final XrayKey<Optional<Path>> OUTPUT_DIR =
      optional("xray.output-dir", ValueParsers.path());

  /** Write the import documents but send nothing; default {@code false}. */
  public static final XrayKey<Boolean> DRY_RUN =
      of("xray.dry-run", "false", ValueParsers.bool());

  /** Fail the build when publishing fails; default {@code false} (the failure is logged and the file kept). */
  public static final XrayKey<Boolean> FAIL_ON_ERROR =
      of("xray.fail-on-error", "false", ValueParsers.bool());

  /**
   * Read timeout of one request: seconds ({@code 90}), with a unit ({@code 500ms}, {@code 90s}, {@code 2m})
   * or ISO-8601 ({@code PT90S}); default {@code 60s}.
   */
  public static final XrayKey<Duration> TIMEOUT =
      of("xray.timeout", "60s", ValueParsers.duration(MAX_DURATION, false));

  /** Overall deadline for publishing one run, all retries included; default {@code 5m}. */
  public static final XrayKey<Duration> PUBLISH_TIMEOUT =
      of("xray.publish-timeout", "5m", ValueParsers.duration(MAX_DURATION, false));

  /** Retries of a request that failed for a transient reason (connection, 429, 502-504); default {@code 3}. */
  public static final XrayKey<Integer> MAX_RETRIES =
      of("xray.max-retries", "3", ValueParsers.integer(0, 20));

  /** The most test results sent in one import request; default {@code 500}. */
  public static final XrayKey<Integer> BATCH_SIZE =
      of("xray.batch-size", "500", ValueParsers.integer(1, 100_000));

  /**
   * The largest import request, estimated from the results' evidence ({@code 32MB}, {@code 512KB}): a batch is
   * closed early when the next result would take it over; a single larger result is sent alone. Default
   * {@code 32MB}.
   */
  public static final XrayKey<Long> MAX_REQUEST_SIZE =
      of("xray.max-request-size", "32MB", ValueParsers.size(1, MAX_SIZE));

  /**
   * How many import requests may be in flight at once after the first one (which creates the Test Execution, or
   * goes first into the configured one), from 1 (one after the other) to 16; default {@code 4}.
   */
  public static final XrayKey<Integer> PUBLISH_CONCURRENCY =
      of("xray.publish-concurrency", "4", ValueParsers.integer(1, 16));

  /**
   * How often results are published while the tests still run ({@code 30s}, {@code 2m}); {@code 0} publishes
   * only at the end of the run. Results are also sent as soon as {@code xray.batch-size} of them are waiting.
   * Default {@code 30s}.
   */
  public static final XrayKey<Duration> LIVE_INTERVAL =
      of("xray.live-interval", "30s", ValueParsers.duration(MAX_DURATION, true));

  /**
   * Proxy for requests to Xray, {@code http://host:port} or {@code host:port}; default: the JVM's proxy
   * settings ({@code https.proxyHost} and friends).
   */
  public static final XrayKey<Optional<ProxySettings>> PROXY =
      optional("xray.proxy", ValueParsers.proxy());

  /** Evidence files larger than this are left out with a warning ({@code 10MB}, {@code 512KB}); default {@code 10MB}. */
  public static final XrayKey<Long> EVIDENCE_MAX_SIZE =
      of("xray.evidence-max-size", "10MB", ValueParsers.size(0, MAX_SIZE));

  /** The status reported for a passed test; default {@code PASS} ({@code PASSED} on Cloud). */
  public static final XrayKey<Status> STATUS_PASSED =
      of("xray.status.passed", "PASS", ValueParsers.status());

  /** The status reported for a failed test; default {@code FAIL} ({@code FAILED} on Cloud). */
  public static final XrayKey<Status> STATUS_FAILED =
      of("xray.status.failed", "FAIL", ValueParsers.status());

  /** The status reported for an aborted test (a failed assumption); default {@code ABORTED}. */
  public static final XrayKey<Status> STATUS_ABORTED =
      of("xray.status.aborted", "ABORTED", ValueParsers.status());

  /** The status reported for a disabled or skipped test; default {@code TODO}. */
  public static final XrayKey<Status> STATUS_SKIPPED =
      of("xray.status.skipped", "TODO", ValueParsers.status());

  /**
   * JUnit: test engines whose tests the JUnit listener leaves alone, comma-separated; default
   * {@code cucumber} (the Cucumber plugin reports those).
   */
  public static final XrayKey<List<String>> JUNIT_EXCLUDED_ENGINES =
      list("xray.junit.excluded-engines", "cucumber");

  /**
   * JUnit: whether the JUnit {@code @Tag}s of a test become labels of the Test xray4j creates for it (besides
   * the {@code labels} of its {@code @XrayTest}); default {@code false}.
   */
  public static final XrayKey<Boolean> JUNIT_TAGS_AS_LABELS =
      of("xray.junit.tags-as-labels", "false", ValueParsers.bool());

  /**
   * Cucumber: tag prefixes that name a Test, comma-separated; a tag that is a bare issue key
   * ({@code @CALC-1}) always counts. Default {@code TEST_}; Cloud users often add {@code TestName:}.
   */
  public static final XrayKey<List<String>> CUCUMBER_TEST_TAG_PREFIXES =
      list("xray.cucumber.test-tag-prefixes", "TEST_");

  /** Cucumber: tag prefixes that name a requirement, comma-separated; default {@code REQ_}. */
  public static final XrayKey<List<String>> CUCUMBER_REQUIREMENT_TAG_PREFIXES =
      list("xray.cucumber.requirement-tag-prefixes", "REQ_");

  /**
   * Cucumber: how a Scenario Outline's rows are sent: {@code examples} (one status per row, for Cucumber Tests),
   * {@code iterations} (one iteration per row with its parameter names and values, for Generic Tests), or
   * {@code auto}: ask Xray Server/DC once per run for the type of the Tests outlines report to (Generic gets
   * iterations, every other type examples), and use examples on Cloud, in a dry run or when Xray cannot say.
   * Default {@code auto}.
   */
  public static final XrayKey<OutlineResults> CUCUMBER_OUTLINE_RESULTS =
      of("xray.cucumber.outline-results", "auto", ValueParsers.oneOf(OutlineResults.class));

  /**
   * Whether the JVMs of one build that write to the same {@link #OUTPUT_DIR} (Surefire/Failsafe forks, Gradle
   * test workers, Surefire and Failsafe in one build) share one Test Execution when no
   * {@link #TEST_EXECUTION_KEY} is set: the first to publish creates it, the others import into it. Default
   * {@code true}; set {@code false} for one Test Execution per JVM.
   */
  public static final XrayKey<Boolean> JOIN_FORKS =
      of("xray.join-forks", "true", ValueParsers.bool());

  /**
   * What identifies one build for {@link #JOIN_FORKS}: JVMs with the same build id join one Test Execution.
   * Default: computed (the Maven JVM running the build, otherwise JVMs of the build that overlap in time); set
   * it to something unique per build (a CI run id) when the default does not fit, such as a Gradle daemon
   * running {@code test} and {@code integrationTest} that should share one execution.
   */
  public static final XrayKey<Optional<String>> BUILD_ID =
      optional("xray.build-id", ValueParsers.text());

  private final String key;
  private final @Nullable String defaultValue;
  private final boolean secret;
  private final ValueParser<T> parser;
  private final @Nullable T absent;

  private XrayKey(String key, @Nullable String defaultValue, boolean secret, ValueParser<T> parser,
      @Nullable T absent) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.secret = secret;
    this.parser = parser;
    this.absent = absent;
    ALL.add(this);
  }

  private static <T> XrayKey<T> of(String key, String defaultValue, ValueParser<T> parser) {
    return new XrayKey<>(key, defaultValue, false, parser, null);
  }

  private static <T> XrayKey<Optional<T>> optional(String key, ValueParser<T> parser) {
    return new XrayKey<>(key, null, false, text -> Optional.of(parser.parse(text)), Optional.empty());
  }

  private static XrayKey<Optional<String>> secret(String key) {
    return new XrayKey<>(key, null, true, Optional::of, Optional.empty());
  }

  private static XrayKey<List<String>> list(String key, @Nullable String defaultValue) {
    return new XrayKey<>(key, defaultValue, false, ValueParsers.list(), defaultValue == null ? List.of() : null);
  }

  /** The property name, such as {@code xray.test-execution-key}. */
  public String key() {
    return key;
  }

  /** The environment variable name, such as {@code XRAY_TEST_EXECUTION_KEY}. */
  public String envName() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The default as text, or null where there is none (or it is computed). */
  public @Nullable String defaultValue() {
    return defaultValue;
  }

  /** Whether the value is a credential that must never be shown. */
  public boolean isSecret() {
    return secret;
  }

  /** The value of this text; throws {@link ValueParsers.Invalid} when the parser refuses it. */
  T parse(String text) {
    return parser.parse(text);
  }

  /** The value when the key is not set: its default parsed, or empty. */
  T absent() {
    T value = absent;
    if (value == null) {
      value = parser.parse(java.util.Objects.requireNonNull(defaultValue, key));
    }
    return value;
  }

  /** Every key, in the order of this registry. */
  public static XrayKey<?>[] values() {
    return ALL.toArray(XrayKey<?>[]::new);
  }

  /** The key with this property name, if there is one. */
  public static Optional<XrayKey<?>> byKey(String key) {
    for (XrayKey<?> k : ALL) {
      if (k.key.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}
