package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.PAT;
import static io.github.xray4j.sandbox.SandboxHttp.base64;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerImportTest extends SandboxTest {

  private static final String IMPORT = "/rest/raven/2.0/import/execution";

  private static String doc(String tests) {
    return """
        {"info": {"project": "CALC", "summary": "Nightly"}, "tests": [%s]}""".formatted(tests);
  }

  private void assertRejected(HttpResponse<String> response, String error) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(json("{\"error\":" + SandboxHttp.JSON.valueToTree(error) + "}"));
    assertThat(http.state().path("testExecutions")).as("a rejected import changes nothing").isEmpty();
  }

  @Test
  void creates_a_test_execution_with_the_next_free_key_and_answers_the_v2_shape() {
    // when
    HttpResponse<String> response = http.post(IMPORT, BASIC, doc("""
        {"testKey": "CALC-1", "status": "PASS"}, {"testKey": "CALC-2", "status": "FAIL"}"""));

    // then
    String url = sandbox.url();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(json("""
        {"testExecIssue": {"id": "10024", "key": "CALC-25", "self": "%1$s/rest/api/2/issue/10024"},
         "testIssues": {"success": [
           {"id": "10000", "key": "CALC-1", "self": "%1$s/rest/api/2/issue/10000"},
           {"id": "10001", "key": "CALC-2", "self": "%1$s/rest/api/2/issue/10001"}]}}""".formatted(url)));
  }

  @Test
  void answers_only_the_test_execution_on_version_1_and_the_v2_shape_on_latest() {
    // when
    HttpResponse<String> v1 = http.post("/rest/raven/1.0/import/execution", BASIC, doc("{\"testKey\":\"CALC-1\",\"status\":\"PASS\"}"));
    HttpResponse<String> latest = http.post("/rest/raven/latest/import/execution", BASIC, doc("{\"testKey\":\"CALC-1\",\"status\":\"PASS\"}"));

    // then
    assertThat(json(v1)).isEqualTo(json("""
        {"testExecIssue": {"id": "10024", "key": "CALC-25", "self": "%s/rest/api/2/issue/10024"}}"""
        .formatted(sandbox.url())));
    assertThat(json(latest).path("testExecIssue").path("key").asText()).isEqualTo("CALC-26");
    assertThat(json(latest).path("testIssues").path("success").get(0).path("key").asText()).isEqualTo("CALC-1");
  }

  @Test
  void rejects_an_unknown_test_key_with_xrays_message() {
    assertRejected(http.post(IMPORT, BASIC, doc("{\"testKey\":\"CALC-999\",\"status\":\"PASS\"}")),
        "Test with key CALC-999 was not found!");
  }

  @Test
  void rejects_a_key_that_is_not_a_test() {
    assertRejected(http.post(IMPORT, BASIC, doc("{\"testKey\":\"CALC-21\",\"status\":\"PASS\"}")),
        "Test with key CALC-21 was not found!");
  }

  @Test
  void rejects_a_new_execution_without_project() {
    assertRejected(http.post(IMPORT, BASIC, "{\"tests\":[{\"testKey\":\"CALC-1\",\"status\":\"PASS\"}]}"),
        "Error assembling issue data: project is required");
  }

  @Test
  void rejects_a_new_execution_in_an_unknown_project() {
    assertRejected(http.post(IMPORT, BASIC, """
        {"info": {"project": "NOPE"}, "tests": [{"testKey": "CALC-1", "status": "PASS"}]}"""),
        "Error assembling issue data: project NOPE does not exist");
  }

  @Test
  void rejects_an_import_without_tests() {
    assertRejected(http.post(IMPORT, BASIC, doc("")), "There are no valid tests imported");
  }

  @Test
  void rejects_cloud_status_names_on_server() {
    assertRejected(http.post(IMPORT, BASIC, doc("{\"testKey\":\"CALC-1\",\"status\":\"PASSED\"}")),
        "Test CALC-1 status \"PASSED\" is not a valid status on Xray Server/Data Center;"
            + " valid: PASS, FAIL, TODO, EXECUTING, ABORTED");
  }

  @Test
  void accepts_a_custom_status_configured_in_the_seed(@TempDir Path dir) throws Exception {
    // given
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, """
        {"customStatuses": ["SKIPPED"], "projects": [{"key": "DEMO", "issues": [
          {"key": "DEMO-7", "issuetype": "Test", "testType": "Generic", "summary": "s", "definition": "d"}]}]}""");
    try (XraySandbox custom = XraySandbox.builder().seed(seed).start()) {
      SandboxHttp customHttp = new SandboxHttp(custom);

      // when
      HttpResponse<String> response = customHttp.post(IMPORT, BASIC, """
          {"info": {"project": "DEMO"}, "tests": [{"testKey": "DEMO-7", "status": "SKIPPED"}]}""");

      // then
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).path("testExecIssue").path("key").asText()).isEqualTo("DEMO-8");
      assertThat(customHttp.state().path("testExecutions").get(0).path("runs").get(0).path("status").asText())
          .isEqualTo("SKIPPED");
    }
  }

  @Test
  void rejects_a_date_not_in_xrays_format() {
    assertRejected(http.post(IMPORT, BASIC, doc("""
        {"testKey": "CALC-1", "status": "PASS", "start": "2026-05-01 10:00:00"}""")),
        "Test CALC-1: start \"2026-05-01 10:00:00\" is not a date in the format yyyy-MM-dd'T'HH:mm:ssXXX"
            + " (e.g. 2026-05-01T10:00:00+00:00)");
  }

  @Test
  void rejects_a_date_with_fractions_of_a_second_in_the_info() {
    HttpResponse<String> response = http.post(IMPORT, BASIC, """
        {"info": {"project": "CALC", "startDate": "2026-05-01T10:00:00.123Z"},
         "tests": [{"testKey": "CALC-1", "status": "PASS"}]}""");

    assertRejected(response, "info: startDate \"2026-05-01T10:00:00.123Z\" is not a date in the format"
        + " yyyy-MM-dd'T'HH:mm:ssXXX (e.g. 2026-05-01T10:00:00+00:00)");
  }

  @Test
  void rejects_evidence_that_is_not_base64() {
    assertRejected(http.post(IMPORT, BASIC, doc("""
        {"testKey": "CALC-1", "status": "PASS",
         "evidences": [{"data": "not base64!", "filename": "shot.png", "contentType": "image/png"}]}""")),
        "Test CALC-1 evidence \"shot.png\": data is not valid base64");
  }

  @Test
  void rejects_evidence_and_evidences_in_one_test() {
    String evidence = "[{\"data\":\"" + base64("x") + "\",\"filename\":\"a.txt\"}]";
    assertRejected(http.post(IMPORT, BASIC, doc("{\"testKey\":\"CALC-1\",\"status\":\"PASS\",\"evidence\":"
            + evidence + ",\"evidences\":" + evidence + "}")),
        "Test CALC-1: use either evidence or evidences, not both");
  }

  @Test
  void rejects_tests_without_status_or_without_key_and_test_info_in_one_message() {
    assertRejected(http.post(IMPORT, BASIC, doc("{\"testKey\":\"CALC-1\"}, {\"status\":\"PASS\"}")),
        "Test CALC-1: status is required; tests[1]: each test needs a testKey or a testInfo");
  }

  @Test
  void rejects_more_than_one_of_steps_examples_and_iterations() {
    assertRejected(http.post(IMPORT, BASIC, doc("""
        {"testKey": "CALC-13", "status": "PASS", "examples": ["PASS"],
         "iterations": [{"name": "one", "status": "PASS"}]}""")),
        "Test CALC-13: use only one of steps, examples and iterations");
  }

  @Test
  void accepts_evidence_under_either_name_and_keeps_its_metadata() {
    // when
    HttpResponse<String> response = http.post(IMPORT, PAT, doc("""
        {"testKey": "CALC-1", "status": "PASS",
         "evidence": [{"data": "%s", "filename": "log.txt", "contentType": "text/plain"}]},
        {"testKey": "CALC-2", "status": "FAIL", "evidences": [{"data": "%s", "filename": "b.bin"}]}"""
        .formatted(base64("hello"), base64("0123456789"))));

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode runs = http.state().path("testExecutions").get(0).path("runs");
    assertThat(runs.get(0).path("evidence")).isEqualTo(json("""
        [{"filename": "log.txt", "contentType": "text/plain", "size": 5}]"""));
    assertThat(runs.get(1).path("evidence")).isEqualTo(json("[{\"filename\": \"b.bin\", \"size\": 10}]"));
  }

  @Test
  void importing_into_an_existing_execution_replaces_that_tests_run_only() {
    // given a Test Execution created through Jira and a first import into it
    HttpResponse<String> created = http.post("/rest/api/2/issue", BASIC, """
        {"fields": {"project": {"key": "CALC"}, "summary": "Shard run",
                    "issuetype": {"name": "Test Execution"}}}""");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created)).isEqualTo(json("""
        {"id": "10024", "key": "CALC-25", "self": "%s/rest/api/2/issue/10024"}""".formatted(sandbox.url())));
    http.post(IMPORT, BASIC, """
        {"testExecutionKey": "CALC-25", "tests": [
          {"testKey": "CALC-1", "status": "FAIL", "comment": "first try",
           "iterations": [{"name": "[1] a=1", "parameters": [{"name": "a", "value": "1"}], "status": "FAIL"}]},
          {"testKey": "CALC-2", "status": "PASS"}]}""");
    long firstRunId = json(http.get("/rest/raven/2.0/api/testrun?testExecIssueKey=CALC-25&testIssueKey=CALC-1", BASIC))
        .path("id").asLong();

    // when
    HttpResponse<String> response = http.post(IMPORT, BASIC, """
        {"testExecutionKey": "CALC-25", "tests": [{"testKey": "CALC-1", "status": "PASS"}]}""");

    // then
    assertThat(json(response).path("testExecIssue").path("key").asText()).isEqualTo("CALC-25");
    JsonNode executions = http.state().path("testExecutions");
    assertThat(executions).hasSize(1);
    assertThat(executions.get(0).path("summary").asText()).isEqualTo("Shard run");
    assertThat(executions.get(0).path("runs")).isEqualTo(json("""
        [{"id": %d, "testKey": "CALC-1", "status": "PASS", "defects": [], "evidence": [], "iterations": [],
          "examples": [], "steps": []},
         {"id": 2, "testKey": "CALC-2", "status": "PASS", "defects": [], "evidence": [], "iterations": [],
          "examples": [], "steps": []}]""".formatted(firstRunId)));
    assertThat(json(http.get("/rest/raven/2.0/api/testexec/CALC-25/test", BASIC))).isEqualTo(json("""
        [{"id": %d, "key": "CALC-1", "rank": 1, "status": "PASS"},
         {"id": 2, "key": "CALC-2", "rank": 2, "status": "PASS"}]""".formatted(firstRunId)));
  }

  @Test
  void rejects_an_unknown_test_execution_key() {
    assertRejected(http.post(IMPORT, BASIC, """
        {"testExecutionKey": "CALC-2", "tests": [{"testKey": "CALC-1", "status": "PASS"}]}"""),
        "Test Execution with key CALC-2 was not found!");
  }

  @Test
  void provisions_a_generic_test_once_and_finds_it_again_by_definition() {
    // given
    String byDefinition = """
        {"testInfo": {"projectKey": "CALC", "summary": "login works", "type": "Generic",
                      "definition": "com.acme.LoginTest.login", "requirementKeys": ["CALC-21"],
                      "labels": ["smoke"]},
         "status": "PASS"}""";

    // when
    JsonNode first = json(http.post(IMPORT, BASIC, doc(byDefinition)));
    JsonNode second = json(http.post(IMPORT, BASIC, doc(byDefinition.replace("login works", "renamed"))));
    JsonNode other = json(http.post(IMPORT, BASIC, doc(byDefinition.replace("login\"", "logout\""))));

    // then
    assertThat(first.path("testIssues").path("success").get(0).path("key").asText()).isEqualTo("CALC-26");
    assertThat(second.path("testIssues").path("success").get(0).path("key").asText()).isEqualTo("CALC-26");
    assertThat(other.path("testIssues").path("success").get(0).path("key").asText()).isEqualTo("CALC-29");
    assertThat(json(http.get("/rest/raven/2.0/api/test?keys=CALC-26", BASIC))).isEqualTo(json("""
        [{"id": "10025", "key": "CALC-26", "self": "%s/rest/api/2/issue/10025", "type": "Generic",
          "definition": "com.acme.LoginTest.login", "requirementKeys": ["CALC-21"], "labels": ["smoke"]}]"""
        .formatted(sandbox.url())));
  }

  @Test
  void reuses_a_seeded_cucumber_test_with_the_same_summary() {
    HttpResponse<String> response = http.post(IMPORT, BASIC, doc("""
        {"testInfo": {"projectKey": "CALC", "summary": "Add two numbers", "type": "Cucumber",
                      "scenario": "Given 1 and 2"}, "status": "PASS"}"""));

    assertThat(json(response).path("testIssues").path("success").get(0).path("key").asText()).isEqualTo("CALC-13");
  }

  @Test
  void rejects_requirement_keys_that_are_not_requirements() {
    assertRejected(http.post(IMPORT, BASIC, doc("""
        {"testInfo": {"projectKey": "CALC", "summary": "s", "type": "Generic", "definition": "d",
                      "requirementKeys": ["CALC-1"]}, "status": "PASS"}""")),
        "CALC-1 is not a requirement issue or is not a valid issue key.");
  }

  @Test
  void multipart_import_creates_an_execution_from_the_info_part() {
    // when
    HttpResponse<String> response = http.multipart("/rest/raven/2.0/import/execution/multipart", BASIC,
        SandboxHttp.parts(
            "result", "{\"tests\": [{\"testKey\": \"CALC-3\", \"status\": \"FAIL\", \"examples\": []}]}",
            "info", """
                {"fields": {"project": {"key": "CALC"}, "summary": "From multipart",
                            "issuetype": {"name": "Test Execution"}}}"""));

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("testExecIssue").path("key").asText()).isEqualTo("CALC-25");
    JsonNode execution = http.state().path("testExecutions").get(0);
    assertThat(execution.path("summary").asText()).isEqualTo("From multipart");
    assertThat(execution.path("runs").get(0).path("testKey").asText()).isEqualTo("CALC-3");
  }

  @Test
  void multipart_import_names_the_missing_part() {
    HttpResponse<String> response = http.multipart("/rest/raven/2.0/import/execution/multipart", BASIC,
        SandboxHttp.parts("results", "{\"tests\": []}", "info", "{}"));

    assertRejected(response, "The multipart request has no part named result (expected parts: result = the"
        + " results, info = the Test Execution's Jira fields; received: results, info)");
  }

  @Test
  void cucumber_import_makes_one_run_per_outline_with_its_rows_as_examples() {
    // given
    String cucumber = """
        [{"uri": "calc.feature", "name": "Calculator", "elements": [
          {"type": "background", "keyword": "Background", "steps": [{"result": {"status": "passed"}}]},
          {"type": "scenario", "keyword": "Scenario Outline", "name": "Add", "tags": [{"name": "@TEST_CALC-13"}, {"name": "@REQ_CALC-21"}],
           "steps": [{"result": {"status": "passed"}}]},
          {"type": "background", "keyword": "Background", "steps": [{"result": {"status": "passed"}}]},
          {"type": "scenario", "keyword": "Scenario Outline", "name": "Add", "tags": [{"name": "@TEST_CALC-13"}],
           "steps": [{"result": {"status": "failed", "error_message": "expected 4 but was 5"},
                      "embeddings": [{"data": "%s", "mime_type": "image/png", "name": "screen.png"}]}]},
          {"type": "scenario", "keyword": "Scenario", "name": "Untagged", "steps": [{"result": {"status": "passed"}}]},
          {"type": "scenario", "keyword": "Scenario", "name": "Unknown", "tags": [{"name": "@CALC-999"}],
           "steps": [{"result": {"status": "passed"}}]}]}]""".formatted(base64("png!"));

    // when
    HttpResponse<String> response = http.post("/rest/raven/2.0/import/execution/cucumber", BASIC, cucumber);

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(http.state().path("testExecutions").get(0).path("runs")).isEqualTo(json("""
        [{"id": 1, "testKey": "CALC-13", "status": "FAIL", "comment": "expected 4 but was 5", "defects": [],
          "evidence": [{"filename": "screen.png", "contentType": "image/png", "size": 4}], "iterations": [],
          "examples": ["PASS", "FAIL"], "steps": []}]"""));
  }

  @Test
  void cucumber_import_without_a_known_test_imports_nothing() {
    assertRejected(http.post("/rest/raven/2.0/import/execution/cucumber", BASIC, """
        [{"elements": [{"type": "scenario", "name": "x", "tags": [{"name": "@CALC-999"}],
                        "steps": [{"result": {"status": "passed"}}]}]}]"""),
        "There are no valid tests imported");
  }

  @Test
  void rejects_a_body_that_is_not_json() {
    HttpResponse<String> response = http.post(IMPORT, BASIC, "{not json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").asText()).startsWith("The request body is not valid JSON");
  }
}
