package io.github.xray4j.core.client;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.http.Bodies;
import io.github.xray4j.core.internal.http.ImportDocuments;
import io.github.xray4j.core.internal.http.JiraApi;
import io.github.xray4j.core.internal.http.Multipart;
import io.github.xray4j.core.internal.http.ServerXrayApi;
import io.github.xray4j.core.internal.http.Wire;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Evidence;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Xray Server/Data Center: {@code {jira}/rest/raven/{version}} and Jira's {@code /rest/api/2}. */
final class ServerXrayClient extends BaseXrayClient {
  private static final System.Logger LOG = System.getLogger(ServerXrayClient.class.getName());

  private final ServerXrayApi raven;
  private final JiraApi jira;
  private final boolean v1;
  private final String baseUrl;
  private final String ravenPath;

  ServerXrayClient(XrayHttp http, XrayConfig config) {
    super(http);
    String version = config.apiVersion();
    this.v1 = version.equals("1.0");
    this.raven = http.api(ServerXrayApi.class, "/rest/raven/" + version);
    this.jira = http.api(JiraApi.class, "/rest/api/2");
    this.baseUrl = http.url().toString();
    this.ravenPath = http.url().getRawPath() + "/rest/raven/" + version;
  }

  // ---- imports ----------------------------------------------------------------------------------------------

  @Override
  public ImportResult importExecution(byte[] xrayJson) {
    return result(call(() -> ImportDocuments.importsIntoExistingExecution(xrayJson)
        ? raven.importExecutionInto(xrayJson)
        : raven.importExecutionCreating(xrayJson)));
  }

  @Override
  public ImportResult importExecutionMultipart(byte[] resultsJson, byte[] infoJson) {
    Multipart body = multipart("result", resultsJson, infoJson);
    return result(call(() -> raven.importExecutionMultipart(body.contentType(), body.body())));
  }

  @Override
  public ImportResult importCucumber(byte[] cucumberJson) {
    return result(call(() -> raven.importCucumber(cucumberJson)));
  }

  @Override
  public ImportResult importCucumberMultipart(byte[] cucumberJson, byte[] infoJson) {
    Multipart body = multipart("result", cucumberJson, infoJson);
    return result(call(() -> raven.importCucumberMultipart(body.contentType(), body.body())));
  }

  @Override
  public ImportResult importJunitXml(byte[] junitXml, ImportParameters parameters) {
    Multipart body = new Multipart().part("file", "junit.xml", "application/xml", junitXml);
    Map<String, String> query = junitQuery(parameters);
    return result(call(() -> parameters.testExecutionKey() != null
        ? raven.importJunitInto(body.contentType(), query, body.body())
        : raven.importJunitCreating(body.contentType(), query, body.body())));
  }

  static Map<String, String> junitQuery(ImportParameters p) {
    Map<String, String> query = new LinkedHashMap<>();
    putIfSet(query, "projectKey", p.projectKey());
    putIfSet(query, "testExecKey", p.testExecutionKey());
    putIfSet(query, "testPlanKey", p.testPlanKey());
    if (!p.testEnvironments().isEmpty()) {
      query.put("testEnvironments", String.join(";", p.testEnvironments()));
    }
    putIfSet(query, "revision", p.revision());
    putIfSet(query, "fixVersion", p.fixVersion());
    return query;
  }

  private static void putIfSet(Map<String, String> query, String name, @Nullable String value) {
    if (value != null) {
      query.put(name, value);
    }
  }

  // ---- issues -----------------------------------------------------------------------------------------------

  @Override
  public IssueRef createTestExecution(NewTestExecution execution) {
    if (!execution.testEnvironments().isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, () -> "Test Environments " + execution.testEnvironments() + " are not"
          + " set on the new Test Execution: on Xray Server/DC they are a custom field; set them with the import"
          + " (xray.test-environments) instead");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("project", Map.of("key", execution.projectKey()));
    fields.put("summary", execution.summary());
    if (execution.description() != null) {
      fields.put("description", execution.description());
    }
    fields.put("issuetype", Map.of("name", "Test Execution"));
    return createIssue(fields);
  }

  @Override
  public IssueRef createIssue(Map<String, ?> fields) {
    return ref(call(() -> jira.createIssue(new Wire.CreateIssue(new LinkedHashMap<>(fields)))));
  }

  @Override
  public JiraIssue getIssue(String key) {
    return jiraIssue(call(() -> jira.issue(key)));
  }

  @Override
  public List<IssueRef> findTestExecutions(String jql, int limit) {
    String query = "issuetype = \"Test Execution\" AND (" + jql + ")";
    return call(() -> jira.search(query, limit)).issues().stream().map(BaseXrayClient::ref).toList();
  }

  @Override
  public JiraUser myself() {
    Wire.JiraUser u = call(jira::myself);
    return new JiraUser(u.name(), u.key(), u.accountId(), u.displayName(), u.emailAddress());
  }

  @Override
  public String browseUrl(IssueRef issue) {
    return browseUrlFromSelf(issue, baseUrl);
  }

  // ---- Tests and steps --------------------------------------------------------------------------------------

  @Override
  public List<XrayTest> getTests(Collection<String> keys) {
    String joined = String.join(";", keys);
    return call(() -> raven.tests(joined)).stream().map(BaseXrayClient::test).toList();
  }

  @Override
  public List<TestStepDefinition> getTestSteps(String testKey) {
    List<Wire.Step> steps = call(() -> v1 ? raven.stepsV1(testKey) : raven.stepsV2(testKey).steps());
    return steps.stream().map(BaseXrayClient::step).toList();
  }

  @Override
  public String createTestStep(String testKey, String action, String data, String result) {
    return call(() -> v1
        ? raven.createStepV1(testKey, new Wire.StepV1(action, data, result)).id()
        : raven.createStepV2(testKey, Wire.StepV2.of(action, data, result)).id());
  }

  @Override
  public void updateTestStep(String testKey, String stepId, String action, String data, String result) {
    run(() -> {
      if (v1) {
        raven.updateStepV1(testKey, stepId, new Wire.StepV1(action, data, result));
      } else {
        raven.updateStepV2(testKey, stepId, Wire.StepV2.of(action, data, result));
      }
    });
  }

  @Override
  public void deleteTestStep(String testKey, String stepId) {
    run(() -> {
      if (v1) {
        raven.deleteStepV1(testKey, stepId);
      } else {
        raven.deleteStepV2(testKey, stepId);
      }
    });
  }

  // ---- associations -----------------------------------------------------------------------------------------

  @Override
  public List<LinkedIssue> getLinked(Association association, String key) {
    return linked(association, key, Map.of());
  }

  @Override
  public List<LinkedIssue> getExecutionTests(String testExecutionKey, boolean detailed, int limit, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("detailed", Boolean.toString(detailed));
    query.put("limit", Integer.toString(limit));
    query.put("page", Integer.toString(page));
    return linked(Association.EXECUTION_TESTS, testExecutionKey, query);
  }

  private List<LinkedIssue> linked(Association association, String key, Map<String, String> query) {
    return call(() -> raven.linked(association.entity(), key, association.linked(), query)).stream()
        .map(BaseXrayClient::linked).toList();
  }

  @Override
  public void updateLinked(Association association, String key, Collection<String> add, Collection<String> remove) {
    Wire.Association change = new Wire.Association(List.copyOf(add), List.copyOf(remove));
    String request = "POST " + ravenPath + "/api/" + association.entity() + "/" + key + "/" + association.linked();
    requireNoErrors(request, call(() -> raven.associate(association.entity(), key, association.linked(), change)));
  }

  @Override
  public void linkTestsToRequirement(String requirementKey, Collection<String> testKeys) {
    for (String testKey : testKeys) {
      run(() -> jira.link(Wire.IssueLink.tests(testKey, requirementKey)));
    }
  }

  /** Association endpoints answer 200 with a list of error strings; a non-empty list is a failure. */
  private static void requireNoErrors(String request, @Nullable List<String> errors) {
    if (errors != null && !errors.isEmpty()) {
      String message = String.join("; ", errors);
      throw new XrayBadRequestException(
          "Xray rejected part of the request (200 on " + request + " with errors): Xray says \"" + message + "\"",
          200, request, message, Bodies.unknownKeys(message), null);
    }
  }

  // ---- Test Runs --------------------------------------------------------------------------------------------

  @Override
  public TestRun getTestRun(String testExecutionKey, String testKey) {
    return testRun(call(() -> raven.testRun(testExecutionKey, testKey)));
  }

  @Override
  public TestRun getTestRun(String id) {
    return testRun(call(() -> raven.testRun(id)));
  }

  @Override
  public String getTestRunStatus(String id) {
    return call(() -> raven.testRunStatus(id));
  }

  @Override
  public void setTestRunStatus(String id, String status) {
    run(() -> raven.setTestRunStatus(id, status));
  }

  @Override
  public Optional<String> getTestRunComment(String id) {
    return Optional.ofNullable(call(() -> raven.testRunComment(id)).raw()).filter(c -> !c.isEmpty());
  }

  @Override
  public void setTestRunComment(String id, String comment) {
    run(() -> raven.setTestRunComment(id, comment));
  }

  @Override
  public void addTestRunDefects(String id, Collection<String> defectKeys) {
    requireNoErrors("POST " + ravenPath + "/api/testrun/" + id + "/defect",
        call(() -> raven.addTestRunDefects(id, List.copyOf(defectKeys))));
  }

  @Override
  public void addTestRunEvidence(String id, Evidence evidence) {
    Wire.Evidence body = evidence(evidence);
    run(() -> raven.addTestRunEvidence(id, body));
  }

  @Override
  public void updateTestRun(String id, TestRunUpdate update) {
    Wire.Association defects = update.addDefects().isEmpty() && update.removeDefects().isEmpty() ? null
        : new Wire.Association(update.addDefects(), update.removeDefects());
    Wire.EvidenceChange evidences = update.addEvidence().isEmpty() && update.removeEvidence().isEmpty() ? null
        : new Wire.EvidenceChange(update.addEvidence().stream().map(ServerXrayClient::evidence).toList(),
            update.removeEvidence());
    Wire.RunUpdate body = new Wire.RunUpdate(update.status(), update.assignee(), update.comment(), defects,
        evidences, update.examples().stream().map(e -> new Wire.ExampleUpdate(e.id(), e.status())).toList(),
        steps(update.steps()));
    run(() -> raven.updateTestRun(id, body));
  }

  @Override
  public TestRun.Iteration getTestRunIteration(String runId, String iterationId) {
    requireV2("getTestRunIteration");
    Wire.RunIteration i = call(() -> raven.testRunIteration(runId, iterationId));
    return new TestRun.Iteration(i.rank(), i.status(), i.parameters());
  }

  @Override
  public void updateTestRunIteration(
      String runId, String iterationId, @Nullable String status, List<TestRunUpdate.Step> steps) {
    requireV2("updateTestRunIteration");
    requireChange(iterationId, status, steps);
    run(() -> raven.updateTestRunIteration(runId, iterationId, new Wire.IterationUpdate(status, steps(steps))));
  }

  private void requireV2(String operation) {
    if (v1) {
      throw new IllegalStateException(operation + " needs Xray's REST API 2.0 (the iteration endpoints are not in"
          + " 1.0): set xray.api-version=2.0 (Xray Server/DC 4.0 and later)");
    }
  }

  private static List<Wire.StepUpdate> steps(List<TestRunUpdate.Step> steps) {
    return steps.stream().map(s -> new Wire.StepUpdate(s.id(), s.status(), s.comment())).toList();
  }

  private static Wire.Evidence evidence(Evidence evidence) {
    return new Wire.Evidence(base64(evidence), evidence.filename(), evidence.contentType());
  }

  @Override
  public List<TestRun> exportTestRuns(
      @Nullable String testExecutionKey, @Nullable String testPlanKey, int limit, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    putIfSet(query, "testExecKey", testExecutionKey);
    putIfSet(query, "testPlanKey", testPlanKey);
    query.put("limit", Integer.toString(limit));
    query.put("page", Integer.toString(page));
    List<Wire.TestRun> runs = call(() -> v1 ? raven.exportTestRunsV1(query) : raven.exportTestRunsV2(query));
    return runs.stream().map(BaseXrayClient::testRun).toList();
  }

  // ---- features and settings --------------------------------------------------------------------------------

  @Override
  public FeatureImportResult importFeatures(FeatureImportRequest request) {
    if (request.source() != null || request.testInfo() != null || request.precondInfo() != null) {
      throw new IllegalArgumentException("Xray Server/DC's feature import takes no source, testInfo or precondInfo"
          + " (Xray Cloud's options); leave them out");
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("projectKey", request.projectKey());
    if (request.updateRepository()) {
      query.put("updateRepository", "true");
    }
    Multipart body = featureFile(request.filename(), request.content());
    return featureResult(call(() -> raven.importFeatures(query, body.contentType(), body.body())));
  }

  @Override
  public byte[] exportFeatures(FeatureExportRequest request) {
    return orEmpty(call(() -> raven.exportFeatures(exportQuery(request))));
  }

  @Override
  public List<TestRunStatusSetting> getTestRunStatuses() {
    return call(raven::testStatuses).stream().map(BaseXrayClient::status).toList();
  }
}
