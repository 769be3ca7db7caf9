package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XraySandboxMainTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void starts_on_a_free_port_prints_url_and_credentials_and_answers() {
    // when
    try (XraySandbox sandbox = XraySandboxMain.start(new String[] {"--port", "0"}, out)) {

      // then
      String[] lines = output.toString(StandardCharsets.UTF_8).split("\\R");
      assertThat(lines).hasSize(3);
      assertThat(lines[0]).startsWith("Xray sandbox listening on " + sandbox.url() + " ");
      assertThat(lines[1]).contains("user sandbox password sandbox", "Personal Access Token sandbox-token");
      assertThat(lines[2]).contains("client id sandbox-client client secret sandbox-secret");
      assertThat(sandbox.url()).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
      var myself = new SandboxHttp(sandbox).get("/rest/api/2/myself", BASIC);
      assertThat(json(myself).path("name").asText()).isEqualTo("sandbox");
    }
  }

  @Test
  void says_how_late_the_imports_answer_when_asked_to_delay_them() {
    // when
    try (XraySandbox sandbox = XraySandboxMain.start(
        new String[] {"--import-delay", "2s", "--late-creating-import", "3:1500ms"}, out)) {

      // then
      String[] lines = output.toString(StandardCharsets.UTF_8).split("\\R");
      assertThat(lines).hasSize(5);
      assertThat(lines[3]).isEqualTo("Every import answers 2s after it was applied");
      assertThat(lines[4]).isEqualTo("Import number 3 of those that create a Test Execution answers 1500ms"
          + " after creating it");
    }
  }

  @Test
  void rejects_a_delay_that_is_not_a_duration_and_a_late_import_without_its_number() {
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--import-delay", "soon"}, out))
        .hasMessage("--import-delay needs a duration such as 500ms, 2s, 1m or 1h, not soon");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--late-creating-import", "4s"}, out))
        .hasMessage("--late-creating-import must be N:DURATION with N from 1, e.g. 1:4s for the first import"
            + " that creates a Test Execution, not 4s");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--late-creating-import", "0:4s"}, out))
        .hasMessageStartingWith("--late-creating-import must be N:DURATION with N from 1");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--late-creating-import", "1:4"}, out))
        .hasMessage("--late-creating-import needs a duration such as 500ms, 2s, 1m or 1h, not 4");
  }

  @Test
  void prints_the_usage_for_help_and_starts_nothing() {
    assertThat(XraySandboxMain.start(new String[] {"--help"}, out)).isNull();
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo(XraySandboxMain.USAGE + System.lineSeparator());
  }

  @Test
  void rejects_an_unknown_argument_and_a_port_that_is_not_a_number() {
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--verbose"}, out))
        .hasMessage("Unknown argument: --verbose");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--port", "eighty"}, out))
        .hasMessage("--port must be a number, not eighty");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--seed"}, out))
        .hasMessage("--seed needs a value");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--seed", "no-such-seed.json"}, out))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Cannot read the sandbox seed no-such-seed.json");
  }

  @Test
  void registers_an_oauth2_client_and_an_oauth1_consumer_and_never_prints_the_client_secret(@TempDir Path dir)
      throws IOException {
    // given
    KeyPair keys = OAuthTest.rsa();
    Path publicKey = Files.writeString(dir.resolve("public.pem"), OAuthTest.publicPem(keys));
    String secret = "ci-link-secret-" + System.nanoTime();

    // when
    try (XraySandbox sandbox = XraySandboxMain.start(new String[] {"--oauth2-client", "ci-link:" + secret,
        "--oauth1-consumer", "ci-consumer=" + publicKey}, out)) {

      // then
      String printed = output.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("OAuth 2.0 client ci-link", "OAuth 1.0a consumer ci-consumer")
          .doesNotContain(secret);
      SandboxHttp http = new SandboxHttp(sandbox);
      var token = http.postWithoutAuth("/rest/oauth2/latest/token",
          "grant_type=client_credentials&client_id=ci-link&client_secret=" + secret);
      assertThat(json(token).path("access_token").asText()).startsWith("sandbox-oauth2-access-");
      String signed = OAuth1Signer.of("ci-consumer", keys.getPrivate())
          .authorization("GET", URI.create(sandbox.url() + "/rest/api/2/myself"), null, Map.of());
      assertThat(http.get("/rest/api/2/myself", signed).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void rejects_an_oauth_client_without_its_secret_and_a_consumer_key_file_that_is_no_public_key(@TempDir Path dir)
      throws IOException {
    Path notAKey = Files.writeString(dir.resolve("key.pem"), "hello");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--oauth2-client", "ci-link"}, out))
        .hasMessage("--oauth2-client must be CLIENT_ID:CLIENT_SECRET");
    assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--oauth1-consumer", "ci=" + notAKey}, out))
        .hasMessage("The public key of OAuth 1.0a consumer ci must be a PEM -----BEGIN PUBLIC KEY----- block"
            + " (openssl rsa -in key.pem -pubout)");
  }
}
