package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GraphQL subset the examples and xray-cli use, beyond {@code createTestExecution} (see CloudImportTest). */
class CloudGraphQlTest extends SandboxTest {

  private static final String GRAPHQL = "/api/v2/graphql";

  private String bearer;

  @BeforeEach
  void authenticate() {
    bearer = http.cloudBearer();
  }

  private JsonNode post(String body) {
    HttpResponse<String> response = http.post(GRAPHQL, bearer, body);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  @Test
  void finds_issues_of_each_type_by_key_under_their_aliases() {
    // when
    JsonNode answer = post("""
        {"query": "query GetIssue($jql: String) { tests: getTests(jql: $jql, limit: 1) { results { issueId } } plans: getTestPlans(jql: $jql, limit: 1) { results { issueId jira(fields: [\\"key\\", \\"summary\\"]) } } }",
         "variables": {"jql": "key = \\"CALC-24\\""}}""");

    // then
    assertThat(answer.has("errors")).isFalse();
    assertThat(answer.path("data").path("tests").path("results")).isEmpty();
    JsonNode plan = answer.path("data").path("plans").path("results").get(0);
    assertThat(plan.path("jira").path("key").asText()).isEqualTo("CALC-24");
    assertThat(plan.path("jira").path("summary").asText()).isEqualTo("Calculator 1.0");
    assertThat(plan.path("jira").path("issuetype").path("name").asText()).isEqualTo("Test Plan");
    assertThat(plan.path("issueId").asText()).isNotBlank();
  }

  @Test
  void pages_the_tests_found_by_key_in() {
    // when
    JsonNode answer = post("""
        {"query": "query($jql: String, $limit: Int!, $start: Int) { getTests(jql: $jql, limit: $limit, start: $start) { total start limit results { issueId testType { name } jira(fields: [\\"key\\"]) } } }",
         "variables": {"jql": "key in (\\"CALC-1\\", \\"CALC-2\\", \\"CALC-21\\", \\"CALC-3\\")", "limit": 2, "start": 2}}""");

    // then
    JsonNode tests = answer.path("data").path("getTests");
    assertThat(tests.path("total").asInt()).as("CALC-21 is a Story").isEqualTo(3);
    assertThat(tests.path("results")).hasSize(1);
    assertThat(tests.path("results").get(0).path("jira").path("key").asText()).isEqualTo("CALC-3");
    assertThat(tests.path("results").get(0).path("testType").path("name").asText()).isEqualTo("Generic");
  }

  @Test
  void lists_the_cloud_statuses() {
    // when
    JsonNode answer = post("""
        {"query": "query GetStatuses { getStatuses { name description final color } }", "variables": {}}""");

    // then
    assertThat(answer.path("data").path("getStatuses").findValuesAsText("name"))
        .startsWith("PASSED", "FAILED", "TODO", "EXECUTING", "ABORTED");
  }

  @Test
  void names_what_it_answers_when_asked_for_something_else() {
    // when
    JsonNode answer = post("""
        {"query": "query { getTestRunById(id: \\"1\\") { id } }", "variables": {}}""");

    // then
    assertThat(answer.path("errors").get(0).path("message").asText())
        .startsWith("The Xray sandbox answers only createTestExecution, getStatuses, getTests");
    assertThat(answer.path("data").isNull()).isTrue();
  }

  @Test
  void a_jql_it_does_not_understand_is_an_error_naming_the_forms_it_does() {
    // when
    JsonNode answer = post("""
        {"query": "query($jql: String) { getTestPlans(jql: $jql, limit: 10) { total } }",
         "variables": {"jql": "project = CALC"}}""");

    // then
    assertThat(answer.path("errors").get(0).path("message").asText())
        .contains("understands only jql \"key = CALC-1\" or \"key in (CALC-1, CALC-2)\"");
    assertThat(answer.path("data").path("getTestPlans").isNull()).isTrue();
  }
}
