package io.github.xray4j.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.core.testing.LoopbackWireMock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WireMock on a dynamic loopback port; a client for a flavour that records its waits instead of sleeping; and
 * every log record of xray4j captured, with a check after each test that none carries a configured secret.
 */
abstract class XrayClientTestSupport {
  static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  @RegisterExtension
  static final WireMockExtension xray = LoopbackWireMock.extension();

  final RecordingSleeper sleeper = new RecordingSleeper();

  private final Logger xray4j = Logger.getLogger("io.github.xray4j");
  private final LogCapture logs = new LogCapture();

  @BeforeEach
  final void keepLogsOffTheConsole() {
    xray4j.setUseParentHandlers(false);
  }

  @AfterEach
  final void noSecretWasLogged() {
    logs.close();
    xray4j.setUseParentHandlers(true);
    for (String text : logs.messages()) {
      for (XrayFlavour flavour : XrayFlavour.values()) {
        for (String secret : flavour.secrets()) {
          assertThat(text).as("a log record").doesNotContain(secret);
        }
      }
    }
  }

  /** Every log record of xray4j in this test so far. */
  List<LogRecord> logged() {
    return logs.records();
  }

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
