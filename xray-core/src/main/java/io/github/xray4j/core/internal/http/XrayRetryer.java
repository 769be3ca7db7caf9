package io.github.xray4j.core.internal.http;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The retry policy: at most {@code xray.max-retries} more tries, with exponential backoff and jitter (or the
 * server's {@code Retry-After}), on connection failures, 429, 502, 503 and 504; never on another 4xx. A
 * request marked {@link NotIdempotent} is retried only when the server surely did not process it: no
 * connection was made, 429 or 503. A Cloud token rejected with 401 is renewed and the request sent once more,
 * without waiting. {@link #clone()} returns a fresh copy: Feign clones one per call.
 */
final class XrayRetryer implements Retryer {
  private static final System.Logger LOG = System.getLogger(XrayRetryer.class.getName());
  static final Duration BASE_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(30);
  static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(120);

  private final int maxRetries;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private int retries;
  private boolean tokenRenewed;

  XrayRetryer(int maxRetries, Sleeper sleeper, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.sleeper = sleeper;
    this.random = random;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (e instanceof TokenRejected) {
      if (tokenRenewed) {
        throw e;
      }
      tokenRenewed = true;
      return;
    }
    if (retries >= maxRetries || !worthRetrying(e)) {
      throw e;
    }
    retries++;
    Duration server = e instanceof RetryableResponse r ? r.serverDelay() : null;
    Duration wait = server != null ? min(server, MAX_SERVER_DELAY) : backoff(retries);
    int retry = retries;
    LOG.log(System.Logger.Level.INFO, () -> Bodies.describe(e.request()) + " failed ("
        + (e.status() > 0 ? "HTTP " + e.status() : e.getCause() == null ? "no answer" : e.getCause().getClass().getSimpleName())
        + "); retry " + retry + " of " + maxRetries + " in " + wait.toMillis() + " ms");
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** {@code BASE * 2^(n-1)}, capped, times a jitter factor in [0.5, 1). */
  Duration backoff(int retry) {
    long exp = BASE_DELAY.toMillis() << Math.min(retry - 1, 16);
    long capped = Math.min(exp, MAX_DELAY.toMillis());
    return Duration.ofMillis((long) (capped * (0.5 + random.getAsDouble() / 2)));
  }

  private static boolean worthRetrying(RetryableException e) {
    boolean creates = creates(e.request());
    if (e instanceof RetryableResponse) {
      int status = e.status();
      return status == 429 || status == 503 || !creates;
    }
    Throwable cause = e.getCause();
    if (cause instanceof IOException || cause instanceof UnresolvedAddressException) {
      return !creates || neverReachedServer(cause);
    }
    return false;
  }

  /** Connection refused, unknown host, connect timeout: the request was never sent. */
  static boolean neverReachedServer(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
          || t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static boolean creates(@Nullable Request request) {
    if (request == null || request.requestTemplate() == null || request.requestTemplate().methodMetadata() == null) {
      return true; // unknown: be safe
    }
    return request.requestTemplate().methodMetadata().method().isAnnotationPresent(NotIdempotent.class);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public Retryer clone() {
    return new XrayRetryer(maxRetries, sleeper, random);
  }
}
