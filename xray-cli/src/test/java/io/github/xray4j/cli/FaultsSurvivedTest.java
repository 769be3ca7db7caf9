package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.Publisher;
import io.github.xray4j.core.testing.LogCapture;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure the client can meet while a run publishes: the results end up either in Xray (the stand-in) or
 * in the results file with a message giving the exact command that re-sends it; that command (the CLI's
 * {@code publish}, run in-process) then sends them; in the end every result is in Xray exactly once, and no
 * credential appears in the logs, the messages, the files written or the CLI's output. For a token (Server/DC
 * PAT), a password (Basic) and a client secret (Cloud).
 */
class FaultsSurvivedTest {

  private static final String TOKEN = "test-token-fault-123";
  private static final String PASSWORD = "test-password-fault-456";
  private static final String CLIENT_SECRET = "test-client-secret-fault-789";
  private static final List<String> SECRETS = List.of(TOKEN, PASSWORD, CLIENT_SECRET);

  private static final String[] TESTS = {"CALC-1", "CALC-2", "CALC-9"};

  enum Credentials { TOKEN, BASIC, CLOUD }

  enum FaultKind {
    CONNECTION_REFUSED, DNS_FAILURE, READ_TIMEOUT, SERVER_ERROR_500, SERVICE_UNAVAILABLE_503_THEN_OK,
    TOO_MANY_REQUESTS_429_THEN_OK, UNAUTHORIZED_401, FORBIDDEN_403, ONE_BAD_KEY_400, REDIRECT_TO_LOGIN_302,
    MALFORMED_JSON, RESPONSE_NEVER_ENDS, CONNECTION_RESET
  }

  static Stream<Arguments> faults() {
    List<Arguments> all = new ArrayList<>();
    for (Credentials credentials : Credentials.values()) {
      for (FaultKind fault : FaultKind.values()) {
        all.add(Arguments.of(credentials, fault));
      }
    }
    return all.stream();
  }

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start();
  @AutoClose private final LogCapture logs = new LogCapture();

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void every_result_reaches_xray_exactly_once_and_no_secret_leaks(Credentials credentials, FaultKind fault)
      throws Exception {
    // given: an Xray that fails in this way
    if (credentials == Credentials.CLOUD) {
      xray.acceptingCloudImports();
    } else {
      xray.acceptingImports();
    }
    String sickUrl = inject(fault);
    Path output = dir.resolve("xray");
    Map<String, String> config = new HashMap<>(credentials(credentials));
    config.put("xray.url", sickUrl);
    config.put("xray.project-key", "CALC");
    config.put("xray.output-dir", output.toString());
    config.put("xray.timeout", "500ms");
    config.put("xray.publish-timeout", "20s");
    config.put("xray.max-retries", "2");

    // when: a test run publishes
    PublishOutcome outcome = Runs.report(config, TESTS);

    // then: published, or kept with the command that re-sends it
    if (outcome.isFailure()) {
      assertThat(outcome.unsentFiles()).isNotEmpty().allSatisfy(file -> assertThat(file).exists());
      assertThat(outcome.summaryLine())
          .contains("java -jar xray-cli.jar publish " + outcome.unsentFiles().get(0));
    } else {
      assertThat(outcome.kind()).isEqualTo(PublishOutcome.Kind.PUBLISHED);
    }

    // when: Xray is back and the user runs the command the message gave
    xray.server.removeStubsByMetadata(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
        "$.fault", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")));
    if (fault == FaultKind.ONE_BAD_KEY_400) {
      injectBadKey(); // CALC-9 stays unknown to Xray
    }
    Map<String, String> env = new HashMap<>();
    config.forEach((key, value) -> {
      // the re-send gets the user's usual settings: same credentials and project, default timeouts
      if (!List.of("xray.url", "xray.output-dir", "xray.timeout", "xray.publish-timeout").contains(key)) {
        env.put(key.toUpperCase().replace('.', '_').replace('-', '_'), value);
      }
    });
    CliRun resend = CliRun.run(env, dir, "publish", "--url", xray.url(), output.toString());

    // then: every result is in Xray exactly once (the one Xray rejects is reported, not lost)
    assertThat(resend.exitCode()).as(resend.all()).isZero();
    Map<String, Integer> expected = new java.util.TreeMap<>(Map.of("CALC-1", 1, "CALC-2", 1, "CALC-9", 1));
    if (fault == FaultKind.ONE_BAD_KEY_400) {
      expected.remove("CALC-9");
      assertThat(outcome.problems()).anySatisfy(problem -> assertThat(problem.test()).isEqualTo("CALC-9"));
    }
    assertThat(xray.acceptedResults()).isEqualTo(expected);
    assertThat(xray.executionsCreated()).isEqualTo(1);
    try (Stream<Path> files = Files.list(output)) {
      files.filter(f -> f.getFileName().toString().matches("xray-results-.*\\.json"))
          .forEach(file -> {
            assertThat(Publisher.publishedTo(file)).as(file + " is marked").isPresent();
            assertOwnerOnly(file);
          });
    }

    // and: no credential anywhere
    List<String> everything = new ArrayList<>(logs.messages());
    everything.add(outcome.summaryLine());
    everything.add(String.valueOf(outcome.reason()));
    everything.add(resend.out());
    everything.add(resend.err());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        everything.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    for (String text : everything) {
      for (String secret : SECRETS) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static void assertOwnerOnly(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .as(file + " is readable by its owner only").isEqualTo("rw-------");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, String> credentials(Credentials credentials) {
    return switch (credentials) {
      case TOKEN -> Map.of("xray.token", TOKEN);
      case BASIC -> Map.of("xray.username", "ci-bot", "xray.password", PASSWORD);
      case CLOUD -> Map.of("xray.client-id", "test-client-id", "xray.client-secret", CLIENT_SECRET);
    };
  }

  /** Makes the stand-in fail in this way; returns the URL the run publishes to. */
  private String inject(FaultKind fault) throws IOException {
    switch (fault) {
      case CONNECTION_REFUSED -> {
        try (ServerSocket socket = new ServerSocket(0)) {
          return "http://127.0.0.1:" + socket.getLocalPort();
        }
      }
      case DNS_FAILURE -> {
        return "http://xray.no-such-host.invalid";
      }
      case READ_TIMEOUT -> fault(aResponse().withStatus(200).withFixedDelay(3_000));
      case SERVER_ERROR_500 -> fault(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>"));
      case SERVICE_UNAVAILABLE_503_THEN_OK -> once(aResponse().withStatus(503));
      case TOO_MANY_REQUESTS_429_THEN_OK -> once(aResponse().withStatus(429).withHeader("Retry-After", "1")
          .withBody("{\"error\":\"Rate limit exceeded\"}"));
      case UNAUTHORIZED_401 -> fault(aResponse().withStatus(401)
          .withBody("{\"error\":\"Authentication failed. Invalid client credentials!\"}"));
      case FORBIDDEN_403 -> fault(aResponse().withStatus(403).withBody("{\"errorMessages\":[\"Forbidden\"]}"));
      case ONE_BAD_KEY_400 -> injectBadKey();
      case REDIRECT_TO_LOGIN_302 -> {
        fault(aResponse().withStatus(302).withHeader("Location", xray.url() + "/login.jsp"));
        xray.server.stubFor(get(urlPathEqualTo("/login.jsp")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/html").withBody("<html><body>Log in</body></html>")));
      }
      case MALFORMED_JSON -> fault(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"testExecIssue\": {\"key\": "));
      case RESPONSE_NEVER_ENDS -> fault(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"testExecIssue\": {\"id\": \"500\", \"key\": \"CALC-500\"}}                         ")
          .withChunkedDribbleDelay(5, 30_000));
      case CONNECTION_RESET -> fault(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }
    return xray.url();
  }

  private void fault(ResponseDefinitionBuilder response) {
    xray.server.stubFor(faultStub().willReturn(response));
  }

  /** Fails the first import only, then Xray recovers. */
  private void once(ResponseDefinitionBuilder response) {
    xray.server.stubFor(faultStub().inScenario("recovers").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("recovered").willReturn(response));
  }

  /** Xray does not know CALC-9: an import that holds it is rejected with 400, naming it. */
  private void injectBadKey() {
    xray.server.stubFor(faultStub().withRequestBody(containing("\"CALC-9\""))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"Test with key CALC-9 was not found!\"}")));
  }

  private static MappingBuilder faultStub() {
    return XrayStandIn.importRequest().atPriority(0).withMetadata(Metadata.metadata().attr("fault", true));
  }
}
