package io.github.xray4j.core.config;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The registry of every configuration key xray4j reads. Each key can be set, from highest to lowest
 * precedence, as a JVM system property ({@code -Dxray.url=...}), an environment variable ({@link #envName()}:
 * upper case, {@code .} and {@code -} become {@code _}, so {@code xray.test-execution-key} is
 * {@code XRAY_TEST_EXECUTION_KEY}), a framework parameter (JUnit configuration parameters, Cucumber
 * properties), an entry in {@code xray.properties} on the test classpath, or left to its default.
 */
public enum XrayKey {
  /** Whether reporting is on at all; default {@code true}. Publishing also needs an endpoint and credentials. */
  ENABLED("xray.enabled", "true"),
  /**
   * Base URL: the Jira base URL for Server/DC ({@code https://jira.example.com}), or the Xray Cloud host; no
   * default for Server/DC, {@code https://xray.cloud.getxray.app} for Cloud.
   */
  URL("xray.url", null),
  /** Server/DC REST API version: {@code 1.0}, {@code 2.0} or {@code latest}; default {@code 2.0}. */
  API_VERSION("xray.api-version", "2.0"),
  /** Server/DC: a Jira Personal Access Token, sent as a bearer token. Secret; no default. */
  TOKEN("xray.token", null, true),
  /** Server/DC: the Jira user name for Basic authentication; no default. */
  USERNAME("xray.username", null),
  /** Server/DC: the Jira password for Basic authentication. Secret; no default. */
  PASSWORD("xray.password", null, true),
  /** Cloud: the API key's client id. Setting it selects Xray Cloud; no default. */
  CLIENT_ID("xray.client-id", null),
  /** Cloud: the API key's client secret. Secret; no default. */
  CLIENT_SECRET("xray.client-secret", null, true),
  /**
   * Server/DC, OAuth 2.0: the client id of the Jira incoming application link (Jira Data Center's OAuth 2.0
   * provider); no default. With {@link #OAUTH_REFRESH_TOKEN} it acts as the user who logged in, without it as
   * the link's service account (client credentials grant).
   */
  OAUTH_CLIENT_ID("xray.oauth.client-id", null),
  /** Server/DC, OAuth 2.0: the client secret of that application link. Secret; no default. */
  OAUTH_CLIENT_SECRET("xray.oauth.client-secret", null, true),
  /**
   * Server/DC, OAuth 2.0: the refresh token {@code xray-cli oauth login} printed, exchanged for access tokens.
   * Secret; no default.
   */
  OAUTH_REFRESH_TOKEN("xray.oauth.refresh-token", null, true),
  /**
   * Server/DC, OAuth 2.0: the redirect URL registered on the application link; sent with every token request
   * (Jira checks it on refresh too) and used by {@code xray-cli oauth login}. Default: none on refresh,
   * {@code http://127.0.0.1:<free port>/callback} for the login.
   */
  OAUTH_REDIRECT_URI("xray.oauth.redirect-uri", null),
  /** Server/DC, OAuth 1.0a: the consumer key of the Jira application link; no default. */
  OAUTH_CONSUMER_KEY("xray.oauth.consumer-key", null),
  /**
   * Server/DC, OAuth 1.0a: the RSA private key whose public key the application link holds, as PEM (PKCS#8 or
   * PKCS#1) inline or as {@code file:/path/to/key.pem}. Secret; no default.
   */
  OAUTH_PRIVATE_KEY("xray.oauth.private-key", null, true),
  /**
   * Server/DC, OAuth 1.0a: the access token {@code xray-cli oauth login} printed; without it requests are
   * two-legged (the link must allow that). Secret; no default.
   */
  OAUTH_ACCESS_TOKEN("xray.oauth.access-token", null, true),
  /** The Jira project key for new Test Executions and provisioned Tests ({@code CALC}); no default. */
  PROJECT_KEY("xray.project-key", null),
  /** An existing Test Execution to import into ({@code CALC-2001}); default: create one per run. */
  TEST_EXECUTION_KEY("xray.test-execution-key", null),
  /** The Test Plan to link the Test Execution to ({@code CALC-100}); no default. */
  TEST_PLAN_KEY("xray.test-plan-key", null),
  /** Test Environments of the execution, comma-separated ({@code chrome,linux}); no default. */
  TEST_ENVIRONMENTS("xray.test-environments", null),
  /** The fix version of the Test Execution ({@code 1.4}); no default. */
  FIX_VERSION("xray.fix-version", null),
  /** The source revision tested, such as a commit id; no default. */
  REVISION("xray.revision", null),
  /** The summary of a new Test Execution; default {@code "Automated test run <start time>"}. */
  SUMMARY("xray.summary", null),
  /** The description of a new Test Execution; no default. */
  DESCRIPTION("xray.description", null),
  /** The user recorded as having run the tests; no default. */
  USER("xray.user", null),
  /**
   * Whether tests without a Test key are reported too, provisioned by definition in {@link #PROJECT_KEY};
   * default {@code false}.
   */
  REPORT_UNANNOTATED("xray.report-unannotated", "false"),
  /**
   * Where import documents are written before they are sent; default {@code target/xray}, or
   * {@code build/xray} in a Gradle project.
   */
  OUTPUT_DIR("xray.output-dir", null),
  /** Write the import documents but send nothing; default {@code false}. */
  DRY_RUN("xray.dry-run", "false"),
  /** Fail the build when publishing fails; default {@code false} (the failure is logged and the file kept). */
  FAIL_ON_ERROR("xray.fail-on-error", "false"),
  /**
   * Read timeout of one request: seconds ({@code 90}), with a unit ({@code 500ms}, {@code 90s}, {@code 2m})
   * or ISO-8601 ({@code PT90S}); default {@code 60s}.
   */
  TIMEOUT("xray.timeout", "60s"),
  /** Overall deadline for publishing one run, all retries included; default {@code 5m}. */
  PUBLISH_TIMEOUT("xray.publish-timeout", "5m"),
  /** Retries of a request that failed for a transient reason (connection, 429, 502-504); default {@code 3}. */
  MAX_RETRIES("xray.max-retries", "3"),
  /** The most test results sent in one import request; default {@code 500}. */
  BATCH_SIZE("xray.batch-size", "500"),
  /**
   * The largest import request, estimated from the results' evidence ({@code 32MB}, {@code 512KB}): a batch is
   * closed early when the next result would take it over; a single larger result is sent alone. Default
   * {@code 32MB}.
   */
  MAX_REQUEST_SIZE("xray.max-request-size", "32MB"),
  /**
   * How many import requests may be in flight at once after the first one (which creates the Test Execution, or
   * goes first into the configured one), from 1 (one after the other) to 16; default {@code 4}.
   */
  PUBLISH_CONCURRENCY("xray.publish-concurrency", "4"),
  /**
   * How often results are published while the tests still run ({@code 30s}, {@code 2m}); {@code 0} publishes
   * only at the end of the run. Results are also sent as soon as {@code xray.batch-size} of them are waiting.
   * Default {@code 30s}.
   */
  LIVE_INTERVAL("xray.live-interval", "30s"),
  /**
   * Proxy for requests to Xray, {@code http://host:port} or {@code host:port}; default: the JVM's proxy
   * settings ({@code https.proxyHost} and friends).
   */
  PROXY("xray.proxy", null),
  /** Evidence files larger than this are left out with a warning ({@code 10MB}, {@code 512KB}); default {@code 10MB}. */
  EVIDENCE_MAX_SIZE("xray.evidence-max-size", "10MB"),
  /** The status reported for a passed test; default {@code PASS} ({@code PASSED} on Cloud). */
  STATUS_PASSED("xray.status.passed", "PASS"),
  /** The status reported for a failed test; default {@code FAIL} ({@code FAILED} on Cloud). */
  STATUS_FAILED("xray.status.failed", "FAIL"),
  /** The status reported for an aborted test (a failed assumption); default {@code ABORTED}. */
  STATUS_ABORTED("xray.status.aborted", "ABORTED"),
  /** The status reported for a disabled or skipped test; default {@code TODO}. */
  STATUS_SKIPPED("xray.status.skipped", "TODO"),
  /**
   * JUnit: test engines whose tests the JUnit listener leaves alone, comma-separated; default
   * {@code cucumber} (the Cucumber plugin reports those).
   */
  JUNIT_EXCLUDED_ENGINES("xray.junit.excluded-engines", "cucumber"),
  /**
   * Cucumber: tag prefixes that name a Test, comma-separated; a tag that is a bare issue key
   * ({@code @CALC-1}) always counts. Default {@code TEST_}; Cloud users often add {@code TestName:}.
   */
  CUCUMBER_TEST_TAG_PREFIXES("xray.cucumber.test-tag-prefixes", "TEST_"),
  /** Cucumber: tag prefixes that name a requirement, comma-separated; default {@code REQ_}. */
  CUCUMBER_REQUIREMENT_TAG_PREFIXES("xray.cucumber.requirement-tag-prefixes", "REQ_"),
  /**
   * Cucumber: how a Scenario Outline's rows are sent: {@code examples} (one status per row, for Cucumber Tests),
   * {@code iterations} (one iteration per row with its parameter names and values, for Generic Tests), or
   * {@code auto}: ask Xray Server/DC once per run for the type of the Tests outlines report to (Generic gets
   * iterations, every other type examples), and use examples on Cloud, in a dry run or when Xray cannot say.
   * Default {@code auto}.
   */
  CUCUMBER_OUTLINE_RESULTS("xray.cucumber.outline-results", "auto"),
  /**
   * Whether the JVMs of one build that write to the same {@link #OUTPUT_DIR} (Surefire/Failsafe forks, Gradle
   * test workers, Surefire and Failsafe in one build) share one Test Execution when no
   * {@link #TEST_EXECUTION_KEY} is set: the first to publish creates it, the others import into it. Default
   * {@code true}; set {@code false} for one Test Execution per JVM.
   */
  JOIN_FORKS("xray.join-forks", "true"),
  /**
   * What identifies one build for {@link #JOIN_FORKS}: JVMs with the same build id join one Test Execution.
   * Default: computed (the Maven JVM running the build, otherwise JVMs of the build that overlap in time); set
   * it to something unique per build (a CI run id) when the default does not fit, such as a Gradle daemon
   * running {@code test} and {@code integrationTest} that should share one execution.
   */
  BUILD_ID("xray.build-id", null);

  private final String key;
  private final @Nullable String defaultValue;
  private final boolean secret;

  XrayKey(String key, @Nullable String defaultValue) {
    this(key, defaultValue, false);
  }

  XrayKey(String key, @Nullable String defaultValue, boolean secret) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.secret = secret;
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

  /** The key with this property name, if there is one. */
  public static java.util.Optional<XrayKey> byKey(String key) {
    for (XrayKey k : values()) {
      if (k.key.equals(key)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}
