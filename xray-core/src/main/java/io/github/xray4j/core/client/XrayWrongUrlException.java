package io.github.xray4j.core.client;

import org.jspecify.annotations.Nullable;

/** The answer shows that {@code xray.url} is not the right base URL: a redirect (typically to the Jira login page), an HTML page where JSON was expected, or 405 Method Not Allowed. For Server/DC it should be the Jira base URL such as {@code https://jira.example.com}. */
public final class XrayWrongUrlException extends XrayException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayException#XrayException(String, int, String, String, Throwable)}. */
  public XrayWrongUrlException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
  }
}
