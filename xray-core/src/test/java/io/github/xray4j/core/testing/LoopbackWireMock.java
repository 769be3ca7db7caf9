package io.github.xray4j.core.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * WireMock for a stand-in Xray, bound to the loopback address on a dynamic port:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WireMockExtension xray = LoopbackWireMock.extension();
 * }</pre>
 */
public final class LoopbackWireMock {

  private LoopbackWireMock() {}

  /** A WireMock extension to register with {@code @RegisterExtension}, listening on 127.0.0.1 only. */
  public static WireMockExtension extension() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
  }
}
