package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * One request as the routes see it: method, path, decoded query, headers, the whole body, the groups of the
 * route's path pattern, and the request URI as sent (raw path and query, for OAuth 1.0a's signature base string).
 */
record Call(String method, String path, Map<String, String> query, Headers headers, byte[] body, Matcher match,
    URI uri) {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Map<String, String> parseQuery(@Nullable String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(name, value);
    }
    return query;
  }

  String group(int index) {
    return match.group(index);
  }

  @Nullable String header(String name) {
    return headers.getFirst(name);
  }

  /** The body parsed as JSON, or a 400 naming what is wrong with it. */
  JsonNode json() {
    return parseJson(body, "The request body");
  }

  static JsonNode parseJson(byte[] bytes, String what) {
    if (bytes.length == 0) {
      throw ApiError.badRequest(what + " is empty; expected JSON");
    }
    try {
      return JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(what + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.badRequest(what + " could not be read: " + e.getMessage());
    }
  }
}
