package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** An answer: HTTP status, content type, body, for a redirect the location, and how long to wait before sending it. */
record Reply(int status, String contentType, byte[] body, @Nullable String location, Duration delay) {

  Reply(int status, String contentType, byte[] body, @Nullable String location) {
    this(status, contentType, body, location, Duration.ZERO);
  }

  Reply(int status, String contentType, byte[] body) {
    this(status, contentType, body, null);
  }

  /** The same answer, sent {@code delay} after it was decided (see {@link ImportDelays}). */
  Reply after(Duration delay) {
    return new Reply(status, contentType, body, location, delay);
  }

  /** The answer of a refused request: its status and Xray's (or Jira's) error body. */
  static Reply error(ApiError error) {
    return json(error.status(), error.body());
  }

  /** A 302 to a path of the sandbox: {@code /browse/CALC-25} leads to the execution on the page. */
  static Reply redirect(String location) {
    return new Reply(302, "text/plain;charset=UTF-8", new byte[0], location);
  }

  static Reply json(int status, Object value) {
    try {
      return new Reply(status, "application/json;charset=UTF-8", Call.JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the answer as JSON", e);
    }
  }

  static Reply ok(Object value) {
    return json(200, value);
  }

  static Reply html(String page) {
    return new Reply(200, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
  }

  static Reply text(String text) {
    return new Reply(200, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }

  static Reply noContent() {
    return new Reply(204, "text/plain;charset=UTF-8", new byte[0]);
  }
}
