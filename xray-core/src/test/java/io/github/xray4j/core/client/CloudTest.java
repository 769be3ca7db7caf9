package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xray4j.core.internal.http.CloudDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only Xray Cloud does: GraphQL {@code createTestExecution} and the feature endpoints. */
class CloudTest extends XrayClientTestSupport {

  private static final String GRAPHQL = "/api/v2/graphql";

  @Test
  void creates_a_test_execution_with_graphql() {
    // given
    xray.stubFor(post(urlPathEqualTo(GRAPHQL)).willReturn(aResponse().withStatus(200).withBody(
        "{\"data\":{\"createTestExecution\":{\"testExecution\":{\"issueId\":\"10200\",\"jira\":{\"key\":\"CALC-200\"}},"
            + "\"warnings\":[]}}}")));
    XrayClient client = client(XrayFlavour.CLOUD);

    // when
    IssueRef created = client.createTestExecution(
        new NewTestExecution("CALC", "Nightly", "from CI", List.of("chrome", "linux")));

    // then
    xray.verify(1, postRequestedFor(urlPathEqualTo(GRAPHQL))
        .withHeader("Authorization", equalTo("Bearer test-token-123"))
        .withRequestBody(equalToJson("{\"query\":\"" + CloudDocuments.CREATE_TEST_EXECUTION.replace("\"", "\\\"")
            + "\",\"variables\":{\"jira\":{\"fields\":{\"summary\":\"Nightly\",\"project\":{\"key\":\"CALC\"},"
            + "\"description\":\"from CI\"}},\"testEnvironments\":[\"chrome\",\"linux\"]}}")));
    assertThat(created).isEqualTo(new IssueRef("10200", "CALC-200", null));
    assertThat(client.browseUrl(created)).isEqualTo("CALC-200");
    assertThat(client.browseUrl(new IssueRef("10200", "CALC-200", "https://acme.atlassian.net/rest/api/2/issue/10200")))
        .isEqualTo("https://acme.atlassian.net/browse/CALC-200");
  }

  @Test
  void graphql_errors_in_a_200_are_a_bad_request() {
    // given
    xray.stubFor(post(urlPathEqualTo(GRAPHQL)).willReturn(aResponse().withStatus(200).withBody(
        "{\"errors\":[{\"message\":\"project CALCX was not found\"}],\"data\":{\"createTestExecution\":null}}")));

    // when
    XrayBadRequestException e = catchThrowableOfType(XrayBadRequestException.class,
        () -> client(XrayFlavour.CLOUD).createTestExecution(NewTestExecution.of("CALCX", "Nightly")));

    // then
    assertThat(e).isNotNull();
    assertThat(e.request()).isEqualTo("POST " + GRAPHQL);
    assertThat(e.xrayMessage()).contains("project CALCX was not found");
    assertThat(xray.findAll(postRequestedFor(urlPathEqualTo(GRAPHQL)))).hasSize(1);
  }

  @Test
  void imports_and_exports_features() {
    // given
    String feature = "Feature: Calculator\n  @CALC-1\n  Scenario: adds\n";
    byte[] zip = {0x50, 0x4b, 0x03, 0x04, 9};
    xray.stubFor(post(urlPathEqualTo("/api/v2/import/feature")).willReturn(aResponse().withStatus(200).withBody(
        "{\"errors\":[],\"updatedOrCreatedTests\":[{\"id\":\"10001\",\"key\":\"CALC-1\",\"self\":"
            + "\"https://acme.atlassian.net/rest/api/2/issue/10001\"}],\"updatedOrCreatedPreconditions\":"
            + "[{\"id\":\"10002\",\"key\":\"CALC-2\",\"self\":\"https://acme.atlassian.net/rest/api/2/issue/10002\"}]}")));
    xray.stubFor(get(urlPathEqualTo("/api/v2/export/cucumber")).willReturn(aResponse().withStatus(200).withBody(zip)));
    XrayClient client = client(XrayFlavour.CLOUD);

    // when
    FeatureImportResult imported = client.importFeatures(
        FeatureImportRequest.of("CALC", "calculator.feature", feature.getBytes(StandardCharsets.UTF_8)));
    byte[] exported = client.exportFeatures(new FeatureExportRequest(List.of("CALC-1", "CALC-2"), null));

    // then
    xray.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/import/feature"))
        .withHeader("Authorization", equalTo("Bearer test-token-123"))
        .withQueryParam("projectKey", equalTo("CALC"))
        .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo(feature)).build()));
    assertThat(imported.tests()).extracting(IssueRef::key).containsExactly("CALC-1");
    assertThat(imported.preconditions()).extracting(IssueRef::key).containsExactly("CALC-2");
    xray.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/export/cucumber"))
        .withHeader("Authorization", equalTo("Bearer test-token-123"))
        .withQueryParam("keys", equalTo("CALC-1;CALC-2")));
    assertThat(exported).containsExactly(zip);
  }

  @Test
  void a_feature_import_with_partial_errors_returns_the_tests_created_and_the_errors() {
    // given
    xray.stubFor(post(urlPathEqualTo("/api/v2/import/feature")).willReturn(aResponse().withStatus(200).withBody(
        "{\"errors\":[\"Error in file calc.feature: Test with key CALC-404 was not found!\"],"
            + "\"updatedOrCreatedTests\":[{\"id\":\"10001\",\"key\":\"CALC-31\"}],"
            + "\"updatedOrCreatedPreconditions\":[]}")));
    // when
    FeatureImportResult imported = client(XrayFlavour.CLOUD).importFeatures(new FeatureImportRequest("CALC",
        "f.feature", "Feature: f".getBytes(StandardCharsets.UTF_8), false, "calculator-repo",
        "{\"fields\":{\"labels\":[\"bdd\"]}}", null));
    // then
    assertThat(imported.tests()).extracting(IssueRef::key).containsExactly("CALC-31");
    assertThat(imported.refused()).containsExactly("Error in file calc.feature: Test with key CALC-404 was not found!");
    xray.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/import/feature"))
        .withQueryParam("source", equalTo("calculator-repo"))
        .withRequestBodyPart(aMultipart().withName("testInfo")
            .withBody(equalToJson("{\"fields\":{\"labels\":[\"bdd\"]}}")).build()));
  }
}
