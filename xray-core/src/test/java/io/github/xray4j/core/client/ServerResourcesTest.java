package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.xray4j.core.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Server/DC resources under {@code /rest/raven/{version}/api}, Jira's {@code /rest/api/2} and the feature
 * and test run exports, on v1 (Basic) and v2 (Personal Access Token): the exact request and the parsed answer.
 */
class ServerResourcesTest extends XrayClientTestSupport {

  /** Answers {@code method path} with {@code status} and {@code body}. */
  private void answer(String method, String path, int status, String body) {
    MappingBuilder mapping = WireMock.request(method, urlPathEqualTo(path));
    xray.stubFor(mapping.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/plain").withBody(body)));
  }

  /** The one request {@code method path} with the flavour's auth header. */
  private RequestPatternBuilder requested(XrayFlavour flavour, String method, String path) {
    return new RequestPatternBuilder(RequestMethod.fromString(method), urlPathEqualTo(path))
        .withHeader("Authorization", equalTo(flavour.authorization()));
  }

  private void verifyOnly(RequestPatternBuilder request) {
    xray.verify(1, request);
    assertThat(xray.findAll(anyRequestedFor(WireMock.anyUrl()))).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void gets_tests_by_keys(XrayFlavour flavour) {
    // given
    answer("GET", flavour.base() + "/api/test", 200,
        "[{\"key\":\"CALC-1\",\"self\":\"" + url() + "/rest/api/2/issue/101\",\"type\":\"Generic\","
            + "\"definition\":\"com.acme.CalcTest.adds\"},{\"key\":\"CALC-2\",\"type\":\"Cucumber\","
            + "\"definition\":\"Scenario: adds\"}]");

    // when
    List<XrayTest> tests = client(flavour).getTests(List.of("CALC-1", "CALC-2"));

    // then
    verifyOnly(requested(flavour, "GET", flavour.base() + "/api/test").withQueryParam("keys", equalTo("CALC-1;CALC-2")));
    assertThat(tests).containsExactly(
        new XrayTest("CALC-1", null, url() + "/rest/api/2/issue/101", "Generic", "com.acme.CalcTest.adds"),
        new XrayTest("CALC-2", null, null, "Cucumber", "Scenario: adds"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void reads_and_writes_test_steps_in_the_shape_of_the_api_version(XrayFlavour flavour) {
    // given
    boolean v1 = flavour == XrayFlavour.SERVER_V1;
    String steps = flavour.base() + "/api/test/CALC-5/" + (v1 ? "step" : "steps");
    if (v1) {
      answer("GET", steps, 200, "[{\"id\":11,\"index\":1,\"step\":{\"raw\":\"open\",\"rendered\":\"<p>open</p>\"},"
          + "\"data\":{\"raw\":\"url\"},\"result\":{\"raw\":\"page shown\"},\"attachments\":[]}]");
      answer("PUT", steps, 200, "{\"id\":12,\"index\":2,\"step\":{\"raw\":\"click\"},\"data\":{\"raw\":\"\"},"
          + "\"result\":{\"raw\":\"done\"}}");
      answer("POST", steps + "/12", 200, "");
    } else {
      answer("GET", steps, 200, "{\"steps\":[{\"id\":11,\"index\":1,\"fields\":{"
          + "\"Action\":{\"type\":\"Wiki\",\"value\":{\"raw\":\"open\",\"rendered\":\"<p>open</p>\"}},"
          + "\"Data\":{\"value\":{\"raw\":\"url\"}},\"Expected Result\":{\"value\":{\"raw\":\"page shown\"}}}}]}");
      answer("POST", steps, 201, "{\"id\":12}");
      answer("PUT", steps + "/12", 200, "");
    }
    answer("DELETE", steps + "/12", v1 ? 200 : 204, "");
    XrayClient client = client(flavour);

    // when
    List<TestStepDefinition> read = client.getTestSteps("CALC-5");
    String created = client.createTestStep("CALC-5", "click", "", "done");
    client.updateTestStep("CALC-5", "12", "click twice", "", "done");
    client.deleteTestStep("CALC-5", "12");

    // then
    assertThat(read).containsExactly(new TestStepDefinition("11", 1, "open", "url", "page shown"));
    assertThat(created).isEqualTo("12");
    String createBody = v1 ? "{\"step\":\"click\",\"data\":\"\",\"result\":\"done\"}"
        : "{\"fields\":{\"Action\":\"click\",\"Data\":\"\",\"Expected Result\":\"done\"}}";
    String updateBody = createBody.replace("\"click\"", "\"click twice\"");
    xray.verify(1, requested(flavour, v1 ? "PUT" : "POST", steps).withRequestBody(equalToJson(createBody)));
    xray.verify(1, requested(flavour, v1 ? "POST" : "PUT", steps + "/12").withRequestBody(equalToJson(updateBody)));
    xray.verify(1, requested(flavour, "DELETE", steps + "/12"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void lists_adds_and_removes_the_issues_of_every_association(XrayFlavour flavour) {
    for (Association association : Association.values()) {
      // given
      xray.resetAll();
      String path = flavour.base() + "/api/" + association.entity() + "/CALC-10/" + association.linked();
      answer("GET", path, 200, "[{\"id\":101,\"key\":\"CALC-1\",\"rank\":1,\"status\":\"PASS\"},"
          + "{\"id\":102,\"key\":\"CALC-2\",\"latestStatus\":\"TODO\"}]");
      answer("POST", path, 200, "[]");
      XrayClient client = client(flavour);

      // when
      List<LinkedIssue> linked = client.getLinked(association, "CALC-10");
      client.updateLinked(association, "CALC-10", List.of("CALC-3"), List.of("CALC-2"));

      // then
      assertThat(linked).as(association.name()).containsExactly(
          new LinkedIssue("CALC-1", "101", 1, "PASS"), new LinkedIssue("CALC-2", "102", null, "TODO"));
      xray.verify(1, requested(flavour, "GET", path));
      xray.verify(1, requested(flavour, "POST", path)
          .withRequestBody(equalToJson("{\"add\":[\"CALC-3\"],\"remove\":[\"CALC-2\"]}")));
    }
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void links_tests_to_a_requirement_with_one_jira_tests_link_each(XrayFlavour flavour) {
    // given
    answer("POST", "/rest/api/2/issueLink", 201, "");

    // when
    client(flavour).linkTestsToRequirement("CALC-9", List.of("CALC-1", "CALC-2"));

    // then
    xray.verify(1, requested(flavour, "POST", "/rest/api/2/issueLink").withRequestBody(equalToJson(
        "{\"type\":{\"name\":\"Tests\"},\"inwardIssue\":{\"key\":\"CALC-1\"},\"outwardIssue\":{\"key\":\"CALC-9\"}}")));
    xray.verify(1, requested(flavour, "POST", "/rest/api/2/issueLink").withRequestBody(equalToJson(
        "{\"type\":{\"name\":\"Tests\"},\"inwardIssue\":{\"key\":\"CALC-2\"},\"outwardIssue\":{\"key\":\"CALC-9\"}}")));
    assertThat(xray.findAll(anyRequestedFor(WireMock.anyUrl()))).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void linking_to_an_unknown_requirement_fails_with_what_jira_says(XrayFlavour flavour) {
    // given
    answer("POST", "/rest/api/2/issueLink", 404, "{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}");

    // when
    XrayException e = catchThrowableOfType(XrayException.class,
        () -> client(flavour).linkTestsToRequirement("CALC-99", List.of("CALC-1")));

    // then
    assertThat(e).isInstanceOf(XrayNotFoundException.class);
    assertThat(e.getMessage()).contains("Issue Does Not Exist");
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void pages_through_the_tests_of_a_test_execution(XrayFlavour flavour) {
    // given
    String path = flavour.base() + "/api/testexec/CALC-82/test";
    answer("GET", path, 200, "[{\"id\":101,\"key\":\"CALC-1\",\"rank\":1,\"status\":\"FAIL\"}]");

    // when
    List<LinkedIssue> page = client(flavour).getExecutionTests("CALC-82", true, 100, 2);

    // then
    verifyOnly(requested(flavour, "GET", path).withQueryParam("detailed", equalTo("true"))
        .withQueryParam("limit", equalTo("100")).withQueryParam("page", equalTo("2")));
    assertThat(page).containsExactly(new LinkedIssue("CALC-1", "101", 1, "FAIL"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void an_association_answered_200_with_errors_fails_and_names_the_unknown_keys(XrayFlavour flavour) {
    // given
    String path = flavour.base() + "/api/testexec/CALC-82/test";
    answer("POST", path, 200, "[\"Issue with key CALC-99 does not exist\"]");

    // when
    XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class,
        () -> client(flavour).updateLinked(Association.EXECUTION_TESTS, "CALC-82", List.of("CALC-99"), List.of()));

    // then
    assertThat(e).isNotNull();
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.request()).isEqualTo("POST " + path);
    assertThat(e.xrayMessage()).contains("Issue with key CALC-99 does not exist");
    assertThat(e.unknownKeys()).containsExactly("CALC-99");
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void reads_and_updates_a_test_run(XrayFlavour flavour) {
    // given
    String runs = flavour.base() + "/api/testrun";
    String run = "{\"id\":4711,\"status\":\"FAIL\",\"testKey\":\"CALC-1\",\"testExecKey\":\"CALC-82\","
        + "\"assignee\":\"ci-bot\",\"executedBy\":\"ci-bot\",\"startedOn\":\"01/May/26 10:00 AM\","
        + "\"finishedOn\":\"01/May/26 10:05 AM\",\"comment\":\"boom\",\"defects\":[{\"id\":7,\"key\":\"CALC-77\"}],"
        + "\"evidences\":[{\"id\":31,\"fileName\":\"log.txt\",\"fileURL\":\"" + url() + "/secure/attachment/31/log.txt\"}],"
        + "\"customFields\":[{\"id\":\"customfield_10100\",\"name\":\"Browser\",\"value\":\"chrome\"}],"
        + "\"iterations\":[{\"id\":1,\"status\":\"FAIL\",\"parameters\":[{\"name\":\"a\",\"value\":\"1\"}]}]}";
    answer("GET", runs, 200, run);
    answer("GET", runs + "/4711", 200, run);
    answer("GET", runs + "/4711/status", 200, "FAIL");
    answer("PUT", runs + "/4711/status", 200, "");
    answer("GET", runs + "/4711/comment", 200, "{\"raw\":\"boom\",\"rendered\":\"<p>boom</p>\"}");
    answer("PUT", runs + "/4711/comment", 200, "");
    answer("POST", runs + "/4711/defect", 200, "[]");
    answer("POST", runs + "/4711/attachment", 200, "");
    XrayClient client = client(flavour);
    TestRun expected = new TestRun("4711", "FAIL", "CALC-1", "CALC-82", "ci-bot", "ci-bot", "01/May/26 10:00 AM",
        "01/May/26 10:05 AM", "boom", List.of("CALC-77"),
        List.of(new TestRun.Attachment("31", "log.txt", url() + "/secure/attachment/31/log.txt")),
        List.of(new TestRun.Field("customfield_10100", "Browser", "chrome")),
        List.of(new TestRun.Iteration("1", "FAIL", java.util.Map.of("a", "1"))));

    // when / then
    assertThat(client.getTestRun("CALC-82", "CALC-1")).isEqualTo(expected);
    xray.verify(1, requested(flavour, "GET", runs).withQueryParam("testExecIssueKey", equalTo("CALC-82"))
        .withQueryParam("testIssueKey", equalTo("CALC-1")));
    assertThat(client.getTestRun("4711")).isEqualTo(expected);
    assertThat(client.getTestRunStatus("4711")).isEqualTo("FAIL");
    client.setTestRunStatus("4711", "PASS");
    xray.verify(1, requested(flavour, "PUT", runs + "/4711/status").withQueryParam("status", equalTo("PASS")));
    assertThat(client.getTestRunComment("4711")).isEqualTo(Optional.of("boom"));
    client.setTestRunComment("4711", "fixed by retry");
    xray.verify(1, requested(flavour, "PUT", runs + "/4711/comment").withRequestBody(equalTo("fixed by retry")));
    client.addTestRunDefects("4711", List.of("CALC-77", "CALC-78"));
    xray.verify(1, requested(flavour, "POST", runs + "/4711/defect")
        .withRequestBody(equalToJson("[\"CALC-77\",\"CALC-78\"]")));
    client.addTestRunEvidence("4711",
        Evidence.ofBytes("log.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
    xray.verify(1, requested(flavour, "POST", runs + "/4711/attachment").withRequestBody(
        equalToJson("{\"data\":\"aGVsbG8=\",\"filename\":\"log.txt\",\"contentType\":\"text/plain\"}")));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void exports_test_runs_from_the_endpoint_of_the_api_version_with_their_start_and_finish(XrayFlavour flavour) {
    // given: 1.0 documents /rest/raven/1.0/testruns, the 2.0 OpenAPI /rest/raven/2.0/api/testruns
    String path = flavour == XrayFlavour.SERVER_V1 ? "/rest/raven/1.0/testruns" : "/rest/raven/2.0/api/testruns";
    answer("GET", path, 200, "[{\"id\":4711,\"status\":\"PASS\",\"testKey\":\"CALC-1\",\"testExecKey\":\"CALC-82\","
        + "\"start\":\"2026-05-01T10:00:00+00:00\",\"finish\":\"2026-05-01T10:05:00+00:00\",\"defects\":[]}]");

    // when
    List<TestRun> runs = client(flavour).exportTestRuns("CALC-82", null, 50, 1);

    // then
    verifyOnly(requested(flavour, "GET", path).withQueryParam("testExecKey", equalTo("CALC-82"))
        .withQueryParam("testPlanKey", absent()).withQueryParam("limit", equalTo("50"))
        .withQueryParam("page", equalTo("1")));
    assertThat(runs).extracting(TestRun::id, TestRun::status, TestRun::testKey, TestRun::startedOn,
        TestRun::finishedOn).containsExactly(org.assertj.core.groups.Tuple.tuple("4711", "PASS", "CALC-1",
            "2026-05-01T10:00:00+00:00", "2026-05-01T10:05:00+00:00"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void updates_status_assignee_comment_defects_evidence_examples_and_steps_in_one_put(XrayFlavour flavour) {
    // given
    String path = flavour.base() + "/api/testrun/4711";
    answer("PUT", path, 200, "");
    TestRunUpdate update = TestRunUpdate.builder().status("FAIL").assignee("john.doe").comment("new comment")
        .addDefect("CALC-114").removeDefect("CALC-115")
        .addEvidence(Evidence.ofBytes("test1.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
        .removeEvidence("254").example("1379", "TODO").step(new TestRunUpdate.Step("731", "FAIL", "the comment 1"))
        .step(new TestRunUpdate.Step("730", "PASS", null)).build();

    // when
    client(flavour).updateTestRun("4711", update);

    // then: the body of Xray's "Test Runs - REST" page, PUT /rest/raven/{version}/api/testrun/{id}
    verifyOnly(requested(flavour, "PUT", path).withRequestBody(equalToJson("""
        {"status": "FAIL", "assignee": "john.doe", "comment": "new comment",
         "defects": {"add": ["CALC-114"], "remove": ["CALC-115"]},
         "evidences": {"add": [{"filename": "test1.txt", "contentType": "text/plain", "data": "aGVsbG8="}],
                       "remove": ["254"]},
         "examples": [{"id": "1379", "status": "TODO"}],
         "steps": [{"id": "731", "status": "FAIL", "comment": "the comment 1"}, {"id": "730", "status": "PASS"}]}""")));
  }

  @Test
  void sends_only_what_an_update_sets() {
    // given
    String path = XrayFlavour.SERVER_V2.base() + "/api/testrun/4711";
    answer("PUT", path, 200, "");

    // when
    client(XrayFlavour.SERVER_V2).updateTestRun("4711", TestRunUpdate.builder().status("PASS").build());

    // then
    verifyOnly(requested(XrayFlavour.SERVER_V2, "PUT", path).withRequestBody(equalToJson("{\"status\":\"PASS\"}")));
  }

  @Test
  void refuses_an_update_that_changes_nothing() {
    assertThatThrownBy(() -> TestRunUpdate.builder().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changes nothing: set a status");
  }

  @Test
  void reads_and_updates_an_iteration_through_the_2_0_endpoints() {
    // given
    String path = "/rest/raven/2.0/api/testrun/4711/iteration/2";
    answer("GET", path, 200, "{\"id\":2,\"status\":\"FAIL\",\"parameters\":[{\"name\":\"a\",\"value\":\"2\"}],"
        + "\"steps\":[]}");
    answer("PUT", path, 200, "{}");
    XrayClient client = client(XrayFlavour.SERVER_V2);

    // when
    TestRun.Iteration iteration = client.getTestRunIteration("4711", "2");
    client.updateTestRunIteration("4711", "2", "PASS", List.of(new TestRunUpdate.Step("731", "PASS", "retried")));

    // then
    assertThat(iteration).isEqualTo(new TestRun.Iteration("2", "FAIL", java.util.Map.of("a", "2")));
    xray.verify(1, requested(XrayFlavour.SERVER_V2, "PUT", path).withRequestBody(equalToJson(
        "{\"status\":\"PASS\",\"steps\":[{\"id\":\"731\",\"status\":\"PASS\",\"comment\":\"retried\"}]}")));
  }

  @Test
  void the_iteration_endpoints_need_api_version_2_0_and_say_so() {
    // given
    XrayClient client = client(XrayFlavour.SERVER_V1);

    // when / then
    assertThatThrownBy(() -> client.getTestRunIteration("4711", "2")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set xray.api-version=2.0");
    assertThatThrownBy(() -> client.updateTestRunIteration("4711", "2", "PASS", List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("set xray.api-version=2.0");
    assertThat(xray.findAll(anyRequestedFor(WireMock.anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void imports_and_exports_features(XrayFlavour flavour) {
    // given
    String feature = "@REQ_CALC-9\nFeature: Calculator\n  @CALC-1\n  Scenario: adds\n";
    byte[] zip = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
    answer("POST", flavour.base() + "/import/feature", 200,
        "[{\"id\":\"101\",\"key\":\"CALC-1\",\"self\":\"" + url() + "/rest/api/2/issue/101\",\"issueType\":{\"name\":\"Test\"}}]");
    xray.stubFor(WireMock.get(urlPathEqualTo(flavour.base() + "/export/test"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(zip)));
    XrayClient client = client(flavour);

    // when
    FeatureImportResult imported = client.importFeatures(
        FeatureImportRequest.of("CALC", "calculator.feature", feature.getBytes(StandardCharsets.UTF_8)));
    byte[] exported = client.exportFeatures(new FeatureExportRequest(List.of("CALC-1", "CALC-2"), null));

    // then
    xray.verify(1, requested(flavour, "POST", flavour.base() + "/import/feature")
        .withQueryParam("projectKey", equalTo("CALC"))
        .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo(feature)).build()));
    assertThat(imported.tests()).containsExactly(new IssueRef("101", "CALC-1", url() + "/rest/api/2/issue/101"));
    assertThat(imported.refused()).isEmpty();
    xray.verify(1, requested(flavour, "GET", flavour.base() + "/export/test")
        .withQueryParam("keys", equalTo("CALC-1;CALC-2")).withQueryParam("fz", equalTo("true")));
    assertThat(exported).containsExactly(zip);
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void a_feature_import_answered_with_a_message_keeps_the_message_and_what_was_imported(XrayFlavour flavour) {
    // given: Xray refused a scenario and imported the rest
    answer("POST", flavour.base() + "/import/feature", 200, "{\"message\":\"Scenariot: unknown keyword in"
        + " calc.feature, line 3\",\"testIssues\":[{\"id\":\"101\",\"key\":\"CALC-1\",\"self\":\"" + url()
        + "/rest/api/2/issue/101\"}],\"preConditionIssues\":[{\"id\":\"102\",\"key\":\"CALC-2\"}]}");
    // when
    FeatureImportResult imported = client(flavour).importFeatures(new FeatureImportRequest(
        "CALC", "features.zip", new byte[] {0x50, 0x4b}, true, null, null, null));
    // then
    assertThat(imported.tests()).extracting(IssueRef::key).containsExactly("CALC-1");
    assertThat(imported.preconditions()).extracting(IssueRef::key).containsExactly("CALC-2");
    assertThat(imported.refused()).containsExactly("Scenariot: unknown keyword in calc.feature, line 3");
    xray.verify(1, requested(flavour, "POST", flavour.base() + "/import/feature")
        .withQueryParam("projectKey", equalTo("CALC")).withQueryParam("updateRepository", equalTo("true")));
  }

  @Test
  void exports_features_by_filter() {
    // given
    xray.stubFor(WireMock.get(urlPathEqualTo(XrayFlavour.SERVER_V2.base() + "/export/test"))
        .willReturn(aResponse().withStatus(200).withBody(new byte[] {0x50, 0x4b, 3, 4})));
    // when
    byte[] exported = client(XrayFlavour.SERVER_V2).exportFeatures(new FeatureExportRequest(List.of(), "10100"));
    // then
    assertThat(exported).hasSize(4);
    xray.verify(1, requested(XrayFlavour.SERVER_V2, "GET", XrayFlavour.SERVER_V2.base() + "/export/test")
        .withQueryParam("filter", equalTo("10100")).withQueryParam("fz", equalTo("true"))
        .withoutQueryParam("keys"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void reads_the_test_run_statuses_of_the_instance(XrayFlavour flavour) {
    // given
    answer("GET", flavour.base() + "/api/settings/teststatuses", 200,
        "[{\"id\":0,\"name\":\"PASS\",\"description\":\"The test run has passed\",\"color\":\"#95C160\",\"final\":true},"
            + "{\"id\":10,\"name\":\"SKIPPED\",\"color\":\"#cccccc\",\"final\":true},"
            + "{\"id\":1,\"name\":\"TODO\",\"final\":false}]");

    // when
    List<TestRunStatusSetting> statuses = client(flavour).getTestRunStatuses();

    // then
    verifyOnly(requested(flavour, "GET", flavour.base() + "/api/settings/teststatuses"));
    assertThat(statuses).containsExactly(
        new TestRunStatusSetting("0", "PASS", "The test run has passed", "#95C160", true),
        new TestRunStatusSetting("10", "SKIPPED", null, "#cccccc", true),
        new TestRunStatusSetting("1", "TODO", null, null, false));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void creates_a_test_execution_through_jira(XrayFlavour flavour) {
    // given
    answer("POST", "/rest/api/2/issue", 201,
        "{\"id\":\"38200\",\"key\":\"CALC-200\",\"self\":\"" + url() + "/rest/api/2/issue/38200\"}");
    XrayClient client = client(flavour);

    // when
    IssueRef created = client.createTestExecution(
        new NewTestExecution("CALC", "Nightly 2026-05-01", "from CI", List.of()));

    // then
    verifyOnly(requested(flavour, "POST", "/rest/api/2/issue").withRequestBody(equalToJson(
        "{\"fields\":{\"project\":{\"key\":\"CALC\"},\"summary\":\"Nightly 2026-05-01\",\"description\":\"from CI\","
            + "\"issuetype\":{\"name\":\"Test Execution\"}}}")));
    assertThat(created).isEqualTo(new IssueRef("38200", "CALC-200", url() + "/rest/api/2/issue/38200"));
    assertThat(client.browseUrl(created)).isEqualTo(url() + "/browse/CALC-200");
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void gets_an_issue_and_the_current_user_from_jira(XrayFlavour flavour) {
    // given
    answer("GET", "/rest/api/2/issue/CALC-82", 200, "{\"id\":\"38101\",\"key\":\"CALC-82\",\"self\":\"" + url()
        + "/rest/api/2/issue/38101\",\"fields\":{\"summary\":\"Nightly\",\"issuetype\":{\"name\":\"Test Execution\"},"
        + "\"customfield_10100\":null}}");
    answer("GET", "/rest/api/2/myself", 200,
        "{\"name\":\"ci-bot\",\"key\":\"JIRAUSER10100\",\"displayName\":\"CI Bot\",\"emailAddress\":\"ci@example.com\"}");
    XrayClient client = client(flavour);

    // when
    JiraIssue issue = client.getIssue("CALC-82");
    JiraUser me = client.myself();

    // then
    xray.verify(1, requested(flavour, "GET", "/rest/api/2/issue/CALC-82"));
    xray.verify(1, requested(flavour, "GET", "/rest/api/2/myself"));
    assertThat(issue.ref()).isEqualTo(new IssueRef("38101", "CALC-82", url() + "/rest/api/2/issue/38101"));
    assertThat(issue.summary()).contains("Nightly");
    assertThat(issue.issueType()).contains("Test Execution");
    assertThat(me).isEqualTo(new JiraUser("ci-bot", "JIRAUSER10100", null, "CI Bot", "ci@example.com"));
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void a_jira_404_names_the_missing_issue(XrayFlavour flavour) {
    // given
    answer("GET", "/rest/api/2/issue/CALC-404", 404,
        "{\"errorMessages\":[\"Issue CALC-404 does not exist or you do not have permission to see it.\"],\"errors\":{}}");

    // when
    XrayNotFoundException e = catchThrowableOfType(XrayNotFoundException.class, () -> client(flavour).getIssue("CALC-404"));

    // then
    assertThat(e).isNotNull();
    assertThat(e.request()).isEqualTo("GET /rest/api/2/issue/CALC-404");
    assertThat(e.unknownKeys()).containsExactly("CALC-404");
  }

  @ParameterizedTest
  @EnumSource(value = XrayFlavour.class, names = {"SERVER_V1", "SERVER_V2"})
  void browse_url_falls_back_to_xray_url_without_a_self_link(XrayFlavour flavour) {
    XrayClient client = client(flavour);
    assertThat(client.browseUrl(new IssueRef("1", "CALC-7", null))).isEqualTo(url() + "/browse/CALC-7");
    assertThat(client.browseUrl(new IssueRef("1", "CALC-7", "https://jira.example.com/ctx/rest/api/2/issue/1")))
        .isEqualTo("https://jira.example.com/ctx/browse/CALC-7");
    assertThat(xray.findAll(anyRequestedFor(WireMock.anyUrl()))).isEmpty();
  }

}
