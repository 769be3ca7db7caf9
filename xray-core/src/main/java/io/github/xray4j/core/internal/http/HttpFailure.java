package io.github.xray4j.core.internal.http;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failed request, described without credentials: the kind, the HTTP status (0 when there was no answer),
 * the request as {@code "POST /rest/raven/2.0/import/execution"}, Xray's own message when it sent one, and
 * the issue keys the message names as unknown.
 */
public final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final int status;
  private final String request;
  private final @Nullable String xrayMessage;
  private final List<String> unknownKeys;

  public HttpFailure(
      FailureKind kind,
      int status,
      String request,
      String message,
      @Nullable String xrayMessage,
      List<String> unknownKeys,
      @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.kind = requireNonNull(kind, "kind");
    this.status = status;
    this.request = requireNonNull(request, "request");
    this.xrayMessage = xrayMessage;
    this.unknownKeys = List.copyOf(unknownKeys);
  }

  public FailureKind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public String request() {
    return request;
  }

  public @Nullable String xrayMessage() {
    return xrayMessage;
  }

  public List<String> unknownKeys() {
    return unknownKeys;
  }
}
