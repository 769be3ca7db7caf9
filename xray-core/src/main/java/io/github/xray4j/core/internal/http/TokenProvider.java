package io.github.xray4j.core.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * A cached bearer token that the server may reject: Xray Cloud's token from its API key, or an OAuth 2.0
 * access token from Jira Data Center. {@link AuthInterceptor} sends {@link #token()}; {@link XrayErrorDecoder}
 * calls {@link #invalidate(String)} on a 401 and, when it answers true, lets the request go once more
 * ({@link TokenRejected}). Implementations are thread-safe.
 */
interface TokenProvider {

  /** The token to send now, fetched when there is none (or it is about to expire). */
  String token();

  /**
   * The server rejected {@code rejected}: forget it if it is still the cached token. True when a request with
   * that token deserves one more try with a fresh one (also when another thread has renewed it already).
   */
  boolean invalidate(@Nullable String rejected);
}
