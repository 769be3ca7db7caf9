package io.github.xray4j.core.internal.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.xray4j.core.config.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code Authorization} to every try of a request: Basic, a Personal Access Token as Bearer, or the
 * cached Cloud token as Bearer. Feign reuses one template across tries, so the header is replaced, not added.
 */
final class AuthInterceptor implements RequestInterceptor {
  private final Supplier<String> header;

  private AuthInterceptor(Supplier<String> header) {
    this.header = header;
  }

  static AuthInterceptor of(Credentials credentials, @Nullable CloudTokenProvider tokens) {
    if (credentials instanceof Credentials.Basic basic) {
      String encoded = Base64.getEncoder()
          .encodeToString((basic.username() + ":" + basic.password().reveal()).getBytes(StandardCharsets.UTF_8));
      return new AuthInterceptor(() -> "Basic " + encoded);
    }
    if (credentials instanceof Credentials.PersonalAccessToken pat) {
      return new AuthInterceptor(() -> "Bearer " + pat.token().reveal());
    }
    CloudTokenProvider cache = Objects.requireNonNull(tokens, "tokens");
    return new AuthInterceptor(() -> "Bearer " + cache.token());
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", header.get());
  }
}
