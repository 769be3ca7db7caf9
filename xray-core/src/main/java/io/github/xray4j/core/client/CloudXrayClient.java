package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.CloudXrayApi;
import io.github.xray4j.core.internal.http.ImportDocuments;
import io.github.xray4j.core.internal.http.Multipart;
import io.github.xray4j.core.internal.http.Wire;
import io.github.xray4j.core.internal.http.XrayHttp;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Xray Cloud: {@code {host}/api/v2}, authenticated with a token from the API key (cached, renewed once on 401).
 * Offers the imports, feature import and export, and {@link #createTestExecution(NewTestExecution)}; the
 * Server/DC REST resources do not exist on Cloud, where GraphQL serves them.
 */
final class CloudXrayClient extends BaseXrayClient {
  static final String CREATE_TEST_EXECUTION =
      "mutation CreateTestExecution($jira: JSON!, $testEnvironments: [String]) {"
          + " createTestExecution(testIssueIds: [], testEnvironments: $testEnvironments, jira: $jira) {"
          + " testExecution { issueId jira(fields: [\"key\"]) } warnings } }";

  private final CloudXrayApi xray;

  CloudXrayClient(XrayHttp http) {
    super(http);
    this.xray = http.api(CloudXrayApi.class, "/api/v2");
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

  @Override
  public IssueRef createTestExecution(NewTestExecution execution) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", execution.summary());
    fields.put("project", Map.of("key", execution.projectKey()));
    if (execution.description() != null) {
      fields.put("description", execution.description());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("jira", Map.of("fields", fields));
    variables.put("testEnvironments", execution.testEnvironments());
    Wire.CreatedExecution created =
        call(() -> xray.createTestExecution(new Wire.GraphQlRequest(CREATE_TEST_EXECUTION, variables)));
    return ref(created.execution());
  }

  @Override
  public String browseUrl(IssueRef issue) {
    return issue.self() != null && issue.self().contains("/rest/")
        ? browseUrlFromSelf(issue, "")
        : issue.key();
  }

  private static UnsupportedOperationException serverOnly(String what, String instead) {
    return new UnsupportedOperationException(
        what + " is an Xray Server/Data Center REST endpoint that Xray Cloud does not have; on Cloud use "
            + instead);
  }

  @Override
  public IssueRef createIssue(Map<String, ?> fields) {
    throw serverOnly("createIssue", "createTestExecution(...), or Jira Cloud's REST API with Jira credentials");
  }

  @Override
  public JiraIssue getIssue(String key) {
    throw serverOnly("getIssue", "Jira Cloud's REST API with Jira credentials (an Xray API key cannot read Jira)");
  }

  @Override
  public JiraUser myself() {
    throw serverOnly("myself", "an import or createTestExecution(...) to check the API key (authentication"
        + " happens on the first call)");
  }

  @Override
  public List<XrayTest> getTests(Collection<String> keys) {
    throw serverOnly("getTests", "the GraphQL query getTests at /api/v2/graphql");
  }

  @Override
  public List<TestStepDefinition> getTestSteps(String testKey) {
    throw serverOnly("getTestSteps", "the GraphQL query getTest { steps } at /api/v2/graphql");
  }

  @Override
  public int createTestStep(String testKey, String action, String data, String result) {
    throw serverOnly("createTestStep", "the GraphQL mutation addTestStep at /api/v2/graphql");
  }

  @Override
  public void updateTestStep(String testKey, int stepId, String action, String data, String result) {
    throw serverOnly("updateTestStep", "the GraphQL mutation updateTestStep at /api/v2/graphql");
  }

  @Override
  public void deleteTestStep(String testKey, int stepId) {
    throw serverOnly("deleteTestStep", "the GraphQL mutation removeTestStep at /api/v2/graphql");
  }

  @Override
  public List<LinkedIssue> getLinked(Association association, String key) {
    throw serverOnly("getLinked", "the GraphQL queries getTestExecution/getTestPlan/getTestSet/getPrecondition");
  }

  @Override
  public List<LinkedIssue> getExecutionTests(String testExecutionKey, boolean detailed, int limit, int page) {
    throw serverOnly("getExecutionTests", "the GraphQL query getTestExecution { tests }");
  }

  @Override
  public void updateLinked(Association association, String key, Collection<String> add, Collection<String> remove) {
    throw serverOnly("updateLinked", "the GraphQL mutations addTestsToTestExecution, addTestsToTestPlan, ... and"
        + " their remove... counterparts");
  }

  @Override
  public TestRun getTestRun(String testExecutionKey, String testKey) {
    throw serverOnly("getTestRun", "the GraphQL query getTestRun");
  }

  @Override
  public TestRun getTestRun(long id) {
    throw serverOnly("getTestRun", "the GraphQL query getTestRunById");
  }

  @Override
  public String getTestRunStatus(long id) {
    throw serverOnly("getTestRunStatus", "the GraphQL query getTestRunById { status }");
  }

  @Override
  public void setTestRunStatus(long id, String status) {
    throw serverOnly("setTestRunStatus", "the GraphQL mutation updateTestRunStatus, or an import");
  }

  @Override
  public Optional<String> getTestRunComment(long id) {
    throw serverOnly("getTestRunComment", "the GraphQL query getTestRunById { comment }");
  }

  @Override
  public void setTestRunComment(long id, String comment) {
    throw serverOnly("setTestRunComment", "the GraphQL mutation updateTestRunComment, or an import");
  }

  @Override
  public void addTestRunDefects(long id, Collection<String> defectKeys) {
    throw serverOnly("addTestRunDefects", "the GraphQL mutation addDefectsToTestRun, or an import");
  }

  @Override
  public void addTestRunEvidence(long id, String filename, String contentType, byte[] data) {
    throw serverOnly("addTestRunEvidence", "the GraphQL mutation addEvidenceToTestRun, or an import");
  }

  @Override
  public List<TestRun> exportTestRuns(
      @Nullable String testExecutionKey, @Nullable String testPlanKey, int limit, int page) {
    throw serverOnly("exportTestRuns", "the GraphQL query getTestRuns");
  }

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
    throw serverOnly("getTestRunStatuses", "the GraphQL query getStatuses");
  }
}
