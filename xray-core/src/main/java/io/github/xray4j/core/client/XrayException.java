package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to Xray failed. Carries the HTTP status ({@code 0} when no answer came), the request as
 * {@code "POST /rest/raven/2.0/import/execution"} (method and path only: never credentials or query values)
 * and Xray's own message when it sent one. The message says what went wrong and what to check; it never
 * contains a secret.
 *
 * <p>Subclasses name the usual causes: {@link XrayAuthenticationException}, {@link XrayBadRequestException},
 * {@link XrayNotFoundException}, {@link XrayWrongUrlException}, {@link XrayUnavailableException},
 * {@link XrayMalformedResponseException}.
 */
public class XrayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String request;
  private final @Nullable String xrayMessage;

  /**
   * @param message what went wrong and what to do
   * @param httpStatus the status, or 0 when there was no answer
   * @param request method and path
   * @param xrayMessage Xray's own words, if any
   * @param cause the underlying failure, if any
   */
  public XrayException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.httpStatus = httpStatus;
    this.request = requireNonNull(request, "request");
    this.xrayMessage = xrayMessage;
  }

  /** The HTTP status, or {@code 0} when no answer came (connection failure, timeout). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The request, as {@code "POST /rest/raven/2.0/import/execution"}. */
  public String request() {
    return request;
  }

  /** Xray's (or Jira's) own message, when it sent one. */
  public Optional<String> xrayMessage() {
    return Optional.ofNullable(xrayMessage);
  }
}
