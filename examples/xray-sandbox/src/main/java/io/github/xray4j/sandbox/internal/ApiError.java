package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An answer other than success, with the body Xray (or Jira) would send: {@code {"error":"..."}} by default. */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ObjectNode body;

  private ApiError(int status, String message, ObjectNode body) {
    super(message, null, false, false);
    this.status = status;
    this.body = body;
  }

  /** Xray's usual error: {@code {"error":message}}. */
  static ApiError xray(int status, String message) {
    return new ApiError(status, message, JsonNodeFactory.instance.objectNode().put("error", message));
  }

  static ApiError badRequest(String message) {
    return xray(400, message);
  }

  /** The OAuth error shape (RFC 6749 section 5.2): {@code {"error":code,"error_description":description}}. */
  static ApiError oauth(int status, String code, String description) {
    return new ApiError(status, code + ": " + description,
        JsonNodeFactory.instance.objectNode().put("error", code).put("error_description", description));
  }

  /** Jira's error shape: {@code {"errorMessages":[...],"errors":{field:message}}}. */
  static ApiError jira(int status, String field, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("errorMessages");
    body.putObject("errors").put(field, message);
    return new ApiError(status, field + ": " + message, body);
  }

  /** Jira's error shape with a message not tied to a field. */
  static ApiError jiraMessage(int status, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("errorMessages").add(message);
    body.putObject("errors");
    return new ApiError(status, message, body);
  }

  int status() {
    return status;
  }

  ObjectNode body() {
    return body;
  }
}
