package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.xray4j.core.internal.http.GraphQl;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link XrayClient} call on Xray Cloud, through {@code POST /api/v2/graphql}: the documents and variables
 * as Xray's GraphQL documentation names them, keys looked up as ids once, pages of 100 followed, and answers
 * with data, errors and warnings.
 */
class CloudGraphQlTest extends XrayClientTestSupport {

  private static final String GRAPHQL = "/api/v2/graphql";

  private XrayClient client;

  @BeforeEach
  void cloudClient() {
    client = client(XrayFlavour.CLOUD);
  }

  /** Answers the GraphQL requests whose query contains {@code text} (and whose variables match, if given). */
  private static void answer(String text, String variables, String body) {
    MappingBuilder request = post(urlPathEqualTo(GRAPHQL)).withRequestBody(matchingJsonPath("$.query", containing(text)));
    if (variables != null) {
      request = request.withRequestBody(matchingJsonPath("$.variables", equalToJson(variables, true, true)));
    }
    xray.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  private static void data(String text, String variables, String data) {
    answer(text, variables, "{\"data\":" + data + "}");
  }

  private static RequestPatternBuilder sent(String text) {
    return postRequestedFor(urlPathEqualTo(GRAPHQL)).withHeader("Authorization", equalTo("Bearer test-token-123"))
        .withRequestBody(matchingJsonPath("$.query", containing(text)));
  }

  private static RequestPatternBuilder sent(String text, String variables) {
    return sent(text).withRequestBody(matchingJsonPath("$.variables", equalToJson(variables, true, true)));
  }

  /** {@code getTests(jql: ...)} and its siblings find these keys with these ids. */
  private static void ids(String query, String... keysAndIds) {
    List<String> results = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < keysAndIds.length; i += 2) {
      keys.add("\"" + keysAndIds[i] + "\"");
      results.add("{\"issueId\":\"" + keysAndIds[i + 1] + "\",\"jira\":{\"key\":\"" + keysAndIds[i] + "\"}}");
    }
    data(query + "(jql: $jql", "{\"jql\":\"key in (" + String.join(", ", keys).replace("\"", "\\\"") + ")\"}",
        "{\"" + query + "\":{\"total\":" + results.size() + ",\"start\":0,\"limit\":100,\"results\":["
            + String.join(",", results) + "]}}");
  }

  // ---- answers ----------------------------------------------------------------------------------------------

  @Test
  void errors_that_come_with_data_fail_the_call_and_the_partial_data_is_not_used() {
    // given
    answer("getStatuses", null, "{\"errors\":[{\"message\":\"Cannot query field \\\"finall\\\"\","
        + "\"locations\":[{\"line\":1,\"column\":40}]}],\"data\":{\"getStatuses\":[{\"name\":\"PASSED\"}]}}");

    // when
    XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class, client::getTestRunStatuses);

    // then
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("Xray Cloud rejected getStatuses", "Cannot query field \"finall\"",
        "the partial data that came with the errors was not used");
    assertThat(e.request()).isEqualTo("POST " + GRAPHQL);
  }

  @Test
  void a_400_with_graphql_errors_is_a_bad_request_in_xrays_words() {
    // given
    xray.stubFor(post(urlPathEqualTo(GRAPHQL)).willReturn(aResponse().withStatus(400).withBody(
        "{\"errors\":[{\"message\":\"Variable \\\"$limit\\\" of required type \\\"Int!\\\" was not provided.\"}]}")));

    // when
    XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class, client::getTestRunStatuses);

    // then
    assertThat(e).isNotNull();
    assertThat(e.xrayMessage()).contains("Variable \"$limit\" of required type \"Int!\" was not provided.");
  }

  /** What another caller of the GraphQL layer reads: its own document, its data as a record. */
  record Executions(Page getTestExecutions) {
    record Page(int total, List<Execution> results) {}

    record Execution(String issueId) {}
  }

  @Test
  void the_graphql_layer_reads_a_document_of_its_callers_into_their_type() {
    // given
    String document = "query($jql: String) { getTestExecutions(jql: $jql, limit: 1) { total results { issueId } } }";
    data("getTestExecutions(jql: $jql, limit: 1)", "{\"jql\":\"labels = run-42\"}",
        "{\"getTestExecutions\":{\"total\":1,\"results\":[{\"issueId\":\"10082\"}]}}");
    GraphQl graphQl = new GraphQl(XrayHttp.create(XrayFlavour.CLOUD.config(url(), Map.of())));

    // when
    Executions found = graphQl.query(document, Map.of("jql", "labels = run-42"), Executions.class);

    // then
    assertThat(found.getTestExecutions().results()).containsExactly(new Executions.Execution("10082"));
  }

  @Test
  void an_answer_without_data_or_errors_is_malformed() {
    // given
    answer("getStatuses", null, "{\"message\":\"hello\"}");

    // when / then
    assertThatThrownBy(client::getTestRunStatuses).isInstanceOf(XrayMalformedResponseException.class)
        .hasMessageContaining("Xray Cloud answered getStatuses without data or errors");
  }

  @Test
  void reads_the_test_run_statuses_named_by_their_names() {
    // given
    data("query GetStatuses { getStatuses { name description final color } }", null, "{\"getStatuses\":["
        + "{\"name\":\"PASSED\",\"description\":\"The test run has passed\",\"final\":true,\"color\":\"#95C160\"},"
        + "{\"name\":\"TODO\",\"description\":null,\"final\":false,\"color\":\"#A2A6AE\"}]}");

    // when
    List<TestRunStatusSetting> statuses = client.getTestRunStatuses();

    // then
    assertThat(statuses).containsExactly(
        new TestRunStatusSetting("PASSED", "PASSED", "The test run has passed", "#95C160", true),
        new TestRunStatusSetting("TODO", "TODO", null, "#A2A6AE", false));
  }

  // ---- issues -----------------------------------------------------------------------------------------------

  @Test
  void reads_an_xray_issue_by_key_and_checks_the_api_key() {
    // given
    data("query GetIssue", "{\"jql\":\"key = \\\"CALC-24\\\"\"}", "{\"tests\":{\"results\":[]},"
        + "\"testExecutions\":{\"results\":[]},\"testPlans\":{\"results\":[{\"issueId\":\"10024\",\"jira\":"
        + "{\"key\":\"CALC-24\",\"summary\":\"Calculator 1.0\",\"issuetype\":{\"name\":\"Test Plan\"}}}]},"
        + "\"testSets\":{\"results\":[]},\"preconditions\":{\"results\":[]}}");
    data("query CheckApiKey", null, "{\"getStatuses\":[{\"name\":\"PASSED\"}]}");

    // when
    JiraIssue plan = client.getIssue("CALC-24");
    JiraUser user = client.myself();

    // then
    assertThat(plan.ref()).isEqualTo(new IssueRef("10024", "CALC-24", null));
    assertThat(plan.issueType()).contains("Test Plan");
    assertThat(plan.summary()).contains("Calculator 1.0");
    assertThat(user.displayName()).isEqualTo("Xray Cloud API key");
    xray.verify(1, sent("getTestPlans(jql: $jql, limit: 1)"));
  }

  @Test
  void an_issue_of_no_xray_type_is_not_found_and_named() {
    // given
    data("query GetIssue", null, "{\"tests\":{\"results\":[]},\"testExecutions\":{\"results\":[]},"
        + "\"testPlans\":{\"results\":[]},\"testSets\":{\"results\":[]},\"preconditions\":{\"results\":[]}}");

    // when
    XrayNotFoundException e = catchThrowableOfType(XrayNotFoundException.class, () -> client.getIssue("CALC-404"));

    // then
    assertThat(e).isNotNull();
    assertThat(e.unknownKeys()).containsExactly("CALC-404");
    assertThat(e.getMessage()).contains("Xray Cloud has no Test, Test Execution, Test Plan, Test Set or"
        + " Pre-Condition CALC-404");
  }

  @Test
  void creates_xray_issues_with_their_mutation_and_refuses_other_types() {
    // given
    data("createTestPlan(jira: $jira)", "{\"jira\":{\"fields\":{\"project\":{\"key\":\"CALC\"},\"summary\":\"1.4\"}}}",
        "{\"createTestPlan\":{\"testPlan\":{\"issueId\":\"10300\",\"jira\":{\"key\":\"CALC-300\"}},\"warnings\":[]}}");

    // when
    IssueRef plan = client.createIssue(Map.of("project", Map.of("key", "CALC"), "summary", "1.4",
        "issuetype", Map.of("name", "Test Plan")));

    // then
    assertThat(plan).isEqualTo(new IssueRef("10300", "CALC-300", null));
    assertThatThrownBy(() -> client.createIssue(Map.of("issuetype", Map.of("name", "Bug"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Xray Cloud creates only Xray's issue types").hasMessageContaining("not \"Bug\"");
    xray.verify(1, sent("mutation createTestPlan($jira: JSON!)"));
  }

  // ---- Tests and steps --------------------------------------------------------------------------------------

  @Test
  void gets_tests_by_key_with_type_and_definition() {
    // given
    data("getTests(jql: $jql", "{\"jql\":\"key in (\\\"CALC-1\\\", \\\"CALC-2\\\", \\\"CALC-3\\\")\",\"limit\":100,"
        + "\"start\":0}", "{\"getTests\":{\"total\":3,\"start\":0,\"limit\":100,\"results\":["
        + "{\"issueId\":\"10001\",\"testType\":{\"name\":\"Generic\",\"kind\":\"Unstructured\"},"
        + "\"unstructured\":\"com.acme.CalcTest.adds\",\"gherkin\":null,\"steps\":[],\"jira\":{\"key\":\"CALC-1\"}},"
        + "{\"issueId\":\"10002\",\"testType\":{\"name\":\"Cucumber\",\"kind\":\"Gherkin\"},"
        + "\"unstructured\":null,\"gherkin\":\"Given a calculator\",\"steps\":[],\"jira\":{\"key\":\"CALC-2\"}},"
        + "{\"issueId\":\"10003\",\"testType\":{\"name\":\"Manual\",\"kind\":\"Steps\"},\"unstructured\":null,"
        + "\"gherkin\":null,\"steps\":[{\"id\":\"s1\",\"action\":\"open\",\"data\":\"\",\"result\":\"shown\"}],"
        + "\"jira\":{\"key\":\"CALC-3\"}}]}}");
    data("getTest(issueId: $issueId)", null, "{\"getTest\":{\"issueId\":\"10003\",\"steps\":[]}}");

    // when
    List<XrayTest> tests = client.getTests(List.of("CALC-1", "CALC-2", "CALC-3"));
    client.getTestSteps("CALC-3");

    // then
    assertThat(tests).containsExactly(
        new XrayTest("CALC-1", "10001", null, "Generic", "com.acme.CalcTest.adds"),
        new XrayTest("CALC-2", "10002", null, "Cucumber", "Given a calculator"),
        new XrayTest("CALC-3", "10003", null, "Manual",
            "[{\"id\":\"s1\",\"action\":\"open\",\"data\":\"\",\"result\":\"shown\"}]"));
    xray.verify(1, sent("getTests(jql: $jql"));
    xray.verify(1, sent("getTest(issueId: $issueId)", "{\"issueId\":\"10003\"}"));
  }

  @Test
  void reads_creates_updates_and_removes_test_steps_by_id() {
    // given
    ids("getTests", "CALC-5", "10005");
    data("getTest(issueId: $issueId)", "{\"issueId\":\"10005\"}", "{\"getTest\":{\"issueId\":\"10005\",\"steps\":["
        + "{\"id\":\"836d30ec-f034-4a03-879e-9c44a1d6d1fe\",\"action\":\"open\",\"data\":\"url\",\"result\":\"page shown\"}]}}");
    data("addTestStep(issueId: $issueId, step: $step)",
        "{\"issueId\":\"10005\",\"step\":{\"action\":\"click\",\"data\":\"\",\"result\":\"done\"}}",
        "{\"addTestStep\":{\"id\":\"9e8f0b5c\",\"action\":\"click\",\"data\":\"\",\"result\":\"done\"}}");
    data("updateTestStep(stepId: $stepId, step: $step)",
        "{\"stepId\":\"9e8f0b5c\",\"step\":{\"action\":\"click twice\",\"data\":\"\",\"result\":\"done\"}}",
        "{\"updateTestStep\":{\"warnings\":[]}}");
    data("removeTestStep(stepId: $stepId)", "{\"stepId\":\"9e8f0b5c\"}", "{\"removeTestStep\":\"Step removed\"}");

    // when
    List<TestStepDefinition> steps = client.getTestSteps("CALC-5");
    String created = client.createTestStep("CALC-5", "click", "", "done");
    client.updateTestStep("CALC-5", created, "click twice", "", "done");
    client.deleteTestStep("CALC-5", created);

    // then
    assertThat(steps).containsExactly(
        new TestStepDefinition("836d30ec-f034-4a03-879e-9c44a1d6d1fe", 1, "open", "url", "page shown"));
    assertThat(created).isEqualTo("9e8f0b5c");
    xray.verify(1, sent("mutation UpdateTestStep($stepId: String!, $step: UpdateStepInput!)"));
    xray.verify(1, sent("mutation RemoveTestStep($stepId: String!)"));
    xray.verify(1, sent("getTests(jql: $jql").withRequestBody(
        matchingJsonPath("$.variables.jql", equalTo("key in (\"CALC-5\")"))));
  }

  // ---- keys and ids -----------------------------------------------------------------------------------------

  @Test
  void looks_keys_up_once_in_one_batch_and_names_the_unknown_ones() {
    // given
    ids("getTestPlans", "CALC-100", "10100");
    data("getTests(jql: $jql", null, "{\"getTests\":{\"total\":2,\"start\":0,\"limit\":100,\"results\":["
        + "{\"issueId\":\"10001\",\"jira\":{\"key\":\"CALC-1\"}},{\"issueId\":\"10002\",\"jira\":{\"key\":\"CALC-2\"}}]}}");
    data("addTestsToTestPlan(", null, "{\"addTestsToTestPlan\":{\"addedTests\":[\"10001\",\"10002\"],\"warning\":null}}");

    // when
    client.updateLinked(Association.PLAN_TESTS, "CALC-100", List.of("CALC-1", "CALC-2"), List.of());
    client.updateLinked(Association.PLAN_TESTS, "CALC-100", List.of("CALC-2", "CALC-1"), List.of());
    XrayNotFoundException e = catchThrowableOfType(XrayNotFoundException.class, () ->
        client.updateLinked(Association.PLAN_TESTS, "CALC-100", List.of("CALC-1", "CALC-9"), List.of()));

    // then
    xray.verify(1, sent("getTestPlans(jql: $jql"));
    xray.verify(1, sent("getTests(jql: $jql", "{\"jql\":\"key in (\\\"CALC-1\\\", \\\"CALC-2\\\")\"}"));
    xray.verify(1, sent("getTests(jql: $jql", "{\"jql\":\"key in (\\\"CALC-9\\\")\"}"));
    xray.verify(2, sent("addTestsToTestPlan("));
    assertThat(e).isNotNull();
    assertThat(e.unknownKeys()).containsExactly("CALC-9");
    assertThat(e.getMessage()).startsWith("Xray Cloud has no Test CALC-9");
  }

  @Test
  void links_tests_to_a_requirement_found_among_the_coverable_issues() {
    // given
    ids("getCoverableIssues", "CALC-9", "10900");
    ids("getTests", "CALC-1", "10001");
    data("addTestsToRequirement(", null,
        "{\"addTestsToRequirement\":{\"addedTests\":[\"10001\"],\"warning\":null}}");

    // when
    client.linkTestsToRequirement("CALC-9", List.of("CALC-1"));

    // then
    xray.verify(1, sent("mutation addTestsToRequirement($issueId: String!, $testIssueIds: [String]!)",
        "{\"issueId\":\"10900\",\"testIssueIds\":[\"10001\"]}"));
  }

  @Test
  void linking_to_an_issue_that_is_not_a_requirement_names_it() {
    // given
    data("getCoverableIssues(jql: $jql", null,
        "{\"getCoverableIssues\":{\"total\":0,\"start\":0,\"limit\":100,\"results\":[]}}");

    // when
    XrayNotFoundException e = catchThrowableOfType(XrayNotFoundException.class,
        () -> client.linkTestsToRequirement("CALC-7", List.of("CALC-1")));

    // then
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("Xray Cloud has no requirement CALC-7");
    xray.verify(0, sent("addTestsToRequirement("));
  }

  // ---- associations -----------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Association.class)
  void adds_and_removes_the_issues_of_every_association_by_id(Association association) {
    // given
    String[] names = switch (association) {
      case EXECUTION_TESTS -> new String[] {"getTestExecutions", "getTests", "addTestsToTestExecution",
          "removeTestsFromTestExecution", "testIssueIds", "addedTests"};
      case PLAN_TESTS -> new String[] {"getTestPlans", "getTests", "addTestsToTestPlan", "removeTestsFromTestPlan",
          "testIssueIds", "addedTests"};
      case PLAN_EXECUTIONS -> new String[] {"getTestPlans", "getTestExecutions", "addTestExecutionsToTestPlan",
          "removeTestExecutionsFromTestPlan", "testExecIssueIds", "addedTestExecutions"};
      case SET_TESTS -> new String[] {"getTestSets", "getTests", "addTestsToTestSet", "removeTestsFromTestSet",
          "testIssueIds", "addedTests"};
      case PRECONDITION_TESTS -> new String[] {"getPreconditions", "getTests", "addTestsToPrecondition",
          "removeTestsFromPrecondition", "testIssueIds", "addedTests"};
    };
    ids(names[0], "CALC-50", "10050");
    ids(names[1], "CALC-1", "10001");
    ids(names[1], "CALC-2", "10002");
    data(names[2] + "(issueId: $issueId, " + names[4] + ": $" + names[4] + ")",
        "{\"issueId\":\"10050\",\"" + names[4] + "\":[\"10001\"]}",
        "{\"" + names[2] + "\":{\"" + names[5] + "\":[],\"warning\":\"CALC-1 is already associated\"}}");
    data(names[3] + "(issueId: $issueId, " + names[4] + ": $" + names[4] + ")",
        "{\"issueId\":\"10050\",\"" + names[4] + "\":[\"10002\"]}", "{\"" + names[3] + "\":\"removed\"}");

    // when
    client.updateLinked(association, "CALC-50", List.of("CALC-1"), List.of("CALC-2"));

    // then
    xray.verify(1, sent("mutation " + names[2] + "($issueId: String!, $" + names[4] + ": [String]!)"));
    xray.verify(1, sent("mutation " + names[3] + "($issueId: String!, $" + names[4] + ": [String]!)"));
    assertThat(logged()).extracting(r -> r.getMessage())
        .contains("Xray Cloud warns on " + names[2] + ": CALC-1 is already associated");
  }

  @Test
  void follows_the_pages_of_a_list_to_its_total() {
    // given
    ids("getTestPlans", "CALC-100", "10100");
    data("getTestPlan(issueId: $issueId)", "{\"issueId\":\"10100\",\"limit\":100,\"start\":0}",
        "{\"getTestPlan\":{\"tests\":{\"total\":150,\"start\":0,\"limit\":100,\"results\":[" + tests(1, 100) + "]}}}");
    data("getTestPlan(issueId: $issueId)", "{\"issueId\":\"10100\",\"limit\":100,\"start\":100}",
        "{\"getTestPlan\":{\"tests\":{\"total\":150,\"start\":100,\"limit\":100,\"results\":[" + tests(101, 150)
            + "]}}}");

    // when
    List<LinkedIssue> tests = client.getLinked(Association.PLAN_TESTS, "CALC-100");

    // then
    assertThat(tests).hasSize(150);
    assertThat(tests.get(0)).isEqualTo(new LinkedIssue("CALC-1", "20001", null, "PASSED"));
    assertThat(tests.get(149).key()).isEqualTo("CALC-150");
    xray.verify(2, sent("status(testPlan: $issueId) { name }"));
  }

  @Test
  void reads_one_page_of_the_tests_of_a_test_execution_with_their_run_status() {
    // given
    ids("getTestExecutions", "CALC-82", "10082");
    data("getTestExecution(issueId: $issueId)", "{\"issueId\":\"10082\",\"limit\":2,\"start\":2}",
        "{\"getTestExecution\":{\"testRuns\":{\"total\":5,\"start\":2,\"limit\":2,\"results\":["
            + "{\"status\":{\"name\":\"FAILED\"},\"test\":{\"issueId\":\"20003\",\"jira\":{\"key\":\"CALC-3\"}}},"
            + "{\"status\":{\"name\":\"PASSED\"},\"test\":{\"issueId\":\"20004\",\"jira\":{\"key\":\"CALC-4\"}}}]}}}");

    // when
    List<LinkedIssue> page = client.getExecutionTests("CALC-82", true, 2, 2);

    // then
    assertThat(page).containsExactly(new LinkedIssue("CALC-3", "20003", 3, "FAILED"),
        new LinkedIssue("CALC-4", "20004", 4, "PASSED"));
  }

  private static String tests(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "{\"issueId\":\"" + (20000 + i) + "\",\"jira\":{\"key\":"
        + "\"CALC-" + i + "\"},\"status\":{\"name\":\"PASSED\"}}").collect(Collectors.joining(","));
  }

  // ---- Test Runs --------------------------------------------------------------------------------------------

  private static final String RUN = "{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\",\"status\":{\"name\":\"FAILED\"},"
      + "\"comment\":\"boom\",\"startedOn\":\"2026-05-01T10:00:00Z\",\"finishedOn\":\"2026-05-01T10:05:00Z\","
      + "\"executedById\":\"5b10a2844c20165700ede21g\",\"assigneeId\":null,\"defects\":[\"10077\"],"
      + "\"evidence\":[{\"id\":\"e1\",\"filename\":\"log.txt\",\"downloadLink\":\"https://xray.cloud.getxray.app/e1\"}],"
      + "\"customFields\":[{\"id\":\"cf1\",\"name\":\"Browser\",\"values\":[\"chrome\"]}],"
      + "\"test\":{\"issueId\":\"10001\",\"jira\":{\"key\":\"CALC-1\"}},"
      + "\"testExecution\":{\"issueId\":\"10082\",\"jira\":{\"key\":\"CALC-82\"}},"
      + "\"iterations\":{\"total\":1,\"start\":0,\"limit\":100,\"results\":[{\"rank\":\"1\",\"status\":{\"name\":"
      + "\"FAILED\"},\"parameters\":[{\"name\":\"a\",\"value\":\"1\"}]}]}}";

  private static final TestRun EXPECTED = new TestRun("5acc7ab0a3fe1b6fcdc3c737", "FAILED", "CALC-1", "CALC-82",
      null, "5b10a2844c20165700ede21g", "2026-05-01T10:00:00Z", "2026-05-01T10:05:00Z", "boom", List.of("10077"),
      List.of(new TestRun.Attachment("e1", "log.txt", "https://xray.cloud.getxray.app/e1")),
      List.of(new TestRun.Field("cf1", "Browser", "[\"chrome\"]")),
      List.of(new TestRun.Iteration("1", "FAILED", Map.of("a", "1"))));

  @Test
  void reads_a_test_run_by_test_and_execution_and_by_id() {
    // given
    ids("getTestExecutions", "CALC-82", "10082");
    ids("getTests", "CALC-1", "10001");
    data("getTestRun(testIssueId: $testIssueId, testExecIssueId: $testExecIssueId)",
        "{\"testIssueId\":\"10001\",\"testExecIssueId\":\"10082\",\"iterations\":100}", "{\"getTestRun\":" + RUN + "}");
    data("getTestRunById(id: $id) { ...Run }", "{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\"}", "{\"getTestRunById\":" + RUN + "}");
    data("query GetTestRunStatus", null, "{\"getTestRunById\":{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\","
        + "\"status\":{\"name\":\"FAILED\"}}}");
    data("query GetTestRunComment", null, "{\"getTestRunById\":{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\",\"comment\":\"boom\"}}");

    // when / then
    assertThat(client.getTestRun("CALC-82", "CALC-1")).isEqualTo(EXPECTED);
    assertThat(client.getTestRun("5acc7ab0a3fe1b6fcdc3c737")).isEqualTo(EXPECTED);
    assertThat(client.getTestRunStatus("5acc7ab0a3fe1b6fcdc3c737")).isEqualTo("FAILED");
    assertThat(client.getTestRunComment("5acc7ab0a3fe1b6fcdc3c737")).isEqualTo(Optional.of("boom"));
  }

  @Test
  void a_missing_run_is_not_found() {
    // given
    data("getTestRunById(id: $id) { ...Run }", null, "{\"getTestRunById\":null}");

    // when / then
    assertThatThrownBy(() -> client.getTestRun("nope")).isInstanceOf(XrayNotFoundException.class)
        .hasMessageContaining("there is no Test Run nope");
  }

  @Test
  void follows_the_iterations_of_a_run_past_the_first_page() {
    // given
    String first = RUN.replace("\"iterations\":{\"total\":1,", "\"iterations\":{\"total\":102,");
    data("getTestRunById(id: $id) { ...Run }", null, "{\"getTestRunById\":" + first + "}");
    data("query GetTestRunIterations", "{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\",\"start\":1,\"limit\":100}",
        "{\"getTestRunById\":{\"iterations\":{\"total\":102,\"start\":1,\"limit\":100,\"results\":["
            + IntStream.rangeClosed(2, 101).mapToObj(i -> "{\"rank\":\"" + i + "\",\"status\":{\"name\":\"PASSED\"},"
                + "\"parameters\":[]}").collect(Collectors.joining(",")) + "]}}}");
    data("query GetTestRunIterations", "{\"id\":\"5acc7ab0a3fe1b6fcdc3c737\",\"start\":101}",
        "{\"getTestRunById\":{\"iterations\":{\"total\":102,\"start\":101,\"limit\":100,\"results\":["
            + "{\"rank\":\"102\",\"status\":{\"name\":\"PASSED\"},\"parameters\":[]}]}}}");

    // when
    TestRun run = client.getTestRun("5acc7ab0a3fe1b6fcdc3c737");

    // then
    assertThat(run.iterations()).hasSize(102);
    assertThat(run.iterations().get(101).rank()).isEqualTo("102");
  }

  @Test
  void updates_status_comment_defects_and_evidence_of_a_run() {
    // given
    String id = "5acc7ab0a3fe1b6fcdc3c737";
    data("updateTestRunStatus(id: $id, status: $status)", "{\"id\":\"" + id + "\",\"status\":\"PASSED\"}",
        "{\"updateTestRunStatus\":null}");
    data("updateTestRunComment(id: $id, comment: $comment)", "{\"id\":\"" + id + "\",\"comment\":\"fixed\"}",
        "{\"updateTestRunComment\":null}");
    data("addDefectsToTestRun(id: $id, issues: $issues)", "{\"id\":\"" + id + "\",\"issues\":[\"CALC-77\"]}",
        "{\"addDefectsToTestRun\":{\"addedDefects\":[\"10077\"],\"warnings\":[]}}");
    data("addEvidenceToTestRun(id: $id, evidence: $evidence)", "{\"id\":\"" + id + "\",\"evidence\":[{\"filename\":"
        + "\"log.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGVsbG8=\"}]}",
        "{\"addEvidenceToTestRun\":{\"addedEvidence\":[\"e2\"],\"warnings\":[]}}");

    // when
    client.setTestRunStatus(id, "PASSED");
    client.setTestRunComment(id, "fixed");
    client.addTestRunDefects(id, List.of("CALC-77"));
    client.addTestRunEvidence(id, Evidence.ofBytes("log.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));

    // then
    xray.verify(1, sent("mutation UpdateTestRunStatus($id: String!, $status: String!)"));
    xray.verify(1, sent("mutation UpdateTestRunComment($id: String!, $comment: String!)"));
    xray.verify(1, sent("mutation AddDefectsToTestRun($id: String!, $issues: [String]!)"));
    xray.verify(1, sent("mutation AddEvidenceToTestRun($id: String!, $evidence: [AttachmentDataInput]!)"));
  }

  @Test
  void updates_a_run_in_one_call_through_the_mutations_xray_cloud_has() {
    // given
    String id = "5acc7ab0a3fe1b6fcdc3c737";
    data("updateTestRunStatus(id: $id, status: $status)", "{\"id\":\"" + id + "\",\"status\":\"FAILED\"}",
        "{\"updateTestRunStatus\":null}");
    data("updateTestRunComment(id: $id, comment: $comment)", "{\"id\":\"" + id + "\",\"comment\":\"timeout\"}",
        "{\"updateTestRunComment\":null}");
    data("updateTestRun(id: $id, assigneeId: $assigneeId)",
        "{\"id\":\"" + id + "\",\"assigneeId\":\"5b10a2844c20165700ede21g\"}", "{\"updateTestRun\":{\"warnings\":[]}}");
    data("addDefectsToTestRun(id: $id, issues: $issues)", "{\"id\":\"" + id + "\",\"issues\":[\"CALC-77\"]}",
        "{\"addDefectsToTestRun\":{\"addedDefects\":[\"10077\"],\"warnings\":[]}}");
    data("removeDefectsFromTestRun(id: $id, issues: $issues)", "{\"id\":\"" + id + "\",\"issues\":[\"CALC-78\"]}",
        "{\"removeDefectsFromTestRun\":null}");
    data("addEvidenceToTestRun(id: $id, evidence: $evidence)", "{\"id\":\"" + id + "\",\"evidence\":[{\"filename\":"
        + "\"log.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGVsbG8=\"}]}",
        "{\"addEvidenceToTestRun\":{\"addedEvidence\":[\"e2\"],\"warnings\":[]}}");
    data("removeEvidenceFromTestRun(id: $id, evidenceIds: $evidenceIds)",
        "{\"id\":\"" + id + "\",\"evidenceIds\":[\"e1\"]}",
        "{\"removeEvidenceFromTestRun\":{\"removedEvidence\":[\"e1\"],\"warnings\":[]}}");
    data("updateTestRunExampleStatus(exampleId: $exampleId, status: $status)",
        "{\"exampleId\":\"ex3\",\"status\":\"PASSED\"}", "{\"updateTestRunExampleStatus\":{\"warnings\":[]}}");
    data("updateTestRunStep(testRunId: $testRunId, stepId: $stepId, iterationRank: $iterationRank,",
        "{\"testRunId\":\"" + id + "\",\"stepId\":\"s1\",\"updateData\":{\"status\":\"FAILED\",\"comment\":\"no answer\"}}",
        "{\"updateTestRunStep\":{\"warnings\":[]}}");
    TestRunUpdate update = TestRunUpdate.builder().status("FAILED").comment("timeout")
        .assignee("5b10a2844c20165700ede21g").addDefect("CALC-77").removeDefect("CALC-78")
        .addEvidence(Evidence.ofBytes("log.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
        .removeEvidence("e1").example("ex3", "PASSED").step(new TestRunUpdate.Step("s1", "FAILED", "no answer"))
        .build();

    // when
    client.updateTestRun(id, update);

    // then: one mutation per change, each with the variables Xray's GraphQL documentation names
    xray.verify(1, sent("mutation UpdateTestRunStatus($id: String!, $status: String!)"));
    xray.verify(1, sent("mutation UpdateTestRunComment($id: String!, $comment: String!)"));
    xray.verify(1, sent("mutation UpdateTestRun($id: String!, $assigneeId: String)"));
    xray.verify(1, sent("mutation AddDefectsToTestRun($id: String!, $issues: [String]!)"));
    xray.verify(1, sent("mutation RemoveDefectsFromTestRun($id: String!, $issues: [String]!)"));
    xray.verify(1, sent("mutation AddEvidenceToTestRun($id: String!, $evidence: [AttachmentDataInput]!)"));
    xray.verify(1, sent("mutation RemoveEvidenceFromTestRun($id: String!, $evidenceIds: [String])"));
    xray.verify(1, sent("mutation UpdateTestRunExampleStatus($exampleId: String!, $status: String!)"));
    xray.verify(1, sent("mutation UpdateTestRunStep($testRunId: String!, $stepId: String!, $iterationRank: String,",
        "{\"testRunId\":\"" + id + "\",\"stepId\":\"s1\",\"updateData\":{\"status\":\"FAILED\",\"comment\":\"no answer\"}}"));
  }

  @Test
  void reads_an_iteration_by_rank_and_updates_its_status_and_steps() {
    // given
    String id = "5acc7ab0a3fe1b6fcdc3c737";
    data("getTestRunById(id: $id) { ...Run }", "{\"id\":\"" + id + "\"}", "{\"getTestRunById\":" + RUN + "}");
    data("updateIterationStatus(testRunId: $testRunId, iterationRank: $iterationRank, status: $status)",
        "{\"testRunId\":\"" + id + "\",\"iterationRank\":\"1\",\"status\":\"PASSED\"}",
        "{\"updateIterationStatus\":null}");
    data("updateTestRunStep(", "{\"testRunId\":\"" + id + "\",\"stepId\":\"s1\",\"iterationRank\":\"1\","
        + "\"updateData\":{\"status\":\"PASSED\"}}", "{\"updateTestRunStep\":{\"warnings\":[]}}");

    // when
    TestRun.Iteration iteration = client.getTestRunIteration(id, "1");
    client.updateTestRunIteration(id, "1", "PASSED", List.of(new TestRunUpdate.Step("s1", "PASSED", null)));

    // then
    assertThat(iteration).isEqualTo(new TestRun.Iteration("1", "FAILED", Map.of("a", "1")));
    xray.verify(1, sent("mutation UpdateIterationStatus("));
    xray.verify(1, sent("updateTestRunStep(", "{\"testRunId\":\"" + id + "\",\"stepId\":\"s1\","
        + "\"iterationRank\":\"1\",\"updateData\":{\"status\":\"PASSED\"}}"));
    assertThatThrownBy(() -> client.getTestRunIteration(id, "7")).isInstanceOf(XrayNotFoundException.class)
        .hasMessageContaining("has no iteration of rank 7");
  }

  @Test
  void a_defect_left_unlinked_with_a_warning_is_a_bad_request() {
    // given
    data("addDefectsToTestRun(", null, "{\"addDefectsToTestRun\":{\"addedDefects\":[\"10077\"],"
        + "\"warnings\":[\"Issue with key CALC-78 was not found\"]}}");

    // when
    XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class,
        () -> client.addTestRunDefects("r1", List.of("CALC-77", "CALC-78")));

    // then
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("added 1 of 2 with addDefectsToTestRun", "CALC-78 was not found");
    assertThat(e.unknownKeys()).containsExactly("CALC-78");
  }

  @Test
  void exports_the_runs_of_a_test_execution_page_after_page() {
    // given
    ids("getTestExecutions", "CALC-82", "10082");
    data("getTestRuns(testExecIssueIds: $testExecIssueIds", "{\"testExecIssueIds\":[\"10082\"],\"limit\":100,"
        + "\"start\":0,\"iterations\":90}", "{\"getTestRuns\":{\"total\":101,\"start\":0,\"limit\":100,\"results\":["
        + IntStream.range(0, 100).mapToObj(i -> RUN).collect(Collectors.joining(",")) + "]}}");
    data("getTestRuns(testExecIssueIds: $testExecIssueIds", "{\"limit\":50,\"start\":100}",
        "{\"getTestRuns\":{\"total\":101,\"start\":100,\"limit\":50,\"results\":[" + RUN + "]}}");

    // when
    List<TestRun> runs = client.exportTestRuns("CALC-82", null, 150, 1);

    // then
    assertThat(runs).hasSize(101).allMatch(EXPECTED::equals);
    xray.verify(2, sent("getTestRuns(testExecIssueIds: $testExecIssueIds, testPlanIssueIds: $testPlanIssueIds"));
  }
}
