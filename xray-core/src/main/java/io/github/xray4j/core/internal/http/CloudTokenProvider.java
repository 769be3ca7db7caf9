package io.github.xray4j.core.internal.http;

import feign.FeignException;
import io.github.xray4j.core.config.Credentials;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Exchanges a Cloud API key for a token at {@code /api/v2/authenticate} and caches it. The error decoder
 * calls {@link #invalidate(String)} when Xray answers 401 to the cached token, so the next try authenticates
 * again. Thread-safe.
 */
final class CloudTokenProvider implements TokenProvider {
  private final CloudAuthApi api;
  private final Credentials.ClientCredentials credentials;
  private final Function<RuntimeException, HttpFailure> failures;
  private @Nullable String token;

  CloudTokenProvider(
      CloudAuthApi api, Credentials.ClientCredentials credentials, Function<RuntimeException, HttpFailure> failures) {
    this.api = api;
    this.credentials = credentials;
    this.failures = failures;
  }

  @Override
  public synchronized String token() {
    if (token == null) {
      try {
        String fresh = api.authenticate(
            new CloudAuthApi.AuthenticateRequest(credentials.clientId(), credentials.clientSecret().reveal()));
        if (fresh == null || fresh.isBlank()) {
          throw new HttpFailure(
              FailureKind.MALFORMED_RESPONSE, 200, "POST /api/v2/authenticate",
              "Xray Cloud answered the authentication with an empty token; is xray.url an Xray Cloud host?",
              null, java.util.List.of(), null);
        }
        token = fresh;
      } catch (FeignException | HttpFailure e) {
        throw failures.apply(e);
      }
    }
    return token;
  }

  @Override
  public synchronized boolean invalidate(@Nullable String rejected) {
    if (rejected == null) {
      return false;
    }
    if (rejected.equals(token)) {
      token = null;
    }
    return true;
  }
}
