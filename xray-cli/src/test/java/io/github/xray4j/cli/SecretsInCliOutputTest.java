package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.testing.LogCapture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials given as options never come back in what the CLI prints, whatever goes wrong. */
class SecretsInCliOutputTest {

  private static final String TOKEN = "test-token-option-123";
  private static final String PASSWORD = "test-password-option-456";
  private static final String CLIENT_SECRET = "test-client-secret-option-789";

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start();
  @AutoClose private final LogCapture logs = new LogCapture();

  static Stream<Arguments> commandsAndAnswers() {
    List<List<String>> credentials = List.of(
        List.of("--token", TOKEN),
        List.of("--username", "ci-bot", "--password=" + PASSWORD),
        List.of("--client-id", "test-client-id", "--client-secret", CLIENT_SECRET));
    List<Integer> statuses = List.of(401, 403, 500);
    Stream.Builder<Arguments> all = Stream.builder();
    for (List<String> credential : credentials) {
      for (int status : statuses) {
        for (String command : List.of("publish", "create-execution", "check")) {
          all.add(Arguments.of(command, credential, status));
        }
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0} {1} answered {2}")
  @MethodSource("commandsAndAnswers")
  void no_credential_in_output_or_logs(String command, List<String> credentials, int status) {
    // given: Xray answers everything with this status
    xray.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
        .withBody("{\"error\":\"no\",\"errorMessages\":[\"no\"]}")));
    Runs.writeResultsFile(dir.resolve("xray"), "CALC-1");
    List<String> args = new java.util.ArrayList<>(List.of(command, "--url", xray.url(), "--project", "CALC"));
    args.addAll(credentials);
    if (command.equals("publish")) {
      args.add(dir.resolve("xray").toString());
    }
    // when
    CliRun run = CliRun.run(Map.of("XRAY_MAX_RETRIES", "0"), dir, args.toArray(String[]::new));
    // then
    assertThat(run.exitCode()).as(run.all()).isNotZero();
    for (String secret : List.of(TOKEN, PASSWORD, CLIENT_SECRET)) {
      assertThat(run.all()).doesNotContain(secret);
      assertThat(logs.messages()).noneSatisfy(message -> assertThat(message).contains(secret));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"create-execution", "check"})
  void xray_echoing_the_authorization_header_puts_no_token_on_the_terminal(String command) {
    // given: a server that echoes the request's Authorization header in its error text
    xray.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type",
        "application/json").withBody("{\"errorMessages\":[\"refused {{request.headers.Authorization}}\"]}")
        .withTransformers("response-template")));
    // when
    CliRun run = CliRun.run(Map.of("XRAY_MAX_RETRIES", "0", "XRAY_TOKEN", TOKEN), dir, command, "--url", xray.url(),
        "--project", "CALC");
    // then
    assertThat(run.exitCode()).as(run.all()).isNotZero();
    assertThat(run.all()).contains("refused Bearer ******").doesNotContain(TOKEN);
  }

  @Test
  void xray_cloud_echoing_its_own_token_puts_no_token_on_the_terminal() {
    // given: Xray Cloud hands out a token, then echoes the Authorization header of the next request
    String cloudToken = "cloud-issued-token-0123456789";
    xray.server.stubFor(post(urlPathMatching("/api/v2/authenticate")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withBody("\"" + cloudToken + "\"")));
    xray.server.stubFor(any(anyUrl()).atPriority(2).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"refused, Authorization: {{request.headers.Authorization}}\"}")
        .withTransformers("response-template")));
    // when
    CliRun run = CliRun.run(Map.of("XRAY_MAX_RETRIES", "0"), dir, "create-execution", "--url", xray.url(),
        "--project", "CALC", "--client-id", "test-client-id", "--client-secret", CLIENT_SECRET);
    // then
    assertThat(run.exitCode()).as(run.all()).isNotZero();
    assertThat(run.all()).contains("Bearer ******").doesNotContain(cloudToken).doesNotContain(CLIENT_SECRET);
  }

  @Test
  void a_mistyped_option_next_to_a_secret_does_not_echo_it() {
    // when
    CliRun run = CliRun.run(Map.of(), dir, "check", "--token", TOKEN, "--tokn", TOKEN, "--password=" + PASSWORD);
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("--tokn").doesNotContain(TOKEN).doesNotContain(PASSWORD);
  }
}
