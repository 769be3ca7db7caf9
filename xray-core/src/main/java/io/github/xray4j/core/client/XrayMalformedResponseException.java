package io.github.xray4j.core.client;

import org.jspecify.annotations.Nullable;

/** Xray answered 2xx with a body that is not what the endpoint returns (not JSON, or JSON of another shape). */
public final class XrayMalformedResponseException extends XrayException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayException#XrayException(String, int, String, String, Throwable)}. */
  public XrayMalformedResponseException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
  }
}
