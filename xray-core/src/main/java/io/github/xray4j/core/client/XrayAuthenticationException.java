package io.github.xray4j.core.client;

import org.jspecify.annotations.Nullable;

/** Xray rejected the credentials (401) or refused access (403). The message names the keys to check: {@code xray.token}, {@code xray.username} and {@code xray.password}, or {@code xray.client-id} and {@code xray.client-secret}. A 401 can also mean that the Xray licence is not valid. */
public final class XrayAuthenticationException extends XrayException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayException#XrayException(String, int, String, String, Throwable)}. */
  public XrayAuthenticationException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
  }
}
