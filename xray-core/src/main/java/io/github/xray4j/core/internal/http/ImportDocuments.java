package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Looks into an Xray JSON document without reading it whole. */
public final class ImportDocuments {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ImportDocuments() {}

  /**
   * Whether the document has a non-blank top-level {@code testExecutionKey}: then importing it twice only
   * replaces runs; without one, every import creates a new Test Execution. A document that cannot be read
   * counts as creating (the safe answer).
   */
  public static boolean importsIntoExistingExecution(byte[] xrayJson) {
    try (JsonParser parser = FACTORY.createParser(xrayJson)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("testExecutionKey".equals(name)) {
          return value == JsonToken.VALUE_STRING && !parser.getText().isBlank();
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
