package io.github.xray4j.core.internal.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import io.github.xray4j.core.internal.oauth.Pem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code Authorization} to every try of a request: Basic, a Personal Access Token as Bearer, a cached token
 * (Xray Cloud's, or an OAuth 2.0 access token) as Bearer, or an OAuth 1.0a signature of this very request
 * (method, URL and query, a fresh nonce and timestamp). Feign reuses one template across tries, so the header is
 * replaced, not added.
 */
final class AuthInterceptor implements RequestInterceptor {
  private final Function<RequestTemplate, String> header;

  AuthInterceptor(Function<RequestTemplate, String> header) {
    this.header = header;
  }

  static AuthInterceptor of(Credentials credentials, @Nullable TokenProvider tokens) {
    if (credentials instanceof Credentials.Basic basic) {
      String encoded = Base64.getEncoder()
          .encodeToString((basic.username() + ":" + basic.password().reveal()).getBytes(StandardCharsets.UTF_8));
      return new AuthInterceptor(template -> "Basic " + encoded);
    }
    if (credentials instanceof Credentials.PersonalAccessToken pat) {
      return new AuthInterceptor(template -> "Bearer " + pat.token().reveal());
    }
    if (credentials instanceof Credentials.OAuth1 oauth) {
      String token = oauth.accessToken() == null ? null : oauth.accessToken().reveal();
      return signed(OAuth1Signer.of(oauth.consumerKey(), Pem.rsaPrivateKey(oauth.privateKey().reveal())), token,
          Map.of());
    }
    TokenProvider cache = Objects.requireNonNull(tokens, "tokens");
    return new AuthInterceptor(template -> "Bearer " + cache.token());
  }

  /** Signs each request with {@code signer}, as {@code token} (null: none), adding {@code extra} parameters. */
  static AuthInterceptor signed(OAuth1Signer signer, @Nullable String token, Map<String, String> extra) {
    return new AuthInterceptor(template -> signer.authorization(template.method(), uri(template), token, extra));
  }

  /** The URL the request will go to: the target's base and the template's path and (encoded) query. */
  static URI uri(RequestTemplate template) {
    String url = template.url();
    return URI.create(url.startsWith("http") ? url : template.feignTarget().url() + url);
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", header.apply(template));
  }
}
