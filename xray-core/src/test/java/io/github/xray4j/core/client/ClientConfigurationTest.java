package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** How the configuration shapes the client: proxy, the plain-http warning, and what it cannot do without. */
class ClientConfigurationTest extends XrayClientTestSupport {

  @Test
  void sends_through_the_configured_proxy() {
    // given: Jira is only reachable through the proxy (WireMock plays the proxy and the server behind it)
    xray.stubFor(get(urlPathEqualTo("/rest/api/2/myself")).withHost(equalTo("jira.example.invalid"))
        .willReturn(aResponse().withStatus(200).withBody("{\"name\":\"ci-bot\"}")));
    XrayClient client = client(XrayFlavour.SERVER_V2,
        Map.of("xray.url", "http://jira.example.invalid", "xray.proxy", "127.0.0.1:" + xray.getPort()));

    // when
    JiraUser me = client.myself();

    // then
    assertThat(me.name()).isEqualTo("ci-bot");
    xray.verify(1, getRequestedFor(urlPathEqualTo("/rest/api/2/myself"))
        .withHeader("Authorization", equalTo(XrayFlavour.SERVER_V2.authorization())));
  }

  @Test
  void warns_when_a_password_would_travel_over_plain_http_to_another_host() {
    // when
    client(XrayFlavour.SERVER_V1, Map.of("xray.url", "http://jira.example.com"));
    client(XrayFlavour.SERVER_V1);   // loopback: no warning
    client(XrayFlavour.SERVER_V2, Map.of("xray.url", "http://jira.example.com"));   // a token: no warning either

    // then
    assertThat(logged()).singleElement().satisfies(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.WARNING);
      assertThat(record.getMessage()).contains("http://jira.example.com").contains("https://");
    });
  }

  @Test
  void cannot_be_created_without_credentials() {
    XrayConfig config = XrayConfig.of(Map.of("xray.url", url()));

    assertThatThrownBy(() -> XrayClient.create(config))
        .isInstanceOf(XrayConfigException.class)
        .hasMessageContaining("xray.token").hasMessageContaining("xray.client-id");
  }

  @Test
  void chooses_the_flavour_from_the_credentials() {
    assertThat(client(XrayFlavour.SERVER_V1).flavour()).isEqualTo(io.github.xray4j.core.model.Flavour.SERVER);
    assertThat(client(XrayFlavour.CLOUD).flavour()).isEqualTo(io.github.xray4j.core.model.Flavour.CLOUD);
  }
}
