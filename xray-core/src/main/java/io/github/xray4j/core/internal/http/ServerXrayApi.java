package io.github.xray4j.core.internal.http;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/**
 * Xray Server/DC at {@code {jira}/rest/raven/{1.0|2.0|latest}}: imports under {@code /import}, resources under
 * {@code /api}. Import methods come in pairs: the {@link NotIdempotent} one creates a Test Execution, the
 * other imports into an existing one (its runs are replaced, so sending it twice is harmless).
 */
@Headers("Accept: application/json")
public interface ServerXrayApi {

  // ---- imports --------------------------------------------------------------------------------------------

  @NotIdempotent
  @RequestLine("POST /import/execution")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importExecutionCreating(byte[] xrayJson);

  @RequestLine("POST /import/execution")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importExecutionInto(byte[] xrayJson);

  @NotIdempotent
  @RequestLine("POST /import/execution/multipart")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importExecutionMultipart(@Param("contentType") String contentType, byte[] body);

  @NotIdempotent
  @RequestLine("POST /import/execution/cucumber")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importCucumber(byte[] cucumberJson);

  @NotIdempotent
  @RequestLine("POST /import/execution/cucumber/multipart")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importCucumberMultipart(@Param("contentType") String contentType, byte[] body);

  @NotIdempotent
  @RequestLine("POST /import/execution/junit")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importJunitCreating(
      @Param("contentType") String contentType, @QueryMap Map<String, String> query, byte[] body);

  @RequestLine("POST /import/execution/junit")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importJunitInto(
      @Param("contentType") String contentType, @QueryMap Map<String, String> query, byte[] body);

  @NotIdempotent
  @RequestLine("POST /import/feature")
  @Headers("Content-Type: {contentType}")
  Wire.FeatureImport importFeatures(
      @QueryMap Map<String, String> query, @Param("contentType") String contentType, byte[] body);

  @RequestLine("GET /export/test?fz=true")
  @Headers("Accept: application/octet-stream, application/zip, */*")
  byte[] exportFeatures(@QueryMap Map<String, String> query);

  /** The 1.0 export: {@code /rest/raven/1.0/testruns}, as Xray's "Exporting Test Runs" page documents it. */
  @RequestLine("GET /testruns")
  List<Wire.TestRun> exportTestRunsV1(@QueryMap Map<String, String> query);

  /** The 2.0 export: {@code /rest/raven/2.0/api/testruns}, as Xray's v2 REST API (OpenAPI) lists it. */
  @RequestLine("GET /api/testruns")
  List<Wire.TestRun> exportTestRunsV2(@QueryMap Map<String, String> query);

  // ---- tests and steps ------------------------------------------------------------------------------------

  @RequestLine("GET /api/test?keys={keys}")
  List<Wire.Test> tests(@Param("keys") String keys);

  @RequestLine("GET /api/test/{key}/step")
  List<Wire.Step> stepsV1(@Param("key") String testKey);

  @RequestLine("PUT /api/test/{key}/step")
  @Headers("Content-Type: application/json")
  Wire.Step createStepV1(@Param("key") String testKey, Wire.StepV1 step);

  @RequestLine("POST /api/test/{key}/step/{id}")
  @Headers("Content-Type: application/json")
  void updateStepV1(@Param("key") String testKey, @Param("id") String id, Wire.StepV1 step);

  @RequestLine("DELETE /api/test/{key}/step/{id}")
  void deleteStepV1(@Param("key") String testKey, @Param("id") String id);

  @RequestLine("GET /api/test/{key}/steps")
  Wire.Steps stepsV2(@Param("key") String testKey);

  @RequestLine("POST /api/test/{key}/steps")
  @Headers("Content-Type: application/json")
  Wire.Created createStepV2(@Param("key") String testKey, Wire.StepV2 step);

  @RequestLine("PUT /api/test/{key}/steps/{id}")
  @Headers("Content-Type: application/json")
  void updateStepV2(@Param("key") String testKey, @Param("id") String id, Wire.StepV2 step);

  @RequestLine("DELETE /api/test/{key}/steps/{id}")
  void deleteStepV2(@Param("key") String testKey, @Param("id") String id);

  // ---- associations: testexec/testplan/testset/precondition --------------------------------------------------

  @RequestLine("GET /api/{entity}/{key}/{linked}")
  List<Wire.Linked> linked(
      @Param("entity") String entity, @Param("key") String key, @Param("linked") String linked,
      @QueryMap Map<String, String> query);

  @RequestLine("POST /api/{entity}/{key}/{linked}")
  @Headers("Content-Type: application/json")
  List<String> associate(
      @Param("entity") String entity, @Param("key") String key, @Param("linked") String linked,
      Wire.Association change);

  // ---- test runs ------------------------------------------------------------------------------------------

  @RequestLine("GET /api/testrun?testExecIssueKey={exec}&testIssueKey={test}")
  Wire.TestRun testRun(@Param("exec") String testExecutionKey, @Param("test") String testKey);

  @RequestLine("GET /api/testrun/{id}")
  Wire.TestRun testRun(@Param("id") String id);

  @RequestLine("PUT /api/testrun/{id}")
  @Headers("Content-Type: application/json")
  void updateTestRun(@Param("id") String id, Wire.RunUpdate update);

  /** v2 only. */
  @RequestLine("GET /api/testrun/{id}/iteration/{iterationId}")
  Wire.RunIteration testRunIteration(@Param("id") String id, @Param("iterationId") String iterationId);

  /** v2 only. */
  @RequestLine("PUT /api/testrun/{id}/iteration/{iterationId}")
  @Headers("Content-Type: application/json")
  void updateTestRunIteration(@Param("id") String id, @Param("iterationId") String iterationId,
      Wire.IterationUpdate update);

  @RequestLine("GET /api/testrun/{id}/status")
  @Headers("Accept: text/plain, application/json")
  String testRunStatus(@Param("id") String id);

  @RequestLine("PUT /api/testrun/{id}/status?status={status}")
  void setTestRunStatus(@Param("id") String id, @Param("status") String status);

  @RequestLine("GET /api/testrun/{id}/comment")
  Wire.Comment testRunComment(@Param("id") String id);

  @RequestLine("PUT /api/testrun/{id}/comment")
  @Headers("Content-Type: application/json")
  void setTestRunComment(@Param("id") String id, String comment);

  @RequestLine("POST /api/testrun/{id}/defect")
  @Headers("Content-Type: application/json")
  List<String> addTestRunDefects(@Param("id") String id, List<String> keys);

  @RequestLine("POST /api/testrun/{id}/attachment")
  @Headers("Content-Type: application/json")
  void addTestRunEvidence(@Param("id") String id, Wire.Evidence evidence);

  // ---- settings -------------------------------------------------------------------------------------------

  @RequestLine("GET /api/settings/teststatuses")
  List<Wire.StatusSetting> testStatuses();
}
