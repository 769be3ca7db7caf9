package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.base64;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ResourcesTest extends SandboxTest {

  @Test
  void answers_tests_by_keys_in_the_order_asked_leaving_out_what_is_not_a_test() {
    HttpResponse<String> response = http.get("/rest/raven/1.0/api/test?keys=CALC-13;CALC-21;CALC-999;CALC-1", BASIC);

    assertThat(json(response)).isEqualTo(json("""
        [{"id": "10012", "key": "CALC-13", "self": "%1$s/rest/api/2/issue/10012", "type": "Cucumber",
          "definition": "Given the calculator is switched on\\nWhen I add 2 and 3\\nThen the display shows \\"5\\"",
          "requirementKeys": ["CALC-21"], "labels": []},
         {"id": "10000", "key": "CALC-1", "self": "%1$s/rest/api/2/issue/10000", "type": "Generic",
          "definition": "calculator.adds", "requirementKeys": ["CALC-21"], "labels": []}]"""
        .formatted(sandbox.url())));
  }

  @Test
  void adds_and_removes_tests_of_an_execution_answering_xrays_list_of_errors() {
    // given
    http.post("/rest/api/2/issue", BASIC, """
        {"fields": {"project": {"key": "CALC"}, "summary": "Empty", "issuetype": {"name": "Test Execution"}}}""");

    // when
    HttpResponse<String> added = http.post("/rest/raven/2.0/api/testexec/CALC-25/test", BASIC, """
        {"add": ["CALC-1", "CALC-2", "CALC-999"]}""");
    HttpResponse<String> removed = http.post("/rest/raven/2.0/api/testexec/CALC-25/test", BASIC, """
        {"remove": ["CALC-2"]}""");

    // then
    assertThat(json(added)).isEqualTo(json("[\"Test with key CALC-999 was not found!\"]"));
    assertThat(json(removed)).isEqualTo(json("[]"));
    assertThat(json(http.get("/rest/raven/2.0/api/testexec/CALC-25/test", BASIC))).isEqualTo(json("""
        [{"id": 1, "key": "CALC-1", "rank": 1, "status": "TODO"}]"""));
  }

  @Test
  void answers_a_test_run_by_keys_and_by_id_in_xrays_shape() {
    // given
    http.post("/rest/raven/2.0/import/execution", BASIC, """
        {"info": {"project": "CALC"}, "tests": [{"testKey": "CALC-13", "status": "FAIL", "comment": "row 2",
          "start": "2026-05-01T10:00:00+00:00", "finish": "2026-05-01T10:00:02+00:00",
          "defects": ["CALC-77"], "examples": ["PASS", "FAIL"],
          "evidences": [{"data": "%s", "filename": "out.log", "contentType": "text/plain"}]}]}"""
        .formatted(base64("12345678")));
    String expected = """
        {"id": 1, "status": "FAIL", "testKey": "CALC-13", "testExecKey": "CALC-25", "comment": "row 2",
         "startedOn": "2026-05-01T10:00:00+00:00", "finishedOn": "2026-05-01T10:00:02+00:00",
         "defects": [{"key": "CALC-77"}],
         "evidences": [{"fileName": "out.log", "contentType": "text/plain", "fileSizeBytes": 8}],
         "examples": [{"id": 0, "rank": 1, "status": "PASS"}, {"id": 1, "rank": 2, "status": "FAIL"}],
         "iterations": [], "steps": []}""";

    // when / then
    assertThat(json(http.get("/rest/raven/2.0/api/testrun?testExecIssueKey=CALC-25&testIssueKey=CALC-13", BASIC)))
        .isEqualTo(json(expected));
    assertThat(json(http.get("/rest/raven/2.0/api/testrun/1", BASIC))).isEqualTo(json(expected));
    assertThat(http.get("/rest/raven/2.0/api/testrun/99", BASIC).statusCode()).isEqualTo(404);
  }

  @Test
  void lists_the_built_in_and_custom_test_statuses() {
    HttpResponse<String> response = http.get("/rest/raven/2.0/api/settings/teststatuses", BASIC);

    assertThat(json(response).findValuesAsText("name")).containsExactly("PASS", "FAIL", "TODO", "EXECUTING", "ABORTED");
  }

  @Test
  void jira_creates_only_test_executions_and_answers_jiras_errors() {
    HttpResponse<String> bug = http.post("/rest/api/2/issue", BASIC, """
        {"fields": {"project": {"key": "CALC"}, "summary": "x", "issuetype": {"name": "Bug"}}}""");
    HttpResponse<String> noProject = http.post("/rest/api/2/issue", BASIC, """
        {"fields": {"summary": "x", "issuetype": {"name": "Test Execution"}}}""");

    assertThat(bug.statusCode()).isEqualTo(400);
    assertThat(json(noProject)).isEqualTo(json("""
        {"errorMessages": [], "errors": {"project": "project is required"}}"""));
  }

  @Test
  void jira_answers_an_issue_by_key_or_id_and_404_for_an_unknown_one() {
    String expected = """
        {"id": "10020", "key": "CALC-21", "self": "%s/rest/api/2/issue/10020",
         "fields": {"summary": "Basic arithmetic", "issuetype": {"name": "Story"},
                    "project": {"key": "CALC", "name": "Calculator"}}}""".formatted(sandbox.url());

    assertThat(json(http.get("/rest/api/2/issue/CALC-21", BASIC))).isEqualTo(json(expected));
    assertThat(json(http.get("/rest/api/2/issue/10020", BASIC))).isEqualTo(json(expected));
    HttpResponse<String> unknown = http.get("/rest/api/2/issue/CALC-404", BASIC);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown)).isEqualTo(json("{\"errorMessages\": [\"Issue Does Not Exist\"], \"errors\": {}}"));
  }

  @Test
  void answers_404_for_an_unknown_endpoint_and_405_for_a_wrong_method() {
    HttpResponse<String> unknown = http.get("/rest/raven/2.0/nothing", BASIC);
    HttpResponse<String> wrongMethod = http.get("/rest/raven/2.0/import/execution", BASIC);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("error").asText()).startsWith("The Xray sandbox has no endpoint GET /rest/raven/2.0/nothing");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(json(wrongMethod).path("error").asText())
        .isEqualTo("Method GET is not allowed on /rest/raven/2.0/import/execution; use POST");
  }

  @Test
  void pages_the_tests_of_an_execution_and_exports_runs_by_execution_or_plan() {
    // given
    http.post("/rest/raven/2.0/import/execution", BASIC, """
        {"info": {"project": "CALC", "testPlanKey": "CALC-24"}, "tests": [
          {"testKey": "CALC-1", "status": "PASS"}, {"testKey": "CALC-2", "status": "FAIL", "comment": "a < b"},
          {"testKey": "CALC-3", "status": "TODO"}]}""");

    // when
    var second = json(http.get("/rest/raven/2.0/api/testexec/CALC-25/test?limit=2&page=2", BASIC));
    var past = json(http.get("/rest/raven/2.0/api/testexec/CALC-25/test?limit=2&page=3", BASIC));
    var byExecution = json(http.get("/rest/raven/1.0/testruns?testExecKey=CALC-25&limit=2&page=1", BASIC));
    var byPlan = json(http.get("/rest/raven/1.0/testruns?testPlanKey=CALC-24", BASIC));
    var byPlanV2 = json(http.get("/rest/raven/2.0/api/testruns?testPlanKey=CALC-24", BASIC));

    // then
    assertThat(second).isEqualTo(json("[{\"id\": 3, \"key\": \"CALC-3\", \"rank\": 3, \"status\": \"TODO\"}]"));
    assertThat(past).isEmpty();
    assertThat(byExecution.findValuesAsText("testKey")).containsExactly("CALC-1", "CALC-2");
    assertThat(byPlan.findValuesAsText("testKey")).containsExactly("CALC-1", "CALC-2", "CALC-3");
    assertThat(byPlanV2).isEqualTo(byPlan);
    assertThat(http.get("/rest/raven/2.0/api/testrun/2/status", BASIC).body()).isEqualTo("FAIL");
    assertThat(json(http.get("/rest/raven/2.0/api/testrun/2/comment", BASIC)))
        .isEqualTo(json("{\"raw\": \"a < b\", \"rendered\": \"<p>a &lt; b</p>\"}"));
  }
}
