package io.github.xray4j.core.internal.http;

import feign.Request;
import feign.RetryableException;

/** 401 to a cached token (Xray Cloud, OAuth 2.0): the cache is cleared and the request may go once more. */
final class TokenRejected extends RetryableException {
  private static final long serialVersionUID = 1L;

  TokenRejected(HttpFailure failure, Request request) {
    super(failure.status(), failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
  }

  HttpFailure failure() {
    return (HttpFailure) getCause();
  }
}
