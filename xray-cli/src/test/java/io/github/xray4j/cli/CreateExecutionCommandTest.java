package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateExecutionCommandTest {

  private static final String TOKEN = "test-token-create-123";

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start();
  private final Map<String, String> env = Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", TOKEN, "XRAY_MAX_RETRIES", "0");

  @Test
  void prints_only_the_key_of_the_created_test_execution_on_stdout() {
    // given
    xray.server.stubFor(post(urlPathEqualTo("/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
        .withBody("{\"id\":\"38101\",\"key\":\"CALC-2001\",\"self\":\"" + xray.url() + "/rest/api/2/issue/38101\"}")));
    xray.server.stubFor(post(urlPathEqualTo("/rest/raven/2.0/api/testplan/CALC-100/testexecution"))
        .willReturn(aResponse().withStatus(200).withBody("[]")));
    // when
    CliRun run = CliRun.run(env, dir, "create-execution", "--project", "CALC", "--summary", "Nightly",
        "--description", "all shards", "--fix-version", "1.4", "--test-plan", "CALC-100");
    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("CALC-2001" + System.lineSeparator());
    assertThat(run.err()).contains("Created Test Execution CALC-2001", xray.url() + "/browse/CALC-2001",
        "Added CALC-2001 to Test Plan CALC-100");
    xray.server.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue")).withRequestBody(equalToJson("""
        {"fields": {"project": {"key": "CALC"}, "summary": "Nightly", "issuetype": {"name": "Test Execution"},
                    "description": "all shards", "fixVersions": [{"name": "1.4"}]}}""")));
    xray.server.verify(postRequestedFor(urlPathEqualTo("/rest/raven/2.0/api/testplan/CALC-100/testexecution"))
        .withRequestBody(equalToJson("{\"add\": [\"CALC-2001\"]}")));
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @Test
  void on_cloud_creates_it_with_its_environments_through_graphql() {
    // given
    xray.acceptingCloudImports();
    xray.server.stubFor(post(urlPathEqualTo("/api/v2/graphql")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"createTestExecution\":{\"testExecution\":{\"issueId\":\"10200\","
            + "\"jira\":{\"key\":\"CALC-3\"}},\"warnings\":[]}}}")));
    Map<String, String> cloud = Map.of("XRAY_URL", xray.url(), "XRAY_CLIENT_ID", "test-client-id",
        "XRAY_CLIENT_SECRET", "test-client-secret-create-456", "XRAY_MAX_RETRIES", "0");
    // when
    CliRun run = CliRun.run(cloud, dir, "create-execution", "--project", "CALC", "--summary", "Nightly",
        "--environments", "chrome,linux");
    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("CALC-3" + System.lineSeparator());
    xray.server.verify(postRequestedFor(urlPathEqualTo("/api/v2/graphql")).withRequestBody(
        com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.variables.testEnvironments",
            equalToJson("[\"chrome\", \"linux\"]"))));
    assertThat(run.all()).doesNotContain("test-client-secret-create-456");
  }

  @Test
  void without_a_project_it_is_a_configuration_error() {
    // when
    CliRun run = CliRun.run(env, dir, "create-execution", "--summary", "Nightly");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--project", "XRAY_PROJECT_KEY");
  }

  @Test
  void rejected_credentials_fail_with_exit_code_1_and_nothing_on_stdout() {
    // given
    xray.server.stubFor(post(urlPathEqualTo("/rest/api/2/issue")).willReturn(aResponse().withStatus(401)
        .withBody("{\"errorMessages\":[\"You are not authenticated.\"]}")));
    // when
    CliRun run = CliRun.run(env, dir, "create-execution", "--project", "CALC", "--summary", "Nightly");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("could not create the Test Execution").doesNotContain(TOKEN);
  }
}
