package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes 2xx answers by their body: an HTML page means the URL is wrong, raw bytes and text are passed
 * through, a quoted JSON string is unquoted, anything else is JSON read by Jackson. Unreadable JSON is a
 * {@link FailureKind#MALFORMED_RESPONSE}.
 */
final class XrayDecoder implements Decoder {
  private final ObjectMapper mapper;
  private final JacksonDecoder json;
  private final Diagnosis diagnosis;

  XrayDecoder(ObjectMapper mapper, Diagnosis diagnosis) {
    this.mapper = mapper;
    this.json = new JacksonDecoder(mapper);
    this.diagnosis = diagnosis;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body = Bodies.read(response);
    String request = Bodies.describe(response.request());
    if (Bodies.isHtml(body)) {
      throw new HttpFailure(
          FailureKind.WRONG_URL, response.status(), request,
          diagnosis.urlHint() + " (an HTML page came back with " + response.status() + " on " + request + ")",
          null, List.of(), null);
    }
    if (type == byte[].class) {
      return body;
    }
    if (type == void.class || type == Void.class) {
      return null;
    }
    String text = Bodies.text(body).strip();
    if (type == String.class) {
      return text.startsWith("\"") ? read(text, response.status(), request) : text;
    }
    if (text.isEmpty()) {
      throw malformed(response.status(), request, "an empty body where JSON was expected", null);
    }
    try {
      return json.decode(response.toBuilder().body(body).build(), type);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Wire.ReportedErrors errors) {
          String message = errors.getMessage();
          throw new HttpFailure(FailureKind.BAD_REQUEST, response.status(), request,
              "Xray rejected the request (errors in a " + response.status() + " answer on " + request + "): Xray says \"" + message + "\"",
              message, Bodies.unknownKeys(message), null);
        }
      }
      throw malformed(response.status(), request, "a body that is not the expected JSON: " + e.getOriginalMessage(), e);
    }
  }

  private String read(String quoted, int status, String request) {
    try {
      return mapper.readValue(quoted, String.class);
    } catch (JsonProcessingException e) {
      throw malformed(status, request, "a malformed JSON string", e);
    }
  }

  private static HttpFailure malformed(int status, String request, String what, @Nullable Exception cause) {
    return new HttpFailure(
        FailureKind.MALFORMED_RESPONSE, status, request,
        "Xray answered " + status + " on " + request + " with " + what
            + "; is xray.url the Jira base URL (Server/DC) or an Xray Cloud host?",
        null, List.of(), cause);
  }
}
