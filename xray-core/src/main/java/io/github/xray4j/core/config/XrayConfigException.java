package io.github.xray4j.core.config;

/**
 * A configuration value is missing or invalid. The message names the key, where the value came from and
 * what to do; it never contains a secret.
 */
public final class XrayConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public XrayConfigException(String message) {
    super(message);
  }
}
