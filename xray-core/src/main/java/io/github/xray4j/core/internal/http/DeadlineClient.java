package io.github.xray4j.core.internal.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Feign over the JDK {@link HttpClient}, as Feign's own {@code Http2Client} does, with one difference: the
 * answer's body comes through a {@link DeadlineBody}, so {@code xray.timeout} bounds every wait for the next
 * bytes of the body too, not only the wait for the headers (the JDK's request timeout ends when the headers
 * arrive). The configured client is used for every request (proxy, connect timeout, no redirects).
 */
final class DeadlineClient implements Client {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;

  DeadlineClient(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(request.url()));
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid URL " + request.url(), e);
    }
    Duration readTimeout = Duration.ofMillis(options.readTimeoutMillis());
    builder.timeout(readTimeout);
    byte[] body = request.body();
    builder.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    request.headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    HttpResponse<DeadlineBody.Stream> response;
    try {
      response = http.send(builder.build(),
          info -> DeadlineBody.subscriber(readTimeout, Bodies.describe(request)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + Bodies.describe(request), e);
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    return Response.builder()
        .status(response.statusCode())
        .reason("")
        .request(request)
        .headers(headers)
        .body(response.body(), length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
        .build();
  }
}
