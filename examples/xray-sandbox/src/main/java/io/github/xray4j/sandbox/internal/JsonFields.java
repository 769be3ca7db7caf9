package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading one field of a JSON object, the one way every reader of the sandbox does it: strictly, adding a message
 * that names where the field is and what it must be to the request's list of errors, or leniently for the Jira
 * fields whose absence the caller reports in Jira's own words.
 */
final class JsonFields {
  private JsonFields() {
  }

  /** The string {@code field} of {@code node}; null when absent or null, and an error when it is not a string. */
  static @Nullable String text(JsonNode node, String field, String where, List<String> errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(where + ": " + field + " must be a string, not " + value);
      return null;
    }
    return value.asText();
  }

  /** The string {@code field} of {@code node}, or null when it is absent or not a string. */
  static @Nullable String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** The array of strings {@code field} of {@code node}; empty when absent, and an error for anything else. */
  static List<String> texts(JsonNode node, String field, String where, List<String> errors) {
    JsonNode value = node.get(field);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      errors.add(where + ": " + field + " must be an array of strings");
      return result;
    }
    for (JsonNode item : value) {
      if (item.isTextual()) {
        result.add(item.asText());
      } else {
        errors.add(where + ": " + field + " must contain only strings, not " + item);
      }
    }
    return result;
  }
}
