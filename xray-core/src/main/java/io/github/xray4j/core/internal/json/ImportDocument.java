package io.github.xray4j.core.internal.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Xray JSON import document read back from a results file, for re-sending it: set the Test Execution key,
 * drop tests Xray rejected, split it into batches. Immutable: each change gives a new document that shares the
 * unchanged parts (the tests themselves are never copied).
 */
public final class ImportDocument {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode root;

  private ImportDocument(ObjectNode root) {
    this.root = root;
  }

  /**
   * Reads a results file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not an Xray JSON import document; the message says why
   */
  public static ImportDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(MAPPER.readTree(in), file.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + " is not valid JSON (" + e.getOriginalMessage() + "): it is not an Xray results file", e);
    }
  }

  /** Parses a document. */
  public static ImportDocument parse(byte[] json, String name) {
    try {
      return of(MAPPER.readTree(json), name);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: it is not an Xray results file", e);
    }
  }

  private static ImportDocument of(@Nullable JsonNode node, String name) {
    if (!(node instanceof ObjectNode object) || !(object.get("tests") instanceof ArrayNode)) {
      throw new IllegalArgumentException(
          name + " is not an Xray JSON import document: expected an object with a \"tests\" array");
    }
    return new ImportDocument(object);
  }

  /** The Test Execution the document imports into, or null if it creates one. */
  public @Nullable String testExecutionKey() {
    return text(root, "testExecutionKey");
  }

  /** {@code info.project}, or null. */
  public @Nullable String project() {
    JsonNode info = root.get("info");
    return info == null ? null : text(info, "project");
  }

  /** How many test results the document holds. */
  public int testCount() {
    return tests().size();
  }

  /** The Test key of each test result, in order; null for a result without one. */
  public List<@Nullable String> testKeys() {
    List<@Nullable String> keys = new ArrayList<>();
    for (JsonNode test : tests()) {
      keys.add(text(test, "testKey"));
    }
    return keys;
  }

  /** A copy that imports into {@code key} ({@code testExecutionKey} first, as the writer puts it). */
  public ImportDocument withTestExecutionKey(String key) {
    requireNonNull(key, "key");
    ObjectNode copy = MAPPER.createObjectNode();
    copy.put("testExecutionKey", key);
    for (var field : root.properties()) {
      if (!field.getKey().equals("testExecutionKey")) {
        copy.set(field.getKey(), field.getValue());
      }
    }
    return new ImportDocument(copy);
  }

  /** A copy without the test results whose Test key is one of {@code keys}. */
  public ImportDocument withoutTests(Collection<String> keys) {
    ArrayNode kept = MAPPER.createArrayNode();
    for (JsonNode test : tests()) {
      String key = text(test, "testKey");
      if (key == null || !keys.contains(key)) {
        kept.add(test);
      }
    }
    return withTests(kept);
  }

  /** Consecutive parts of at most {@code size} tests each; the document itself when it is small enough. */
  public List<ImportDocument> split(int size) {
    return split(size, Long.MAX_VALUE);
  }

  /**
   * Consecutive parts of at most {@code size} tests and at most {@code maxBytes} bytes as JSON each (a test larger
   * than that on its own is a part alone); the document itself when it is small enough.
   */
  public List<ImportDocument> split(int size, long maxBytes) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + size);
    }
    ArrayNode tests = tests();
    boolean bySize = maxBytes < Long.MAX_VALUE;
    long envelope = bySize ? length(withTests(MAPPER.createArrayNode()).root) : 0;
    List<ImportDocument> parts = new ArrayList<>();
    ArrayNode part = MAPPER.createArrayNode();
    long bytes = envelope;
    for (JsonNode test : tests) {
      long length = bySize ? length(test) + 1 : 0; // the comma that separates it from the next
      if (!part.isEmpty() && (part.size() == size || bytes + length > maxBytes)) {
        parts.add(withTests(part));
        part = MAPPER.createArrayNode();
        bytes = envelope;
      }
      part.add(test);
      bytes += length;
    }
    if (parts.isEmpty()) {
      return List.of(this);
    }
    parts.add(withTests(part));
    return parts;
  }

  /** The length of a node as JSON, counted without holding the bytes. */
  private static long length(JsonNode node) {
    class Counter extends OutputStream {
      long count;

      @Override
      public void write(int b) {
        count++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count += len;
      }
    }
    Counter counter = new Counter();
    try {
      MAPPER.writeValue(counter, node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize an import document", e);
    }
    return counter.count;
  }

  /** The document as UTF-8 JSON. */
  public byte[] toBytes() {
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize an import document", e);
    }
  }

  private ImportDocument withTests(ArrayNode tests) {
    ObjectNode copy = MAPPER.createObjectNode();
    for (var field : root.properties()) {
      copy.set(field.getKey(), field.getValue());
    }
    copy.set("tests", tests);
    return new ImportDocument(copy);
  }

  private ArrayNode tests() {
    return (ArrayNode) root.get("tests");
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
