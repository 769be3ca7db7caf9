package io.github.xray4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No configuration message, and no text passed through {@link Redaction}, shows a credential. */
class ValueRedactionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xray.proxy              | http://user:pw-secret1@proxy:3128   | http://proxy:3128",
        "xray.proxy              | user:pw-secret1@proxy:3128          | proxy:3128",
        "xray.url                | https://user:pw-secret1@jira exa.mple | https://jira exa.mple",
        "xray.url                | https://jira .example?token=pw-secret1 | https://jira .example",
        "xray.oauth.redirect-uri | ftp://bob:pw-secret1@host/callback  | ftp://host/callback"
      })
  void an_invalid_url_like_value_is_shown_without_user_info_or_query(String key, String value, String shown) {
    // when / then
    assertThatThrownBy(() -> XrayConfig.of(Map.of(key, value)))
        .isInstanceOf(XrayConfigException.class)
        .hasMessageStartingWith(key + "='" + shown + "' (from " + key + ") is not valid")
        .hasMessageNotContaining("pw-secret1");
  }

  @Test
  void the_configuration_as_text_shows_no_query_string() {
    // when
    String text = XrayConfig.of(Map.of("xray.url", "https://jira.example.com/?session=pw-secret1")).toString();
    // then
    assertThat(text).contains("xray.url=https://jira.example.com/").doesNotContain("pw-secret1");
  }

  @Test
  void a_configured_secret_is_masked_in_a_text_from_xray() {
    // given
    Redaction redaction = Redaction.of(XrayConfig.of(Map.of("xray.url", "https://jira.example.com",
        "xray.username", "ci-bot", "xray.password", "pw-secret1")));
    // when
    String text = redaction.apply("login failed for ci-bot with password pw-secret1 (Basic Y2ktYm90OnB3LXNlY3JldDE=)");
    // then
    assertThat(text).isEqualTo("login failed for ci-bot with password ****** (Basic ******)");
  }

  @Test
  void an_echoed_authorization_header_is_masked_even_when_the_token_is_not_configured() {
    // when
    String text = Redaction.none().apply("400: your request was {\"Authorization\": \"Bearer eyJhbGciOiJIUzI1.abc\"},"
        + " Proxy-Authorization: Basic dXNlcjpwdw== and bearer abcdefghij");
    // then
    assertThat(text).isEqualTo("400: your request was {\"Authorization\": \"Bearer ******\"},"
        + " Proxy-Authorization: Basic ****** and bearer ******");
  }

  @Test
  void a_location_keeps_host_port_and_path() {
    // when / then
    assertThat(Redaction.location("https://u:p@jira.example.com:8443/rest/api?x=1#f"))
        .isEqualTo("https://jira.example.com:8443/rest/api#f");
    assertThat(Redaction.location("proxy.example.com:3128")).isEqualTo("proxy.example.com:3128");
  }
}
