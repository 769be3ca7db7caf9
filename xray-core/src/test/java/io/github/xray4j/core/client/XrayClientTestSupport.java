package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock on a dynamic loopback port, and a client for a flavour that records its waits. */
abstract class XrayClientTestSupport {
  static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  @RegisterExtension
  static final WireMockExtension xray =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  final RecordingSleeper sleeper = new RecordingSleeper();

  String url() {
    return xray.baseUrl();
  }

  XrayClient client(XrayFlavour flavour) {
    return client(flavour, Map.of());
  }

  XrayClient client(XrayFlavour flavour, Map<String, String> config) {
    flavour.stubAuthentication(xray);
    return Clients.create(flavour.config(url(), config), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
