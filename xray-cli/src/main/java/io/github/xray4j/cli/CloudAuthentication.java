package io.github.xray4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.XrayConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * {@code check} on Xray Cloud: exchanges the API key for a token at {@code /api/v2/authenticate}, which is all
 * that checking the credentials takes there (the client does it lazily, on its first import). The secret goes
 * into the request body only; no message holds it.
 */
final class CloudAuthentication {

  /** What the authentication answered. */
  enum Answer { OK, REJECTED, NOT_XRAY, UNREACHABLE }

  record Result(Answer answer, String detail) {}

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
      HttpResponse<String> response =
          builder.build().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
}
