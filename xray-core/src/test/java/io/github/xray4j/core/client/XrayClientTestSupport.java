package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
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
  static final WireMockExtension xray =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  final RecordingSleeper sleeper = new RecordingSleeper();
  final List<LogRecord> logged = new CopyOnWriteArrayList<>();

  private final Logger xray4j = Logger.getLogger("io.github.xray4j");
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  final void captureLogs() {
    xray4j.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    xray4j.addHandler(capture);
    xray4j.setUseParentHandlers(false);
  }

  @AfterEach
  final void noSecretWasLogged() {
    xray4j.removeHandler(capture);
    xray4j.setUseParentHandlers(true);
    for (LogRecord record : logged) {
      String text = record.getMessage() + " " + record.getThrown();
      for (XrayFlavour flavour : XrayFlavour.values()) {
        for (String secret : flavour.secrets()) {
          assertThat(text).as("a log record").doesNotContain(secret);
        }
      }
    }
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
