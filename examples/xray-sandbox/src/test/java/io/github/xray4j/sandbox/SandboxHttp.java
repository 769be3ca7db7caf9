package io.github.xray4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client for the sandbox on loopback, with the helpers the tests share. */
final class SandboxHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (SandboxCredentials.USER + ":" + SandboxCredentials.PASSWORD).getBytes(StandardCharsets.UTF_8));
  static final String PAT = "Bearer " + SandboxCredentials.PERSONAL_ACCESS_TOKEN;

  private final HttpClient client = HttpClient.newHttpClient();
  private final String url;

  SandboxHttp(XraySandbox sandbox) {
    this.url = sandbox.url();
  }

  HttpResponse<String> get(String path, String authorization) {
    return send(request(path, authorization).GET().build());
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url + path)).GET().build());
  }

  HttpResponse<String> post(String path, String authorization, String body) {
    return send(request(path, authorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> postWithoutAuth(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A multipart/form-data POST with JSON parts, in the order given. */
  HttpResponse<String> multipart(String path, String authorization, Map<String, String> parts) {
    String boundary = "sandbox-test-boundary-7d1f";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    parts.forEach((name, content) -> body.writeBytes(("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + ".json\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** Authenticates with the sandbox's Cloud client credentials and answers the bearer header. */
  String cloudBearer() {
    HttpResponse<String> response = postWithoutAuth("/api/v2/authenticate", "{\"client_id\":\""
        + SandboxCredentials.CLIENT_ID + "\",\"client_secret\":\"" + SandboxCredentials.CLIENT_SECRET + "\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    return "Bearer " + json(response).asText();
  }

  JsonNode state() {
    return json(get("/sandbox/state"));
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }

  static Map<String, String> parts(String... namesAndContents) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      parts.put(namesAndContents[i], namesAndContents[i + 1]);
    }
    return parts;
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path));
    if (!authorization.isEmpty()) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("The sandbox did not answer " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
