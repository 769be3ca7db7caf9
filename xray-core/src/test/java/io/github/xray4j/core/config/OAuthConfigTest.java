package io.github.xray4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xray4j.core.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth keys: one credential kind at a time, private keys inline or from a file, no secret in a message. */
class OAuthConfigTest {

  private static final String URL = "https://jira.example.com";
  private final KeyPair keys = TestKeys.rsa();

  @Test
  void two_kinds_of_credentials_are_an_error_naming_both() {
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", URL, "xray.token", "test-pat-1",
        "xray.oauth.client-id", "link", "xray.oauth.client-secret", "test-secret-1")))
        .isInstanceOf(XrayConfigException.class)
        .hasMessageContaining("a Personal Access Token (xray.token from xray.token)")
        .hasMessageContaining("OAuth 2.0 (xray.oauth.client-id from xray.oauth.client-id, xray.oauth.client-secret")
        .hasMessageContaining("Configure exactly one kind")
        .message().doesNotContain("test-pat-1").doesNotContain("test-secret-1");
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", URL, "xray.username", "bot", "xray.password", "pw",
        "xray.oauth.consumer-key", "xray4j", "xray.oauth.private-key", TestKeys.pkcs8Pem(keys))))
        .hasMessageContaining("Basic authentication").hasMessageContaining("OAuth 1.0a");
  }

  @Test
  void oauth_2_with_and_without_a_refresh_token() {
    Credentials.OAuth2 refreshing = (Credentials.OAuth2) XrayConfig.of(Map.of("xray.url", URL,
        "xray.oauth.client-id", "link", "xray.oauth.client-secret", "s", "xray.oauth.refresh-token", "r",
        "xray.oauth.redirect-uri", "http://127.0.0.1:8765/callback")).credentials().orElseThrow();
    assertThat(refreshing.refreshToken()).isEqualTo(Secret.of("r"));
    assertThat(refreshing.redirectUri()).hasToString("http://127.0.0.1:8765/callback");
    assertThat(refreshing.describe()).isEqualTo("OAuth 2.0 (client link, refresh token)");
    assertThat(XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.client-id", "link", "xray.oauth.client-secret", "s"))
        .credentials().orElseThrow().describe()).isEqualTo("OAuth 2.0 (client link, client credentials)");
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.refresh-token", "test-refresh-9")))
        .hasMessageContaining("xray.oauth.client-id is not set").message().doesNotContain("test-refresh-9");
  }

  @Test
  void reads_the_private_key_inline_with_escaped_line_breaks_or_from_a_file(@TempDir Path dir) throws Exception {
    // given
    String pem = TestKeys.pkcs1Pem(keys);
    Path file = Files.writeString(dir.resolve("xray4j.pem"), TestKeys.pkcs8Pem(keys));

    // when
    Credentials inline = XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.consumer-key", "xray4j",
        "xray.oauth.private-key", pem.replace("\n", "\\n"), "xray.oauth.access-token", "a")).credentials().orElseThrow();
    Credentials fromFile = XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.consumer-key", "xray4j",
        "xray.oauth.private-key", "file:" + file)).credentials().orElseThrow();

    // then
    assertThat(((Credentials.OAuth1) inline).privateKey().reveal()).isEqualTo(pem);
    assertThat(inline.describe()).isEqualTo("OAuth 1.0a (consumer xray4j, access token)");
    assertThat(((Credentials.OAuth1) fromFile).privateKey().reveal()).isEqualTo(TestKeys.pkcs8Pem(keys));
    assertThat(fromFile.describe()).isEqualTo("OAuth 1.0a (consumer xray4j, two-legged)");
  }

  @Test
  void a_bad_private_key_says_what_is_wrong_without_showing_it(@TempDir Path dir) {
    String broken = TestKeys.pkcs8Pem(keys).replace("MII", "AAA");
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.consumer-key", "xray4j",
        "xray.oauth.private-key", broken)))
        .hasMessageStartingWith("xray.oauth.private-key=****** (from xray.oauth.private-key) is not valid: expected an"
            + " RSA private key as PEM")
        .message().doesNotContain(broken.substring(40, 80));
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.consumer-key", "xray4j",
        "xray.oauth.private-key", "file:" + dir.resolve("missing.pem"))))
        .hasMessageContaining("names the file").hasMessageContaining("missing.pem");
  }

  @Test
  void the_secrets_are_hidden_in_to_string() {
    String pem = TestKeys.pkcs8Pem(keys);
    XrayConfig config = XrayConfig.of(Map.of("xray.url", URL, "xray.oauth.consumer-key", "xray4j",
        "xray.oauth.private-key", pem, "xray.oauth.access-token", "test-access-7"));
    assertThat(config.toString()).contains("xray.oauth.private-key=******", "xray.oauth.access-token=******")
        .doesNotContain("test-access-7").doesNotContain("PRIVATE");
    assertThat(config.credentials().orElseThrow().toString()).doesNotContain("test-access-7").doesNotContain("PRIVATE");
  }
}
