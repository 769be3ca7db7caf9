package io.github.xray4j.core.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A configured token, password or client secret never reaches a log record, a message or a file, whatever Xray
 * answers: every credential kind against every fault the publisher can meet.
 */
class SecretsNeverLeakTest {

  private static final String TOKEN = "test-token-" + UUID.randomUUID();
  private static final String PASSWORD = "test-password-" + UUID.randomUUID();
  private static final String CLIENT_SECRET = "test-client-secret-" + UUID.randomUUID();
  private static final String BASIC = Base64.getEncoder()
      .encodeToString(("test-user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final List<String> SECRETS = List.of(TOKEN, PASSWORD, CLIENT_SECRET, BASIC);

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  @TempDir Path dir;

  enum Credential { TOKEN, BASIC, CLOUD }

  enum Fault_ {
    UNAUTHORIZED, FORBIDDEN, BAD_KEY, ECHOES_CREDENTIALS, SERVER_ERROR, MALFORMED_JSON, LOGIN_REDIRECT,
    CONNECTION_RESET, CONNECTION_REFUSED, NO_ANSWER_BEFORE_DEADLINE
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Credential credential : Credential.values()) {
      for (Fault_ fault : Fault_.values()) {
        cases.add(Arguments.of(credential, fault));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} credentials, {1}")
  @MethodSource("cases")
  void no_secret_in_logs_messages_or_files(Credential credential, Fault_ fault) throws Exception {
    // given
    String url = fault == Fault_.CONNECTION_REFUSED ? "http://127.0.0.1:" + closedPort() : xray.baseUrl();
    stub(credential, fault);
    Map<String, String> properties = new HashMap<>(Map.of("xray.url", url, "xray.output-dir", dir.toString(),
        "xray.project-key", "CALC", "xray.max-retries", "0", "xray.publish-timeout", "2s"));
    switch (credential) {
      case TOKEN -> properties.put("xray.token", TOKEN);
      case BASIC -> properties.putAll(Map.of("xray.username", "test-user", "xray.password", PASSWORD));
      case CLOUD -> properties.putAll(Map.of("xray.client-id", "test-client-id", "xray.client-secret", CLIENT_SECRET));
    }
    if (fault == Fault_.NO_ANSWER_BEFORE_DEADLINE) {
      properties.put("xray.publish-timeout", "300ms");
    }
    XrayConfig config = XrayConfig.of(properties);

    // when
    PublishOutcome outcome;
    List<String> logged;
    try (LogCapture log = new LogCapture("")) {
      XrayReporter reporter = XrayReporter.create(config, java.time.Clock.systemUTC());
      reporter.add(TestResult.builder(Status.FAIL).testKey("CALC-1").comment("failed").build());
      reporter.add(TestResult.builder(Status.PASS).testKey("CALC-9").build());
      outcome = reporter.finish();
      logged = log.messages();
    }

    // then
    assertThat(logged).isNotEmpty();
    List<String> texts = new ArrayList<>(logged);
    texts.add(outcome.summaryLine());
    texts.add(config.toString());
    outcome.problems().forEach(problem -> texts.add(problem.toString()));
    texts.addAll(filesIn(dir));
    for (String text : texts) {
      assertThat(text).doesNotContain(SECRETS);
    }
    if (fault != Fault_.BAD_KEY) {
      assertThat(outcome.isFailure()).as(outcome.summaryLine()).isTrue();
      assertThat(outcome.unsentFiles()).isNotEmpty();
    }
  }

  @Test
  void configuration_errors_name_the_key_but_never_the_secret() {
    // given
    List<Map<String, String>> bad = List.of(
        Map.of("xray.password", PASSWORD),
        Map.of("xray.client-secret", CLIENT_SECRET),
        Map.of("xray.username", "test-user", "xray.password", PASSWORD, "xray.timeout", "soon"),
        Map.of("xray.url", "https://test-user:" + PASSWORD + "@jira.example.com", "xray.token", TOKEN));

    for (Map<String, String> properties : bad) {
      // when / then
      assertThatThrownBy(() -> XrayReporter.create(XrayConfig.of(properties)))
          .isInstanceOf(XrayConfigException.class)
          .satisfies(e -> assertThat(e.getMessage()).contains("xray.").doesNotContain(SECRETS));
    }
  }

  private static void stub(Credential credential, Fault_ fault) {
    xray.resetAll();
    if (credential == Credential.CLOUD) {
      ResponseDefinitionBuilder auth = fault == Fault_.UNAUTHORIZED
          ? aResponse().withStatus(401).withBody("{\"error\":\"Authentication failed. Invalid client credentials!\"}")
          : aResponse().withStatus(200).withBody("\"test-cloud-jwt\"");
      xray.stubFor(post(urlPathEqualTo("/api/v2/authenticate")).atPriority(1).willReturn(auth));
    }
    ResponseDefinitionBuilder answer = switch (fault) {
      case UNAUTHORIZED -> aResponse().withStatus(401).withBody("{\"error\":\"not logged in\"}");
      case FORBIDDEN -> aResponse().withStatus(403).withBody("{\"errorMessages\":[\"no permission\"]}");
      case BAD_KEY -> aResponse().withStatus(400).withBody("{\"error\":\"Test with key CALC-9 was not found!\"}");
      case ECHOES_CREDENTIALS -> aResponse().withStatus(400).withBody("{\"error\":\"bad request, you sent: "
          + switch (credential) {
            case TOKEN -> "Authorization: Bearer " + TOKEN;
            case BASIC -> "Authorization: Basic " + BASIC + " password=" + PASSWORD;
            case CLOUD -> "client_secret=" + CLIENT_SECRET;
          } + "\"}");
      case SERVER_ERROR -> aResponse().withStatus(500).withBody("<html>Internal error</html>");
      case MALFORMED_JSON -> aResponse().withStatus(200).withBody("{\"testExecIssue\": {");
      case LOGIN_REDIRECT -> aResponse().withStatus(302).withHeader("Location", xray.baseUrl() + "/login.jsp");
      case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
      case CONNECTION_REFUSED -> aResponse().withStatus(500);
      case NO_ANSWER_BEFORE_DEADLINE -> aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}");
    };
    if (fault == Fault_.BAD_KEY) {
      xray.stubFor(post(anyUrl()).atPriority(2)
          .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("CALC-9")).willReturn(answer));
      String created = "{\"testExecIssue\":{\"id\":\"1\",\"key\":\"CALC-2001\",\"self\":\"" + xray.baseUrl()
          + "/rest/api/2/issue/1\"},\"id\":\"1\",\"key\":\"CALC-2001\",\"self\":\"" + xray.baseUrl()
          + "/rest/api/2/issue/1\"}";
      xray.stubFor(post(anyUrl()).atPriority(3).willReturn(aResponse().withStatus(200).withBody(created)));
    } else {
      xray.stubFor(any(anyUrl()).atPriority(2).willReturn(answer));
    }
  }

  private static List<String> filesIn(Path dir) throws IOException {
    List<String> contents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.add(file + ": " + Files.readString(file));
      }
    }
    assertThat(contents).as("results files").isNotEmpty();
    return contents;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
