package io.github.xray4j.core.client;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.http.Sleeper;
import io.github.xray4j.core.model.Flavour;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Xray REST API, Server/Data Center and Cloud, behind one facade built from an {@link XrayConfig}.
 *
 * <pre>{@code
 * XrayConfig config = XrayConfig.loader().load();
 * try (XrayClient xray = XrayClient.create(config)) {
 *   ImportResult result = xray.importExecution(xrayJson);          // an Xray JSON import document
 *   System.out.println(xray.browseUrl(result.testExecution()));    // https://jira.example.com/browse/CALC-82
 *   result.problems().forEach(System.out::println);                // per-test trouble in a 200
 * } catch (XrayBadRequestException e) {
 *   e.unknownKeys();                                               // [CALC-9]: drop them and send again
 * }
 * }</pre>
 *
 * <p>Configuration read: {@code xray.url} (Server/DC: the Jira base URL; Cloud: the Xray host, default
 * {@code https://xray.cloud.getxray.app}), {@code xray.api-version} (Server/DC: {@code 1.0}, {@code 2.0} or
 * {@code latest}), the credentials ({@code xray.token}; {@code xray.username} and {@code xray.password};
 * {@code xray.client-id} and {@code xray.client-secret}, which select Cloud), {@code xray.timeout} (read
 * timeout; the connect timeout is the smaller of it and 10 s), {@code xray.max-retries} and {@code xray.proxy}
 * (else the JVM's proxy settings).
 *
 * <p>Failures are {@link XrayException}s naming the request, the status, Xray's message and what to check.
 * Transient failures (connection failures, timeouts, 429 with {@code Retry-After}, 502, 503, 504) are retried
 * with exponential backoff and jitter; a request that creates something (an import without a Test Execution
 * key, an issue) is retried only when the server surely did not process it, so a retry never creates a second
 * Test Execution. On Cloud a rejected token is renewed once. TLS certificates are always verified.
 *
 * <p>Every call works on both flavours: on Server/DC through the Xray REST API ({@code /rest/raven}) and Jira's
 * ({@code /rest/api/2}); on Cloud through the REST imports and Xray's GraphQL API ({@code /api/v2/graphql}),
 * which names issues by id: the keys given here are looked up in batches ({@code jql: "key in (...)"}) and
 * remembered for the client's life; lists are read in pages of 100 to the end. GraphQL {@code errors} fail the
 * call (also when they come with partial data), Xray's {@code warnings} are logged. On Cloud, Jira itself is
 * out of reach of an Xray API key: {@link #getIssue(String)} and {@link #createIssue(Map)} cover Xray's issue
 * types (Test, Test Execution, Test Plan, Test Set, Pre-Condition) and {@link #myself()} checks the API key.
 * Thread-safe.
 */
public interface XrayClient extends AutoCloseable {

  /**
   * A client for this configuration.
   *
   * @throws io.github.xray4j.core.config.XrayConfigException when {@code xray.url} or credentials are missing
   */
  static XrayClient create(XrayConfig config) {
    return Clients.create(config, Sleeper.SYSTEM, Clock.systemUTC());
  }

  /** Server/DC or Cloud. */
  Flavour flavour();

  // ---- imports ----------------------------------------------------------------------------------------------

  /**
   * Imports an Xray JSON document: into its {@code testExecutionKey}, or into a new Test Execution made from
   * its {@code info}.
   */
  ImportResult importExecution(byte[] xrayJson);

  /**
   * Imports Xray JSON results into a new Test Execution whose Jira fields are {@code infoJson} (Server: a Jira
   * create-issue document; Cloud: also {@code xrayFields}). Always creates a Test Execution.
   */
  ImportResult importExecutionMultipart(byte[] resultsJson, byte[] infoJson);

  /** Imports a Cucumber JSON report; always creates a Test Execution. */
  ImportResult importCucumber(byte[] cucumberJson);

  /** Imports a Cucumber JSON report into a new Test Execution with these Jira fields. */
  ImportResult importCucumberMultipart(byte[] cucumberJson, byte[] infoJson);

  /** Imports a JUnit XML report (Surefire, Gradle, ...) with these parameters. */
  ImportResult importJunitXml(byte[] junitXml, ImportParameters parameters);

  // ---- issues -----------------------------------------------------------------------------------------------

  /**
   * Creates an empty Test Execution: on Server/DC through Jira ({@code issuetype} "Test Execution"), on Cloud
   * through GraphQL {@code createTestExecution}. Never retried after the request may have reached the server.
   */
  IssueRef createTestExecution(NewTestExecution execution);

  /**
   * Creates a Jira issue from these fields ({@code {"fields": fields}}), for example
   * {@code Map.of("project", Map.of("key", "CALC"), "summary", "Nightly", "issuetype", Map.of("name", "Test Execution"))}.
   * On Cloud the issue type must be one of Xray's (Test, Test Execution, Test Plan, Test Set, Pre-Condition),
   * created with its GraphQL mutation ({@code createTestPlan}, ...).
   *
   * @throws IllegalArgumentException on Cloud, for another issue type
   */
  IssueRef createIssue(Map<String, ?> fields);

  /**
   * A Jira issue. On Cloud one of Xray's issue types, with {@code summary}, {@code issuetype}, {@code project}
   * and {@code status} among its fields.
   *
   * @throws XrayNotFoundException when there is no such issue (on Cloud: no such Xray issue)
   */
  JiraIssue getIssue(String key);

  /**
   * The Test Executions that match a JQL query, at most {@code limit} (1 to 100): on Server/DC through Jira's
   * search ({@code GET /rest/api/2/search}), on Cloud through GraphQL {@code getTestExecutions(jql: ...)}. The
   * publisher uses it to find the Test Execution a creating request whose answer was lost may have created.
   */
  List<IssueRef> findTestExecutions(String jql, int limit);

  /**
   * The user the credentials belong to: the cheapest check that URL and credentials work. On Cloud, where an
   * API key reads no Jira user, it checks the key with a small GraphQL query and names only the key.
   */
  JiraUser myself();

  /**
   * The browser link of an issue: the part of its {@code self} link before {@code /rest/}, then
   * {@code /browse/KEY}. Without a {@code self} link: {@code xray.url/browse/KEY} on Server/DC, the bare key on
   * Cloud (the Jira site is not known there).
   */
  String browseUrl(IssueRef issue);

  // ---- Tests and steps --------------------------------------------------------------------------------------

  /** The Tests with these keys (those that exist, in no particular order). */
  List<XrayTest> getTests(Collection<String> keys);

  /**
   * The steps of a Manual Test (Server/DC: v1 {@code step} or v2 {@code steps} endpoint, by
   * {@code xray.api-version}; Cloud: {@code getTest { steps }}).
   */
  List<TestStepDefinition> getTestSteps(String testKey);

  /** Adds a step to a Manual Test; returns its id. */
  String createTestStep(String testKey, String action, String data, String result);

  /** Changes a step of a Manual Test. */
  void updateTestStep(String testKey, String stepId, String action, String data, String result);

  /** Removes a step of a Manual Test. */
  void deleteTestStep(String testKey, String stepId);

  // ---- associations -----------------------------------------------------------------------------------------

  /** The issues of one association list, such as the Tests of a Test Plan. */
  List<LinkedIssue> getLinked(Association association, String key);

  /** The Tests of a Test Execution, one page ({@code page} from 1; {@code limit} per page). */
  List<LinkedIssue> getExecutionTests(String testExecutionKey, boolean detailed, int limit, int page);

  /**
   * Adds and removes issues of an association list.
   *
   * @throws XrayBadRequestException when Xray reports errors (Server/DC answers 200 with a list of them)
   * @throws XrayNotFoundException on Cloud, when a key names no issue of the right type
   */
  void updateLinked(Association association, String key, Collection<String> add, Collection<String> remove);

  /**
   * Links Tests to a requirement they cover: on Server/DC a Jira issue link of type {@code Tests} (the Test
   * "tests" the requirement; {@code POST /rest/api/2/issueLink}, one per Test), on Cloud GraphQL
   * {@code addTestsToRequirement}, the requirement found among Xray's coverable issues. Linking a Test again
   * changes nothing.
   *
   * @throws XrayNotFoundException when the requirement or a Test is unknown (on Cloud also when the issue is not a
   *     requirement: not of an issue type Xray is configured to cover)
   */
  void linkTestsToRequirement(String requirementKey, Collection<String> testKeys);

  // ---- Test Runs --------------------------------------------------------------------------------------------

  /** The run of a Test in a Test Execution. */
  TestRun getTestRun(String testExecutionKey, String testKey);

  /** A run by id ({@link TestRun#id()}). */
  TestRun getTestRun(String id);

  /** The status name of a run. */
  String getTestRunStatus(String id);

  /** Sets the status of a run (Server/DC: {@code PASS}, ...; Cloud: {@code PASSED}, ...; or a custom one). */
  void setTestRunStatus(String id, String status);

  /** The raw comment of a run, if any. */
  Optional<String> getTestRunComment(String id);

  /** Replaces the comment of a run. */
  void setTestRunComment(String id, String comment);

  /**
   * Links defects to a run.
   *
   * @throws XrayBadRequestException when Xray reports errors (on Cloud: warnings with defects left unlinked)
   */
  void addTestRunDefects(String id, Collection<String> defectKeys);

  /**
   * Attaches evidence to a run: its file name, content type and bytes (sent as {@code contentType} on
   * Server/DC and {@code mimeType} on Cloud).
   *
   * @throws XrayBadRequestException on Cloud, when Xray warns that the evidence was not added
   * @throws java.io.UncheckedIOException when the evidence's file cannot be read
   */
  void addTestRunEvidence(String id, io.github.xray4j.core.model.Evidence evidence);

  /**
   * Changes a run in one call: status, assignee, comment, defects, evidence, example statuses and step results.
   * Server/DC: one {@code PUT testrun/{id}} (evidence as {@code evidences}, the name that endpoint takes). Cloud,
   * which has no single mutation for it: {@code updateTestRunStatus}, {@code updateTestRunComment},
   * {@code updateTestRun} (assignee), {@code addDefectsToTestRun}, {@code removeDefectsFromTestRun},
   * {@code addEvidenceToTestRun}, {@code removeEvidenceFromTestRun}, {@code updateTestRunExampleStatus} and
   * {@code updateTestRunStep}, one after the other, each only when the update sets it; the first that fails
   * stops the rest.
   *
   * @throws XrayBadRequestException when Xray refuses the change (on Cloud also: warnings with defects or
   *     evidence left out)
   */
  void updateTestRun(String id, TestRunUpdate update);

  /**
   * One iteration of a data-driven run. Server/DC: {@code GET testrun/{id}/iteration/{iterationId}} of the 2.0
   * API; Cloud: the iteration of that rank in {@code getTestRunById}.
   *
   * @param iterationId the iteration's id on Server/DC, its rank on Cloud ({@link TestRun.Iteration#rank()})
   * @throws IllegalStateException on Server/DC with {@code xray.api-version=1.0}, which has no iteration endpoints
   * @throws XrayNotFoundException when the run has no such iteration
   */
  TestRun.Iteration getTestRunIteration(String runId, String iterationId);

  /**
   * Sets the status and step results of one iteration. Server/DC: {@code PUT testrun/{id}/iteration/{iterationId}}
   * of the 2.0 API; Cloud: {@code updateIterationStatus} and {@code updateTestRunStep} with the iteration's rank.
   *
   * @param status the iteration's new status, or null to leave it
   * @param steps new step results of the iteration
   * @throws IllegalStateException on Server/DC with {@code xray.api-version=1.0}, which has no iteration endpoints
   */
  void updateTestRunIteration(String runId, String iterationId, @Nullable String status, List<TestRunUpdate.Step> steps);

  /**
   * Test runs of a Test Execution and/or Test Plan, one page ({@code page} from 1; Server/DC
   * {@code /rest/raven/1.0/testruns} or, with {@code xray.api-version} 2.0, {@code /rest/raven/2.0/api/testruns};
   * Cloud {@code getTestRuns}); a null key is left out. Server/DC's export names the run's dates {@code start}
   * and {@code finish}, its other answers {@code startedOn} and {@code finishedOn}: both land in
   * {@link TestRun#startedOn()} and {@link TestRun#finishedOn()}.
   */
  List<TestRun> exportTestRuns(@Nullable String testExecutionKey, @Nullable String testPlanKey, int limit, int page);

  // ---- features and settings --------------------------------------------------------------------------------

  /**
   * Imports a {@code .feature} file or a zip of them into a project: Xray creates or updates the Tests and
   * Pre-Conditions they describe. What Xray refuses (a scenario it cannot read, a key that does not exist) is
   * in {@link FeatureImportResult#refused()} beside what it imported; nothing is thrown for it.
   *
   * @throws XrayException when the import as a whole fails (authentication, no such project, ...)
   */
  FeatureImportResult importFeatures(FeatureImportRequest request);

  /**
   * The Cucumber Tests of these issues or this filter as a zip of {@code .feature} files, as Xray writes them
   * (with its tags: {@code @TEST_CALC-13}, {@code @REQ_CALC-9}); Server/DC {@code export/test?fz=true}, Cloud
   * {@code export/cucumber}. An empty array when Xray answers with no body.
   */
  byte[] exportFeatures(FeatureExportRequest request);

  /** The Test Run statuses defined on this Xray instance. */
  List<TestRunStatusSetting> getTestRunStatuses();

  /** Releases nothing the JVM would not: the client holds no threads or files. */
  @Override
  void close();
}
