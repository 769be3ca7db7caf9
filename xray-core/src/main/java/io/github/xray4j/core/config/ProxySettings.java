package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

/**
 * An HTTP proxy for requests to Xray.
 *
 * @param host the proxy host
 * @param port the proxy port
 */
public record ProxySettings(String host, int port) {
  public ProxySettings {
    requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be 1 to 65535, was " + port);
    }
  }
}
