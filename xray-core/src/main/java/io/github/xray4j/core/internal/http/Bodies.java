package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import io.github.xray4j.core.model.IssueKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reading answers by their body, never by their {@code Content-Type} (Xray answers JSON as
 * {@code text/plain}): Xray's message from {@code {"error":..}}, {@code {"errorMessages":[..],"errors":{..}}}
 * or plain text; HTML pages; the keys a message names as unknown.
 */
public final class Bodies {
  /** Error bodies longer than this are cut: a message, not a page dump. */
  private static final int MAX_MESSAGE = 1000;
  /** How much of an error answer is read at all. */
  static final int MAX_ERROR_BODY = 64 * 1024;
  /** The longest 2xx answer read: far above any page of JSON or zip of features Xray sends. */
  static final int MAX_ANSWER = 32 * 1024 * 1024;

  private static final Pattern UNKNOWN =
      Pattern.compile(
          "not found|does not exist|doesn't exist|not a valid|is not a |invalid issue|no permission to see",
          Pattern.CASE_INSENSITIVE);

  private Bodies() {}

  /**
   * A 2xx answer, read whole up to {@link #MAX_ANSWER}.
   *
   * @throws HttpFailure when the answer is longer: it is not read further
   */
  static byte[] read(Response response) throws IOException {
    byte[] body = prefix(response, MAX_ANSWER + 1);
    if (body.length > MAX_ANSWER) {
      String request = describe(response.request());
      throw new HttpFailure(FailureKind.MALFORMED_RESPONSE, response.status(), request,
          "Xray's answer to " + request + " is longer than " + (MAX_ANSWER >> 20) + " MB and was not read further;"
              + " ask for less at once (a smaller page, fewer keys), or check that xray.url points at Xray",
          null, List.of(), null);
    }
    return body;
  }

  /** The first {@link #MAX_ERROR_BODY} bytes of an error answer: enough for Xray's message, never a whole page. */
  static byte[] readErrorPrefix(Response response) throws IOException {
    return prefix(response, MAX_ERROR_BODY);
  }

  /** At most {@code limit} bytes of the body; the rest is not read (closing the stream drops the connection). */
  private static byte[] prefix(Response response, int limit) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(limit);
    }
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the body is an HTML page (a login page, an error page of a proxy or of Jira). */
  static boolean isHtml(byte[] body) {
    String head = text(body.length > 512 ? Arrays.copyOf(body, 512) : body).strip().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<html"));
  }

  /**
   * Xray's or Jira's message in an error body: the {@code error} string, the {@code errorMessages} and
   * {@code errors} joined by {@code "; "}, an array of strings, or the plain text. Null for an empty body or
   * an HTML page.
   */
  static @Nullable String message(ObjectMapper mapper, byte[] body) {
    String text = text(body).strip();
    if (text.isEmpty() || isHtml(body)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    try {
      JsonNode node = mapper.readTree(text);
      if (node != null) {
        collect(node, parts);
      }
    } catch (IOException notJson) {
      return cut(text);
    }
    return parts.isEmpty() ? cut(text) : cut(String.join("; ", parts));
  }

  private static void collect(JsonNode node, List<String> parts) {
    if (node.isTextual()) {
      if (!node.asText().isBlank()) {
        parts.add(node.asText().strip());
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, parts));
    } else if (node.isObject()) {
      for (String field : List.of("error", "message", "errorMessages")) {
        if (node.has(field)) {
          collect(node.get(field), parts);
        }
      }
      JsonNode errors = node.get("errors");
      if (errors != null && errors.isObject()) {
        errors.properties().forEach(e -> parts.add(e.getKey() + ": " + e.getValue().asText()));
      } else if (errors != null) {
        collect(errors, parts);
      }
    }
  }

  /** The issue keys that a message names as unknown, not found or invalid, in order, without repeats. */
  public static List<String> unknownKeys(@Nullable String message) {
    if (message == null) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String sentence : message.split(";|\\. |\\n")) {
      if (UNKNOWN.matcher(sentence).find()) {
        keys.addAll(IssueKey.find(sentence));
      }
    }
    return List.copyOf(keys);
  }

  /** {@code "POST /rest/raven/2.0/import/execution"}: method and path, never the query or credentials. */
  static String describe(@Nullable Request request) {
    if (request == null) {
      return "request";
    }
    String url = request.url();
    String path;
    try {
      URI uri = URI.create(url);
      path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    } catch (IllegalArgumentException e) {
      int q = url.indexOf('?');
      path = q < 0 ? url : url.substring(0, q);
    }
    return request.httpMethod().name() + " " + path;
  }

  static String cut(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
