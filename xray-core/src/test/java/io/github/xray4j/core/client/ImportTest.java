package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every import, on Server/DC v1, v2 and Cloud: the exact request and the parsed answer. */
class ImportTest extends XrayClientTestSupport {

  static final String NEW_EXECUTION =
      "{\"info\":{\"project\":\"CALC\",\"summary\":\"Nightly\"},\"tests\":[{\"testKey\":\"CALC-1\",\"status\":\"PASS\"}]}";
  static final String INTO_EXECUTION =
      "{\"testExecutionKey\":\"CALC-82\",\"tests\":[{\"testKey\":\"CALC-1\",\"status\":\"FAIL\"}]}";
  static final String INFO =
      "{\"fields\":{\"project\":{\"key\":\"CALC\"},\"summary\":\"Nightly\",\"issuetype\":{\"name\":\"Test Execution\"}}}";
  static final String CUCUMBER =
      "[{\"id\":\"calculator\",\"name\":\"Calculator\",\"elements\":[{\"name\":\"adds\",\"tags\":[{\"name\":\"@CALC-1\"}]}]}]";
  static final String JUNIT_XML =
      "<testsuite name=\"CalcTest\" tests=\"1\"><testcase classname=\"CalcTest\" name=\"adds\"/></testsuite>";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void answerImport(XrayFlavour flavour, String path) {
    xray.stubFor(post(urlPathEqualTo(flavour.base() + path))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
            .withBody(flavour.importAnswer(url(), "CALC-82", "CALC-1"))));
  }

  private RequestPatternBuilder importRequest(XrayFlavour flavour, String path) {
    return postRequestedFor(urlPathEqualTo(flavour.base() + path))
        .withHeader("Authorization", equalTo(flavour.authorization()));
  }

  /** An import of {@code json} as the body, of type {@code application/json}. */
  private RequestPatternBuilder jsonImportRequest(XrayFlavour flavour, String path, String json) {
    return importRequest(flavour, path)
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(json));
  }

  /** A multipart import: {@code results} in the part Xray expects them in ("result" on Server), {@link #INFO}. */
  private RequestPatternBuilder multipartImportRequest(XrayFlavour flavour, String path, String results) {
    String resultsPart = flavour == XrayFlavour.CLOUD ? "results" : "result";
    return importRequest(flavour, path)
        .withRequestBodyPart(aMultipart().withName(resultsPart).withBody(equalToJson(results)).build())
        .withRequestBodyPart(aMultipart().withName("info").withBody(equalToJson(INFO)).build());
  }

  private void assertExecution(XrayFlavour flavour, ImportResult result) {
    assertThat(result.testExecution()).isEqualTo(new IssueRef("38101", "CALC-82", url() + "/rest/api/2/issue/38101"));
    assertThat(result.testIssues()).extracting(IssueRef::key)
        .containsExactlyElementsOf(flavour.listsImportedTests() ? List.of("CALC-1") : List.of());
    assertThat(result.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_xray_json_into_a_new_test_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution");

    // when
    ImportResult result = client(flavour).importExecution(bytes(NEW_EXECUTION));

    // then
    xray.verify(1, jsonImportRequest(flavour, "/import/execution", NEW_EXECUTION));
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_xray_json_into_an_existing_test_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution");

    // when
    ImportResult result = client(flavour).importExecution(bytes(INTO_EXECUTION));

    // then
    xray.verify(1, importRequest(flavour, "/import/execution").withRequestBody(equalToJson(INTO_EXECUTION)));
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_xray_json_multipart_with_the_jira_fields_of_the_new_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution/multipart");

    // when
    ImportResult result = client(flavour).importExecutionMultipart(bytes(NEW_EXECUTION), bytes(INFO));

    // then
    xray.verify(1, multipartImportRequest(flavour, "/import/execution/multipart", NEW_EXECUTION)
        .withHeader("Content-Type", containing("multipart/form-data; boundary=")));
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_cucumber_json(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution/cucumber");

    // when
    ImportResult result = client(flavour).importCucumber(bytes(CUCUMBER));

    // then
    xray.verify(1, jsonImportRequest(flavour, "/import/execution/cucumber", CUCUMBER));
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_cucumber_json_multipart(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution/cucumber/multipart");

    // when
    ImportResult result = client(flavour).importCucumberMultipart(bytes(CUCUMBER), bytes(INFO));

    // then
    xray.verify(1, multipartImportRequest(flavour, "/import/execution/cucumber/multipart", CUCUMBER));
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_junit_xml_with_its_query_parameters(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution/junit");
    ImportParameters parameters = ImportParameters.forProject("CALC")
        .withTestPlanKey("CALC-100")
        .withTestEnvironments(List.of("chrome", "linux"))
        .withRevision("9f1c2e0")
        .withFixVersion("1.4");

    // when
    ImportResult result = client(flavour).importJunitXml(bytes(JUNIT_XML), parameters);

    // then
    RequestPatternBuilder request = importRequest(flavour, "/import/execution/junit")
        .withQueryParam("projectKey", equalTo("CALC"))
        .withQueryParam("testPlanKey", equalTo("CALC-100"))
        .withQueryParam("testEnvironments", equalTo("chrome;linux"))
        .withQueryParam("revision", equalTo("9f1c2e0"))
        .withQueryParam("fixVersion", equalTo("1.4"));
    if (flavour == XrayFlavour.CLOUD) {
      request.withHeader("Content-Type", equalTo("application/xml")).withRequestBody(equalToXml(JUNIT_XML));
    } else {
      request.withRequestBodyPart(aMultipart().withName("file").withBody(equalToXml(JUNIT_XML)).build());
    }
    xray.verify(1, request);
    assertExecution(flavour, result);
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_junit_xml_into_an_existing_test_execution(XrayFlavour flavour) {
    // given
    answerImport(flavour, "/import/execution/junit");

    // when
    client(flavour).importJunitXml(bytes(JUNIT_XML), ImportParameters.intoExecution("CALC-82"));

    // then
    xray.verify(1, importRequest(flavour, "/import/execution/junit")
        .withQueryParam("testExecKey", equalTo("CALC-82"))
        .withQueryParam("projectKey", com.github.tomakehurst.wiremock.client.WireMock.absent()));
  }

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void reports_per_test_problems_that_come_with_a_successful_answer(XrayFlavour flavour) {
    // given
    String execution = "\"id\":\"38101\",\"key\":\"CALC-82\",\"self\":\"" + url() + "/rest/api/2/issue/38101\"";
    String answer = switch (flavour) {
      case SERVER_V1 -> "{\"testExecIssue\":{" + execution + "},\"infoMessages\":[\"Iterations of CALC-3 were reset\"]}";
      case SERVER_V2 -> "{\"testExecIssue\":{" + execution + "},\"testIssues\":{\"success\":[],\"error\":["
          + "{\"testKey\":\"CALC-9\",\"messages\":[\"Test with key CALC-9 was not found!\"]}]},"
          + "\"infoMessages\":[\"Iterations of CALC-3 were reset\"]}";
      case CLOUD -> "{" + execution + ",\"errors\":[\"Test with key CALC-9 was not found!\"]}";
    };
    xray.stubFor(post(urlPathEqualTo(flavour.base() + "/import/execution"))
        .willReturn(aResponse().withStatus(200).withBody(answer)));

    // when
    ImportResult result = client(flavour).importExecution(bytes(INTO_EXECUTION));

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-82");
    assertThat(result.hasProblems()).isTrue();
    switch (flavour) {
      case SERVER_V1 -> assertThat(result.problems()).containsExactly("infoMessages: Iterations of CALC-3 were reset");
      case SERVER_V2 -> assertThat(result.problems()).containsExactly(
          "error: CALC-9: [\"Test with key CALC-9 was not found!\"]",
          "infoMessages: Iterations of CALC-3 were reset");
      case CLOUD -> assertThat(result.problems()).containsExactly("errors: Test with key CALC-9 was not found!");
    }
  }
}
