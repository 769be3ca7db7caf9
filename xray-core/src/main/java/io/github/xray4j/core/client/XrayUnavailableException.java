package io.github.xray4j.core.client;

import org.jspecify.annotations.Nullable;

/** Xray could not be reached or did not cope: connection refused, unknown host, timeouts, or 429/5xx after the configured retries ({@code xray.max-retries}). Trying again later may succeed. */
public final class XrayUnavailableException extends XrayException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayException#XrayException(String, int, String, String, Throwable)}. */
  public XrayUnavailableException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
  }
}
