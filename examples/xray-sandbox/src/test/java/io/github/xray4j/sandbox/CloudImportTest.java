package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.base64;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudImportTest extends SandboxTest {

  private static final String IMPORT = "/api/v2/import/execution";

  private String bearer;

  @BeforeEach
  void authenticate() {
    bearer = http.cloudBearer();
  }

  @Test
  void answers_the_flat_cloud_shape() {
    // when
    HttpResponse<String> response = http.post(IMPORT, bearer, """
        {"info": {"project": "CALC", "summary": "Cloud run", "testEnvironments": ["chrome"],
                  "startDate": "2026-05-01T10:00:00Z", "finishDate": "2026-05-01T10:05:00+02:00"},
         "tests": [{"testKey": "CALC-1", "status": "PASSED",
                    "evidence": [{"data": "%s", "filename": "a.txt", "contentType": "text/plain"}]}]}"""
        .formatted(base64("abc")));

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(json("""
        {"id": "10024", "key": "CALC-25", "self": "%s/rest/api/2/issue/10024"}""".formatted(sandbox.url())));
    JsonNode execution = http.state().path("testExecutions").get(0);
    assertThat(execution.path("testEnvironments")).isEqualTo(json("[\"chrome\"]"));
    assertThat(execution.path("createdVia").asText()).isEqualTo("POST /api/v2/import/execution");
  }

  @Test
  void rejects_server_status_names_on_cloud() {
    HttpResponse<String> response = http.post(IMPORT, bearer, """
        {"info": {"project": "CALC"}, "tests": [{"testKey": "CALC-1", "status": "PASS",
         "iterations": [{"name": "one", "status": "FAIL"}]}]}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").asText()).isEqualTo(
        "Test CALC-1 status \"PASS\" is not a valid status on Xray Cloud; valid: PASSED, FAILED, TODO,"
            + " EXECUTING, ABORTED; Test CALC-1 iterations[0] status \"FAIL\" is not a valid status on"
            + " Xray Cloud; valid: PASSED, FAILED, TODO, EXECUTING, ABORTED");
  }

  @Test
  void multipart_takes_the_results_part_and_the_xray_fields_of_the_info_part() {
    // when
    HttpResponse<String> response = http.multipart(IMPORT + "/multipart", bearer, SandboxHttp.parts(
        "results", """
            {"tests": [{"testKey": "CALC-4", "status": "FAILED",
                        "iterations": [{"name": "[1] x=0", "parameters": [{"name": "x", "value": "0"}],
                                        "status": "FAILED", "log": "division by zero"}]}]}""",
        "info", """
            {"fields": {"project": {"key": "CALC"}, "summary": "Cloud multipart",
                        "issuetype": {"name": "Test Execution"}},
             "xrayFields": {"testPlanKey": "CALC-24", "environments": ["linux"]}}"""));

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("key").asText()).isEqualTo("CALC-25");
    JsonNode state = http.state();
    JsonNode execution = state.path("testExecutions").get(0);
    assertThat(execution.path("summary").asText()).isEqualTo("Cloud multipart");
    assertThat(execution.path("testPlanKey").asText()).isEqualTo("CALC-24");
    assertThat(execution.path("testEnvironments")).isEqualTo(json("[\"linux\"]"));
    assertThat(execution.path("runs").get(0).path("iterations")).isEqualTo(json("""
        [{"name": "[1] x=0", "parameters": [{"name": "x", "value": "0"}], "status": "FAILED",
          "log": "division by zero", "steps": []}]"""));
    assertThat(state.path("testPlans").get(0).path("testExecutions")).isEqualTo(json("[\"CALC-25\"]"));
  }

  @Test
  void multipart_rejects_test_environments_inside_xray_fields() {
    HttpResponse<String> response = http.multipart(IMPORT + "/multipart", bearer, SandboxHttp.parts(
        "results", "{\"tests\": [{\"testKey\": \"CALC-4\", \"status\": \"PASSED\"}]}",
        "info", """
            {"fields": {"project": {"key": "CALC"}, "issuetype": {"name": "Test Execution"}},
             "xrayFields": {"testEnvironments": ["linux"]}}"""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").asText())
        .isEqualTo("xrayFields.testEnvironments is not supported; use xrayFields.environments");
  }

  @Test
  void multipart_needs_the_plural_results_part() {
    HttpResponse<String> response = http.multipart(IMPORT + "/multipart", bearer, SandboxHttp.parts(
        "result", "{\"tests\": [{\"testKey\": \"CALC-4\", \"status\": \"PASSED\"}]}",
        "info", "{\"fields\": {\"project\": {\"key\": \"CALC\"}, \"issuetype\": {\"name\": \"Test Execution\"}}}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").asText()).startsWith("The multipart request has no part named results");
  }

  @Test
  void cucumber_import_uses_cloud_status_names() {
    HttpResponse<String> response = http.post(IMPORT + "/cucumber", bearer, """
        [{"elements": [{"type": "scenario", "keyword": "Scenario", "name": "Add",
                        "tags": [{"name": "@CALC-14"}], "steps": [{"result": {"status": "passed"}}]}]}]""");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(http.state().path("testExecutions").get(0).path("runs").get(0).path("status").asText())
        .isEqualTo("PASSED");
  }

  private static final String CREATE_TEST_EXECUTION = """
      {"query": "mutation CreateTestExecution($jira: JSON!, $testEnvironments: [String]) { createTestExecution(testIssueIds: [], testEnvironments: $testEnvironments, jira: $jira) { testExecution { issueId jira(fields: [\\"key\\"]) } warnings } }",
       "variables": {"jira": {"fields": {"summary": "CI shards", "project": {"key": "%s"}}},
                     "testEnvironments": ["chrome"]}}""";

  @Test
  void graphql_creates_a_test_execution_that_imports_can_then_fill() {
    // when
    HttpResponse<String> created = http.post("/api/v2/graphql", bearer, CREATE_TEST_EXECUTION.formatted("CALC"));
    HttpResponse<String> imported = http.post(IMPORT, bearer, """
        {"testExecutionKey": "CALC-25", "tests": [{"testKey": "CALC-1", "status": "PASSED"}]}""");

    // then
    assertThat(json(created)).isEqualTo(json("""
        {"data": {"createTestExecution": {"testExecution": {"issueId": "10024", "jira": {"key": "CALC-25"}},
                                          "warnings": []}}}"""));
    assertThat(json(imported).path("key").asText()).isEqualTo("CALC-25");
    JsonNode execution = http.state().path("testExecutions").get(0);
    assertThat(execution.path("summary").asText()).isEqualTo("CI shards");
    assertThat(execution.path("testEnvironments")).isEqualTo(json("[\"chrome\"]"));
    assertThat(execution.path("runs").findValuesAsText("testKey")).containsExactly("CALC-1");
  }

  @Test
  void graphql_reports_an_unknown_project_in_errors() {
    HttpResponse<String> response = http.post("/api/v2/graphql", bearer, CREATE_TEST_EXECUTION.formatted("NOPE"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(json("""
        {"errors": [{"message": "project: valid project is required (project NOPE does not exist)"}],
         "data": {"createTestExecution": null}}"""));
  }
}
