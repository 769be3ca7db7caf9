package io.github.xray4j.core.internal.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An Xray JSON import document in a results file, for re-sending it: which tests it holds, how to cut it into
 * batches, and the bytes of one batch, streamed from the file. Nothing of the file is kept in memory but its Test
 * keys and the length of each test: a directory of results files larger than the heap can be sent one batch at a
 * time, and a batch is sent from the bytes written, never from the evidence's original path.
 *
 * <pre>{@code
 * ImportDocument document = ImportDocument.read(file);
 * for (ImportDocument.Range part : document.split(500, 32 << 20)) {
 *   document.write(out, "CALC-2001", part, Set.of());   // into CALC-2001, the tests of that part
 * }
 * }</pre>
 */
public final class ImportDocument {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Consecutive tests of a document, from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param from the first test's index
   * @param to one past the last test's index
   */
  public record Range(int from, int to) {
    public Range {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("not a range of tests: " + from + ".." + to);
      }
    }

    /** How many tests. */
    public int size() {
      return to - from;
    }
  }

  private final Path file;
  private final @Nullable String testExecutionKey;
  private final @Nullable String project;
  private final List<@Nullable String> testKeys;
  private final long[] lengths;
  private final long envelope;

  private ImportDocument(Path file, @Nullable String testExecutionKey, @Nullable String project,
      List<@Nullable String> testKeys, long[] lengths, long envelope) {
    this.file = file;
    this.testExecutionKey = testExecutionKey;
    this.project = project;
    this.testKeys = Collections.unmodifiableList(testKeys);
    this.lengths = lengths;
    this.envelope = envelope;
  }

  /**
   * Reads a results file's outline (its Test Execution key, project, Test keys and the length of each test),
   * streaming: evidence is skipped, not read into memory.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not an Xray JSON import document; the message says why
   */
  public static ImportDocument read(Path file) throws IOException {
    requireNonNull(file, "file");
    @Nullable String key = null;
    @Nullable String project = null;
    List<@Nullable String> keys = new ArrayList<>();
    List<Long> lengths = new ArrayList<>();
    boolean tests = false;
    long total;
    try (JsonParser json = MAPPER.createParser(file.toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw notADocument(file);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "testExecutionKey" -> key = value == JsonToken.VALUE_STRING ? json.getText() : null;
          case "info" -> {
            JsonNode info = json.readValueAsTree();
            project = info != null && info.path("project").isTextual() ? info.path("project").asText() : null;
          }
          case "tests" -> {
            if (value != JsonToken.START_ARRAY) {
              throw notADocument(file);
            }
            tests = true;
            while (json.nextToken() != JsonToken.END_ARRAY) {
              long start = json.currentTokenLocation().getByteOffset();
              keys.add(testKey(json));
              lengths.add(json.currentLocation().getByteOffset() - start);
            }
          }
          default -> json.skipChildren();
        }
      }
      total = json.currentLocation().getByteOffset();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + " is not valid JSON (" + e.getOriginalMessage() + "): it is not an Xray results file", e);
    }
    if (!tests) {
      throw notADocument(file);
    }
    long[] each = lengths.stream().mapToLong(Long::longValue).toArray();
    long envelope = Math.max(2, total - Arrays.stream(each).sum() - Math.max(0, each.length - 1));
    return new ImportDocument(file, key, project, keys, each, envelope);
  }

  /** The test's {@code testKey}, reading past the test and skipping everything else in it (evidence). */
  private static @Nullable String testKey(JsonParser json) throws IOException {
    if (json.currentToken() != JsonToken.START_OBJECT) {
      json.skipChildren();
      return null;
    }
    @Nullable String key = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("testKey") && value == JsonToken.VALUE_STRING) {
        key = json.getText();
      } else {
        json.skipChildren();
      }
    }
    return key;
  }

  private static IllegalArgumentException notADocument(Path file) {
    return new IllegalArgumentException(
        file + " is not an Xray JSON import document: expected an object with a \"tests\" array");
  }

  /** The file this document is in. */
  public Path file() {
    return file;
  }

  /** The Test Execution the document imports into, or null if it creates one. */
  public @Nullable String testExecutionKey() {
    return testExecutionKey;
  }

  /** {@code info.project}, or null. */
  public @Nullable String project() {
    return project;
  }

  /** How many test results the document holds. */
  public int testCount() {
    return testKeys.size();
  }

  /** The Test key of each test result, in order; null for a result without one. */
  public List<@Nullable String> testKeys() {
    return testKeys;
  }

  /** All of its tests. */
  public Range all() {
    return new Range(0, testCount());
  }

  /**
   * Consecutive parts of at most {@code size} tests and at most {@code maxBytes} bytes as JSON each (a test larger
   * than that on its own is a part alone); one part when it is small enough.
   */
  public List<Range> split(int size, long maxBytes) {
    return split(all(), size, maxBytes);
  }

  /** Like {@link #split(int, long)}, for the tests of {@code range} only. */
  public List<Range> split(Range range, int size, long maxBytes) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + size);
    }
    List<Range> parts = new ArrayList<>();
    int from = range.from();
    long bytes = envelope;
    for (int i = range.from(); i < range.to(); i++) {
      long length = lengths[i] + 1; // the comma that separates it from the next
      if (i > from && (i - from == size || bytes + length > maxBytes)) {
        parts.add(new Range(from, i));
        from = i;
        bytes = envelope;
      }
      bytes += length;
    }
    parts.add(new Range(from, range.to()));
    return parts;
  }

  /**
   * Streams the document from its file to {@code out} (flushed, not closed): importing into {@code key} (its own
   * when null; {@code testExecutionKey} first, as the writer puts it), with the tests of {@code range} but those
   * whose Test key is in {@code without}. Only one test at a time is held in memory.
   *
   * @throws IOException if the file cannot be read or {@code out} fails
   */
  public void write(OutputStream out, @Nullable String key, Range range, Set<String> without) throws IOException {
    try (JsonParser in = MAPPER.createParser(file.toFile());
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      in.nextToken();
      json.writeStartObject();
      if (key != null) {
        json.writeStringField("testExecutionKey", key);
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        if (field.equals("testExecutionKey") && key != null) {
          in.nextToken();
          in.skipChildren();
        } else if (field.equals("tests")) {
          in.nextToken();
          json.writeArrayFieldStart("tests");
          int index = 0;
          while (in.nextToken() != JsonToken.END_ARRAY) {
            if (index < range.from() || index >= range.to()) {
              in.skipChildren();
            } else if (without.isEmpty()) {
              json.copyCurrentStructure(in);
            } else {
              JsonNode test = in.readValueAsTree();
              JsonNode testKey = test.get("testKey");
              if (testKey == null || !testKey.isTextual() || !without.contains(testKey.asText())) {
                MAPPER.writeTree(json, test);
              }
            }
            index++;
          }
          json.writeEndArray();
        } else {
          json.copyCurrentStructure(in);
        }
      }
      json.writeEndObject();
    }
  }

  /** The document's bytes, as {@link #write} streams them. */
  public byte[] toBytes(@Nullable String key, Range range, Set<String> without) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, key, range, without);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "ImportDocument[" + file + ", " + testCount() + " tests]";
  }
}
