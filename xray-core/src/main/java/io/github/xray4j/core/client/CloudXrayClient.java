package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.CloudResources;
import io.github.xray4j.core.internal.http.CloudXrayApi;
import io.github.xray4j.core.internal.http.ImportDocuments;
import io.github.xray4j.core.internal.http.Multipart;
import io.github.xray4j.core.internal.http.Wire;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Xray Cloud: {@code {host}/api/v2}, authenticated with a token from the API key (cached, renewed once on 401):
 * the REST imports and feature import and export, and everything else through GraphQL ({@link CloudResources}),
 * answered as the same records as on Server/DC.
 */
final class CloudXrayClient extends BaseXrayClient {
  private static final int ALL = Integer.MAX_VALUE;

  private final CloudXrayApi xray;
  private final CloudResources graphQl;

  CloudXrayClient(XrayHttp http) {
    super(http);
    this.xray = http.api(CloudXrayApi.class, "/api/v2");
    this.graphQl = new CloudResources(http);
  }

  @Override
  public ImportResult importExecution(byte[] xrayJson) {
    return result(call(() -> ImportDocuments.importsIntoExistingExecution(xrayJson)
        ? xray.importExecutionInto(xrayJson)
        : xray.importExecutionCreating(xrayJson)));
  }

  @Override
  public ImportResult importExecutionMultipart(byte[] resultsJson, byte[] infoJson) {
    Multipart body = multipart("results", resultsJson, infoJson);
    return result(call(() -> xray.importExecutionMultipart(body.contentType(), body.body())));
  }

  @Override
  public ImportResult importCucumber(byte[] cucumberJson) {
    return result(call(() -> xray.importCucumber(cucumberJson)));
  }

  @Override
  public ImportResult importCucumberMultipart(byte[] cucumberJson, byte[] infoJson) {
    Multipart body = multipart("results", cucumberJson, infoJson);
    return result(call(() -> xray.importCucumberMultipart(body.contentType(), body.body())));
  }

  @Override
  public ImportResult importJunitXml(byte[] junitXml, ImportParameters parameters) {
    Map<String, String> query = ServerXrayClient.junitQuery(parameters);
    return result(call(() -> parameters.testExecutionKey() != null
        ? xray.importJunitInto(query, junitXml)
        : xray.importJunitCreating(query, junitXml)));
  }

  // ---- issues -----------------------------------------------------------------------------------------------

  @Override
  public IssueRef createTestExecution(NewTestExecution execution) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", execution.summary());
    fields.put("project", Map.of("key", execution.projectKey()));
    if (execution.description() != null) {
      fields.put("description", execution.description());
    }
    return ref(call(() -> graphQl.createTestExecution(fields, execution.testEnvironments())));
  }

  @Override
  public IssueRef createIssue(Map<String, ?> fields) {
    CloudResources.creation(fields);
    return ref(call(() -> graphQl.createIssue(fields)));
  }

  @Override
  public JiraIssue getIssue(String key) {
    return jiraIssue(call(() -> graphQl.issue(key)));
  }

  @Override
  public JiraUser myself() {
    run(graphQl::checkApiKey);
    return new JiraUser(null, null, null, "Xray Cloud API key", null);
  }

  @Override
  public List<IssueRef> findTestExecutions(String jql, int limit) {
    return call(() -> graphQl.findTestExecutions(jql, limit)).stream().map(BaseXrayClient::ref).toList();
  }

  @Override
  public String browseUrl(IssueRef issue) {
    return issue.self() != null && issue.self().contains("/rest/")
        ? browseUrlFromSelf(issue, "")
        : issue.key();
  }

  // ---- Tests and steps --------------------------------------------------------------------------------------

  @Override
  public List<XrayTest> getTests(Collection<String> keys) {
    return call(() -> graphQl.tests(keys)).stream().map(BaseXrayClient::test).toList();
  }

  @Override
  public List<TestStepDefinition> getTestSteps(String testKey) {
    return call(() -> graphQl.steps(testKey)).stream().map(BaseXrayClient::step).toList();
  }

  @Override
  public String createTestStep(String testKey, String action, String data, String result) {
    return call(() -> graphQl.addStep(testKey, action, data, result));
  }

  @Override
  public void updateTestStep(String testKey, String stepId, String action, String data, String result) {
    run(() -> graphQl.updateStep(stepId, action, data, result));
  }

  @Override
  public void deleteTestStep(String testKey, String stepId) {
    run(() -> graphQl.removeStep(stepId));
  }

  // ---- associations -----------------------------------------------------------------------------------------

  @Override
  public List<LinkedIssue> getLinked(Association association, String key) {
    return linked(association, key, 0, ALL);
  }

  @Override
  public List<LinkedIssue> getExecutionTests(String testExecutionKey, boolean detailed, int limit, int page) {
    requirePage(limit, page);
    return linked(Association.EXECUTION_TESTS, testExecutionKey, (page - 1) * limit, limit);
  }

  private List<LinkedIssue> linked(Association association, String key, int from, int count) {
    CloudResources.Linked link = CloudResources.Linked.valueOf(association.name());
    return call(() -> graphQl.linked(link, key, from, count)).stream().map(BaseXrayClient::linked).toList();
  }

  @Override
  public void updateLinked(Association association, String key, Collection<String> add, Collection<String> remove) {
    run(() -> graphQl.change(CloudResources.Linked.valueOf(association.name()), key, add, remove));
  }

  @Override
  public void linkTestsToRequirement(String requirementKey, Collection<String> testKeys) {
    run(() -> graphQl.linkTestsToRequirement(requirementKey, testKeys));
  }

  // ---- Test Runs --------------------------------------------------------------------------------------------

  @Override
  public TestRun getTestRun(String testExecutionKey, String testKey) {
    return testRun(call(() -> graphQl.run(testExecutionKey, testKey)));
  }

  @Override
  public TestRun getTestRun(String id) {
    return testRun(call(() -> graphQl.run(id)));
  }

  @Override
  public String getTestRunStatus(String id) {
    return call(() -> graphQl.runStatus(id));
  }

  @Override
  public void setTestRunStatus(String id, String status) {
    run(() -> graphQl.setRunStatus(id, status));
  }

  @Override
  public Optional<String> getTestRunComment(String id) {
    return call(() -> graphQl.runComment(id));
  }

  @Override
  public void setTestRunComment(String id, String comment) {
    run(() -> graphQl.setRunComment(id, comment));
  }

  @Override
  public void addTestRunDefects(String id, Collection<String> defectKeys) {
    run(() -> graphQl.addRunDefects(id, defectKeys));
  }

  @Override
  public void addTestRunEvidence(String id, Evidence evidence) {
    String data = base64(evidence);
    run(() -> graphQl.addRunEvidence(id, evidence.filename(), evidence.contentType(), data));
  }

  @Override
  public void updateTestRun(String id, TestRunUpdate update) {
    if (update.status() != null) {
      setTestRunStatus(id, update.status());
    }
    if (update.comment() != null) {
      setTestRunComment(id, update.comment());
    }
    if (update.assignee() != null) {
      run(() -> graphQl.setRunAssignee(id, update.assignee()));
    }
    if (!update.addDefects().isEmpty()) {
      addTestRunDefects(id, update.addDefects());
    }
    if (!update.removeDefects().isEmpty()) {
      run(() -> graphQl.removeRunDefects(id, update.removeDefects()));
    }
    if (!update.addEvidence().isEmpty()) {
      List<Map<String, String>> files = update.addEvidence().stream()
          .map(e -> CloudResources.attachment(e.filename(), e.contentType(), base64(e))).toList();
      run(() -> graphQl.addRunEvidence(id, files));
    }
    if (!update.removeEvidence().isEmpty()) {
      run(() -> graphQl.removeRunEvidence(id, update.removeEvidence()));
    }
    update.examples().forEach(e -> run(() -> graphQl.setExampleStatus(e.id(), e.status())));
    update.steps().forEach(s -> run(() -> graphQl.setStepResult(id, null, s.id(), s.status(), s.comment())));
  }

  @Override
  public TestRun.Iteration getTestRunIteration(String runId, String iterationId) {
    return getTestRun(runId).iterations().stream().filter(i -> i.rank().equals(iterationId)).findFirst()
        .orElseThrow(() -> new XrayNotFoundException("Xray Cloud's Test Run " + runId + " has no iteration of rank "
            + iterationId + ": use a rank that TestRun.iterations() lists", 200, "POST /api/v2/graphql", null,
            List.of(), null));
  }

  @Override
  public void updateTestRunIteration(
      String runId, String iterationId, @Nullable String status, List<TestRunUpdate.Step> steps) {
    requireChange(iterationId, status, steps);
    if (status != null) {
      run(() -> graphQl.setIterationStatus(runId, iterationId, status));
    }
    steps.forEach(s -> run(() -> graphQl.setStepResult(runId, iterationId, s.id(), s.status(), s.comment())));
  }

  @Override
  public List<TestRun> exportTestRuns(
      @Nullable String testExecutionKey, @Nullable String testPlanKey, int limit, int page) {
    requirePage(limit, page);
    if (testExecutionKey == null && testPlanKey == null) {
      throw new IllegalArgumentException("exportTestRuns needs a Test Execution key or a Test Plan key");
    }
    return call(() -> graphQl.runs(testExecutionKey, testPlanKey, (page - 1) * limit, limit)).stream()
        .map(BaseXrayClient::testRun).toList();
  }

  private static void requirePage(int limit, int page) {
    if (limit < 1 || page < 1) {
      throw new IllegalArgumentException("limit and page must be at least 1, not " + limit + " and " + page);
    }
  }

  // ---- features and settings --------------------------------------------------------------------------------

  @Override
  public FeatureImportResult importFeatures(FeatureImportRequest request) {
    if (request.updateRepository()) {
      throw new IllegalArgumentException("Xray Cloud's feature import has no updateRepository option (Xray"
          + " Server/DC's); leave it out and organise the Tests in Xray's Test Repository");
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("projectKey", request.projectKey());
    if (request.source() != null) {
      query.put("source", request.source());
    }
    Multipart body = featureFile(request.filename(), request.content());
    if (request.testInfo() != null) {
      body.part("testInfo", "testInfo.json", "application/json", request.testInfo().getBytes(StandardCharsets.UTF_8));
    }
    if (request.precondInfo() != null) {
      body.part("precondInfo", "precondInfo.json", "application/json",
          request.precondInfo().getBytes(StandardCharsets.UTF_8));
    }
    return featureResult(call(() -> xray.importFeatures(query, body.contentType(), body.body())));
  }

  @Override
  public byte[] exportFeatures(FeatureExportRequest request) {
    return orEmpty(call(() -> xray.exportFeatures(exportQuery(request))));
  }

  @Override
  public List<TestRunStatusSetting> getTestRunStatuses() {
    return call(graphQl::statuses).stream().map(BaseXrayClient::status).toList();
  }
}
