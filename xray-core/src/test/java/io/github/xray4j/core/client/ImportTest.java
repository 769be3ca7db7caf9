package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportTest extends XrayClientTestSupport {

  static final String NEW_EXECUTION =
      "{\"info\":{\"project\":\"CALC\",\"summary\":\"Nightly\"},\"tests\":[{\"testKey\":\"CALC-1\",\"status\":\"PASS\"}]}";

  @ParameterizedTest
  @EnumSource(XrayFlavour.class)
  void imports_xray_json_and_reads_the_test_execution(XrayFlavour flavour) {
    // given
    xray.stubFor(post(urlPathEqualTo(flavour.base() + "/import/execution"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
            .withBody(flavour.importAnswer(url(), "CALC-82", "CALC-1"))));

    // when
    ImportResult result;
    try (XrayClient client = client(flavour)) {
      result = client.importExecution(NEW_EXECUTION.getBytes(StandardCharsets.UTF_8));
    }

    // then
    xray.verify(1, postRequestedFor(urlPathEqualTo(flavour.base() + "/import/execution"))
        .withHeader("Authorization", equalTo(flavour.authorization()))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(NEW_EXECUTION)));
    assertThat(result.testExecution()).isEqualTo(new IssueRef("38101", "CALC-82", url() + "/rest/api/2/issue/38101"));
    assertThat(result.testIssues()).extracting(IssueRef::key)
        .containsExactlyElementsOf(flavour.listsImportedTests() ? java.util.List.of("CALC-1") : java.util.List.of());
    assertThat(result.problems()).isEmpty();
  }
}
