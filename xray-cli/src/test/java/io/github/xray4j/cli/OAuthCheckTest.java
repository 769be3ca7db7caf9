package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.testing.LogCapture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} names the OAuth credentials in use, and never shows their secrets. */
class OAuthCheckTest {

  private static final String CLIENT_SECRET = "test-check-client-secret-" + System.nanoTime();
  private static final String REFRESH_TOKEN = "test-check-refresh-" + System.nanoTime();

  @TempDir Path dir;
  @AutoClose private final XrayStandIn jira = XrayStandIn.start();
  @AutoClose private final LogCapture logs = new LogCapture();

  @Test
  void check_says_oauth_2_is_in_use() {
    // given
    jira.server.stubFor(post(urlPathEqualTo("/rest/oauth2/latest/token")).willReturn(aResponse()
        .withBody("{\"access_token\":\"test-check-access\",\"expires_in\":3600}")));
    jira.server.stubFor(get(urlPathEqualTo("/rest/api/2/myself"))
        .withHeader("Authorization", equalTo("Bearer test-check-access"))
        .willReturn(aResponse().withBody("{\"name\":\"ci-bot\",\"displayName\":\"CI Bot\"}")));
    jira.server.stubFor(get(urlPathEqualTo("/rest/raven/2.0/api/settings/teststatuses"))
        .willReturn(aResponse().withBody("[{\"name\":\"PASS\"},{\"name\":\"FAIL\"}]")));

    // when
    CliRun run = CliRun.run(Map.of("XRAY_URL", jira.url(), "XRAY_PROJECT_KEY", "CALC",
        "XRAY_OAUTH_CLIENT_ID", "xray4j-link", "XRAY_OAUTH_CLIENT_SECRET", CLIENT_SECRET,
        "XRAY_OAUTH_REFRESH_TOKEN", REFRESH_TOKEN), dir, "check");

    // then
    assertThat(run.out()).contains("ok    credentials: OAuth 2.0 (client xray4j-link, refresh token) logged in as CI Bot");
    assertThat(run.all()).doesNotContain(CLIENT_SECRET).doesNotContain(REFRESH_TOKEN).doesNotContain("test-check-access");
    assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).containsAnyOf(CLIENT_SECRET, REFRESH_TOKEN));
  }

  @Test
  void two_kinds_of_credentials_are_a_configuration_error_naming_both() {
    // when
    CliRun run = CliRun.run(Map.of("XRAY_URL", jira.url(), "XRAY_TOKEN", "test-pat-y",
        "XRAY_OAUTH_CLIENT_ID", "xray4j-link", "XRAY_OAUTH_CLIENT_SECRET", CLIENT_SECRET), dir, "check");

    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("a Personal Access Token", "OAuth 2.0", "environment variable XRAY_TOKEN")
        .doesNotContain("test-pat-y").doesNotContain(CLIENT_SECRET);
  }
}
