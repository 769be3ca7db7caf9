package io.github.xray4j.core.internal.http;

import feign.Request;
import feign.RetryableException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A response worth another try (429, 502, 503, 504), carrying the failure to report if no try succeeds and
 * the wait the server asked for ({@code Retry-After}), if any.
 */
final class RetryableResponse extends RetryableException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Duration serverDelay;

  RetryableResponse(HttpFailure failure, @Nullable Duration serverDelay, Request request) {
    super(failure.status(), failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
    this.serverDelay = serverDelay;
  }

  /** The wait asked for by {@code Retry-After}, or null. */
  @Nullable Duration serverDelay() {
    return serverDelay;
  }

  HttpFailure failure() {
    return (HttpFailure) getCause();
  }
}
