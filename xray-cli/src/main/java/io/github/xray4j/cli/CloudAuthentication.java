package io.github.xray4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.XrayConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * {@code check} on Xray Cloud: exchanges the API key for a token at {@code /api/v2/authenticate}, which is all
 * that checking the credentials takes there (the client does it lazily, on its first import). The secret goes
 * into the request body only; no message holds it.
 */
final class CloudAuthentication {

  /** What the authentication answered. */
  enum Answer { OK, REJECTED, NOT_XRAY, UNREACHABLE }

  record Result(Answer answer, String detail) {}

  /** A token is about a kilobyte; an answer is never read past this. */
  private static final int MAX_ANSWER = 64 * 1024;

  private CloudAuthentication() {}

  static Result authenticate(XrayConfig config, URI url, Credentials.ClientCredentials credentials) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(config.timeout().compareTo(Duration.ofSeconds(10)) < 0 ? config.timeout()
            : Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER);
    config.proxy().ifPresent(proxy ->
        builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port()))));
    URI endpoint = URI.create(url + "/api/v2/authenticate");
    try {
      byte[] body = new ObjectMapper().writeValueAsBytes(Map.of(
          "client_id", credentials.clientId(), "client_secret", credentials.clientSecret().reveal()));
      HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(config.timeout())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      HttpResponse<String> response;
      // the request timeout ends when the headers arrive: the deadline on the future bounds the body too
      CompletableFuture<HttpResponse<String>> answer =
          builder.build().sendAsync(request, info -> new Prefix(MAX_ANSWER));
      try {
        response = answer.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        answer.cancel(true);
        long ms = config.timeout().toMillis();
        return new Result(Answer.UNREACHABLE, "Xray stopped sending its answer to POST " + endpoint.getPath()
            + " after " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms") + " (xray.timeout): raise xray.timeout,"
            + " or check that " + url.getHost() + " is up");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
      int status = response.statusCode();
      String text = response.body() == null ? "" : response.body().trim();
      if (status == 200 && text.startsWith("\"")) {
        return new Result(Answer.OK, "authenticated");
      }
      if (status == 401 || status == 403) {
        return new Result(Answer.REJECTED, "Xray Cloud answered HTTP " + status + ": check XRAY_CLIENT_ID and"
            + " XRAY_CLIENT_SECRET (an API key from Xray's Global Settings > API Keys)");
      }
      return new Result(Answer.NOT_XRAY, "POST " + endpoint.getPath() + " answered HTTP " + status
          + (status / 100 == 3 ? " (a redirect)" : text.startsWith("<") ? " with an HTML page" : "")
          + ": xray.url should be an Xray Cloud host such as " + XrayConfig.DEFAULT_CLOUD_URL);
    } catch (IOException e) {
      return new Result(Answer.UNREACHABLE, "cannot reach " + url + " (" + e.getClass().getSimpleName()
          + (e.getMessage() != null ? ": " + e.getMessage() : "") + "): check the URL, the network and the proxy");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(Answer.UNREACHABLE, "interrupted");
    }
  }

  /** The first {@code limit} bytes of a body as text; the rest is not read (the connection is dropped). */
  private static final class Prefix implements HttpResponse.BodySubscriber<String> {
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;
    private Flow.@Nullable Subscription subscription;

    Prefix(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<String> getBody() {
      return text;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        int n = Math.min(buffer.remaining(), limit - bytes.size());
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
      }
      if (bytes.size() >= limit && subscription != null) {
        subscription.cancel();
        onComplete();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      text.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      text.complete(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
