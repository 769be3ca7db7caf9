package io.github.xray4j.junit5;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture the publishing tests share: a fake {@link XrayServer} on loopback (one WireMock server per test
 * class, reset before each test) and an output directory under {@code @TempDir}. A subclass's own
 * {@code @BeforeEach} runs after {@link #startXray()}, so it may change the server's answers.
 */
abstract class XrayServerTest {

  @RegisterExtension
  static final WireMockExtension WIRE_MOCK = XrayServer.wireMock();

  @TempDir
  Path outputDir;

  XrayServer xray;

  @BeforeEach
  void startXray() {
    xray = XrayServer.on(WIRE_MOCK, outputDir);
  }
}
