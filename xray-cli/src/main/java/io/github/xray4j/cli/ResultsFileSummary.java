package io.github.xray4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a dry run prints about one results file (an Xray JSON import document): how many tests, and which Test
 * Execution or project it names.
 */
record ResultsFileSummary(int tests, @Nullable String testExecutionKey, @Nullable String project) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ResultsFileSummary read(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = MAPPER.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject() || !root.path("tests").isArray()) {
      throw new IllegalArgumentException("not an Xray JSON results file (no \"tests\" array)");
    }
    return new ResultsFileSummary(root.path("tests").size(), text(root.path("testExecutionKey")),
        text(root.path("info").path("project")));
  }

  private static @Nullable String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
