package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static io.github.xray4j.sandbox.SandboxHttp.parts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class FeaturesTest extends SandboxTest {

  @Test
  void exports_the_cucumber_tests_of_a_test_plan_as_a_zip_tagged_as_xray_tags_them() throws Exception {
    // when
    Map<String, String> files = unzip(bytes("/rest/raven/1.0/export/test?keys=CALC-24&fz=true", BASIC));

    // then: one file per requirement, Generic and Manual Tests of the plan left out
    assertThat(files).containsOnlyKeys("1_CALC-21.feature", "2_CALC-22.feature", "3_CALC-23.feature");
    assertThat(files.get("1_CALC-21.feature"))
        .startsWith("@REQ_CALC-21\nFeature: Basic arithmetic\n")
        .contains("\t@TEST_CALC-13\n\tScenario: Add two numbers\n\t\tGiven the calculator is switched on\n"
            + "\t\tWhen I add 2 and 3\n\t\tThen the display shows \"5\"\n")
        .contains("\t@TEST_CALC-14\n\tScenario Outline: Subtract two numbers\n")
        .contains("\t\tExamples:\n\t\t| a  | b | difference |\n");
    assertThat(files.get("2_CALC-22.feature")).contains("@TEST_CALC-15", "@TEST_CALC-17")
        .doesNotContain("@TEST_CALC-13");
  }

  @Test
  void exports_on_cloud_by_test_keys() throws Exception {
    Map<String, String> files = unzip(bytes("/api/v2/export/cucumber?keys=CALC-15", http.cloudBearer()));
    assertThat(files).containsOnlyKeys("1_CALC-22.feature");
  }

  @Test
  void imports_a_feature_updating_tagged_tests_and_creating_untagged_ones() {
    // given
    String feature = """
        @REQ_CALC-21
        Feature: Calculator
          Background:
            Given the calculator is switched on

          @TEST_CALC-13 @smoke
          Scenario: Add two numbers
            When I add 20 and 22
            Then the display shows "42"

          Scenario: Multiply two numbers
            When I add 3 and 0
            And I multiply the result by 4
            Then the display shows "12"
        """;
    // when
    JsonNode answer = json(http.multipart("/rest/raven/2.0/import/feature?projectKey=CALC", BASIC,
        parts("file", feature)));

    // then: Server answers the array of Tests
    assertThat(answer.isArray()).isTrue();
    assertThat(answer.findValuesAsText("key")).containsExactly("CALC-13", "CALC-25");
    JsonNode tests = json(http.get("/rest/raven/2.0/api/test?keys=CALC-13;CALC-25", BASIC));
    assertThat(tests.get(0).path("definition").asText()).isEqualTo(
        "Given the calculator is switched on\nWhen I add 20 and 22\nThen the display shows \"42\"");
    assertThat(tests.get(0).path("labels").toString()).contains("smoke");
    assertThat(tests.get(1).path("type").asText()).isEqualTo("Cucumber");
    assertThat(tests.get(1).path("requirementKeys").toString()).contains("CALC-21");
  }

  @Test
  void refuses_an_unknown_key_and_a_file_with_an_unknown_keyword_in_xrays_shapes() {
    // given
    String unknownKey = "Feature: F\n  @TEST_CALC-999\n  Scenario: Gone\n    When I add 1 and 1\n"
        + "  Scenario: Kept\n    When I add 1 and 2\n";
    String typo = "Feature: G\n  Scenariot: Typo\n    When I add 1 and 1\n";
    // when
    JsonNode server = json(http.multipart("/rest/raven/2.0/import/feature?projectKey=CALC", BASIC,
        parts("file", unknownKey)));
    JsonNode cloud = json(http.multipart("/api/v2/import/feature?projectKey=CALC", http.cloudBearer(),
        parts("file", typo)));
    // then
    assertThat(server.path("message").asText()).contains("Test with key CALC-999 was not found");
    assertThat(server.path("testIssues").findValuesAsText("key")).containsExactly("CALC-25");
    assertThat(cloud.path("errors").get(0).asText()).contains("\"Scenariot\" is not a Gherkin keyword");
    assertThat(cloud.path("updatedOrCreatedTests")).isEmpty();
  }

  private byte[] bytes(String path, String authorization) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(sandbox.url() + path)).header("Authorization", authorization).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return response.body();
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
