package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String TOKEN = "test-token-check-123";

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start();
  private final Map<String, String> env = new HashMap<>(Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", TOKEN,
      "XRAY_PROJECT_KEY", "CALC", "XRAY_MAX_RETRIES", "0"));

  private void myself(int status, String body) {
    xray.server.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private void issue(String key, String type) {
    xray.server.stubFor(get(urlPathEqualTo("/rest/api/2/issue/" + key)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"1\",\"key\":\"" + key + "\",\"self\":\"" + xray.url() + "/rest/api/2/issue/1\","
            + "\"fields\":{\"summary\":\"Release 1.4\",\"issuetype\":{\"name\":\"" + type + "\"}}}")));
  }

  private void statuses(int status) {
    xray.server.stubFor(get(urlPathEqualTo("/rest/raven/2.0/api/settings/teststatuses")).willReturn(aResponse()
        .withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(status != 200 ? "" : "[{\"id\":0,\"name\":\"PASS\",\"final\":true},"
            + "{\"id\":1,\"name\":\"FAIL\",\"final\":true}]")));
  }

  @Test
  void prints_ok_for_each_check_that_passes() {
    // given
    myself(200, "{\"name\":\"ci-bot\",\"displayName\":\"CI Bot\"}");
    statuses(200);
    issue("CALC-100", "Test Plan");
    issue("CALC-2001", "Test Execution");
    // when
    CliRun run = CliRun.run(env, dir, "check", "--test-plan", "CALC-100", "--test-execution", "CALC-2001");
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "ok    URL: " + xray.url() + " answers as Jira",
        "ok    credentials: Personal Access Token logged in as CI Bot",
        "ok    Xray: answers at /rest/raven/2.0 (test run statuses: PASS, FAIL)",
        "ok    project: CALC (set; not looked up)",
        "ok    Test Plan: CALC-100 \"Release 1.4\"",
        "ok    Test Execution: CALC-2001 \"Release 1.4\"");
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @Test
  void on_cloud_authenticates_with_the_api_key() {
    // given
    xray.acceptingCloudImports();
    Map<String, String> cloud = Map.of("XRAY_URL", xray.url(), "XRAY_CLIENT_ID", "test-client-id",
        "XRAY_CLIENT_SECRET", "test-client-secret-check-456", "XRAY_PROJECT_KEY", "CALC");
    // when
    CliRun run = CliRun.run(cloud, dir, "check");
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "ok    URL: " + xray.url() + " answers as Xray Cloud",
        "ok    credentials: API key test-client-id authenticated",
        "ok    project: CALC (set; not looked up)");
    xray.server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
            urlPathEqualTo("/api/v2/authenticate"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
            "{\"client_id\":\"test-client-id\",\"client_secret\":\"test-client-secret-check-456\"}")));
    assertThat(run.all()).doesNotContain("test-client-secret-check-456");
  }

  @Test
  void on_cloud_a_rejected_api_key_fails_the_credentials_line() {
    // given
    xray.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v2/authenticate"))
        .willReturn(aResponse().withStatus(401)
            .withBody("{\"error\":\"Authentication failed. Invalid client credentials!\"}")));
    Map<String, String> cloud = Map.of("XRAY_URL", xray.url(), "XRAY_CLIENT_ID", "test-client-id",
        "XRAY_CLIENT_SECRET", "test-client-secret-check-456", "XRAY_PROJECT_KEY", "CALC");
    // when
    CliRun run = CliRun.run(cloud, dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("FAIL  credentials: API key test-client-id rejected : Xray Cloud answered HTTP 401");
    assertThat(run.all()).doesNotContain("test-client-secret-check-456");
  }

  @Test
  void a_redirect_to_the_login_page_is_a_wrong_url() {
    // given
    xray.server.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", xray.url() + "/login.jsp")));
    xray.server.stubFor(get(urlPathEqualTo("/login.jsp")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Log in</body></html>")));
    // when
    CliRun run = CliRun.run(env, dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("FAIL  URL: " + xray.url() + " does not look like Jira : ");
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @Test
  void rejected_credentials_fail_the_credentials_line() {
    // given
    myself(401, "{\"errorMessages\":[\"You are not authenticated.\"]}");
    // when
    CliRun run = CliRun.run(env, dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("ok    URL: ", "FAIL  credentials: Personal Access Token rejected (HTTP 401) : ");
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @Test
  void jira_without_xray_fails_the_xray_line() {
    // given
    myself(200, "{\"name\":\"ci-bot\"}");
    statuses(404);
    // when
    CliRun run = CliRun.run(env, dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("ok    credentials: ", "FAIL  Xray: not found at /rest/raven/2.0 (HTTP 404) :"
        + " is the Xray app installed");
  }

  @Test
  void a_missing_test_plan_or_a_key_of_another_type_fails_its_line() {
    // given
    myself(200, "{\"name\":\"ci-bot\"}");
    statuses(200);
    xray.server.stubFor(get(urlPathEqualTo("/rest/api/2/issue/CALC-100")).willReturn(aResponse().withStatus(404)
        .withBody("{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}")));
    issue("CALC-2001", "Bug");
    // when
    CliRun run = CliRun.run(env, dir, "check", "--test-plan", "CALC-100", "--test-execution", "CALC-2001");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out())
        .contains("FAIL  Test Plan: CALC-100 was not found (or is not visible to these credentials) : fix"
            + " xray.test-plan-key (XRAY_TEST_PLAN_KEY)")
        .contains("FAIL  Test Execution: CALC-2001 is a Bug, not a Test Execution : set xray.test-execution-key");
  }

  @Test
  void an_unreachable_url_fails_the_url_line() throws Exception {
    // given: a port nobody listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    env.put("XRAY_URL", "http://127.0.0.1:" + port);
    // when
    CliRun run = CliRun.run(env, dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("FAIL  URL: http://127.0.0.1:" + port + " cannot be used : ")
        .contains("skip  credentials");
  }

  @Test
  void missing_url_and_credentials_are_reported_not_thrown() {
    // when
    CliRun run = CliRun.run(Map.of(), dir, "check");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.out()).contains("FAIL  URL: xray.url is not set : set XRAY_URL", "FAIL  credentials: none"
        + " configured : set XRAY_TOKEN");
  }
}
