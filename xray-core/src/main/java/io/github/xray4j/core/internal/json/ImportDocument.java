package io.github.xray4j.core.internal.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An Xray JSON import document in a results file, for re-sending it: which tests it holds, how to cut it into
 * batches, and the bytes of one batch, whose tests are copied from the file byte for byte. Nothing of the file is
 * kept in memory but its {@code info}, its Test keys and where each test is: a directory of results files larger
 * than the heap is sent one batch at a time, and a batch is sent from the bytes written, never from the
 * evidence's original path.
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
  private static final byte[] SUFFIX = "]}".getBytes(StandardCharsets.UTF_8);

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
  /** Everything but the tests (small: the Test Execution key and {@code info}). */
  private final ObjectNode envelope;
  private final List<@Nullable String> testKeys;
  /** Where each test is in the file, and how long it is, in bytes. */
  private final long[] starts;
  private final long[] lengths;
  /** The length of the document without its tests. */
  private final long envelopeLength;

  private ImportDocument(Path file, ObjectNode envelope, List<@Nullable String> testKeys, long[] starts,
      long[] lengths) throws IOException {
    this.file = file;
    this.envelope = envelope;
    this.testKeys = Collections.unmodifiableList(testKeys);
    this.starts = starts;
    this.lengths = lengths;
    this.envelopeLength = prefix(null).length + SUFFIX.length;
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
    ObjectNode envelope = MAPPER.createObjectNode();
    List<@Nullable String> keys = new ArrayList<>();
    List<long[]> places = new ArrayList<>();
    boolean tests = false;
    try (JsonParser json = MAPPER.createParser(file.toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw notADocument(file);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (!field.equals("tests")) {
          envelope.set(field, json.readValueAsTree());
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw notADocument(file);
        }
        tests = true;
        while (json.nextToken() != JsonToken.END_ARRAY) {
          if (json.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException(file + " is not an Xray JSON import document: test "
                + (keys.size() + 1) + " is not an object");
          }
          long start = json.currentTokenLocation().getByteOffset();
          keys.add(testKey(json));
          places.add(new long[] {start, json.currentLocation().getByteOffset() - start});
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + " is not valid JSON (" + e.getOriginalMessage() + "): it is not an Xray results file", e);
    }
    if (!tests) {
      throw notADocument(file);
    }
    long[] starts = places.stream().mapToLong(place -> place[0]).toArray();
    long[] lengths = places.stream().mapToLong(place -> place[1]).toArray();
    return new ImportDocument(file, envelope, keys, starts, lengths);
  }

  /** The test's {@code testKey}, reading past the test and skipping everything else in it (evidence). */
  private static @Nullable String testKey(JsonParser json) throws IOException {
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
    return text(envelope, "testExecutionKey");
  }

  /** {@code info.project}, or null. */
  public @Nullable String project() {
    JsonNode info = envelope.get("info");
    return info == null ? null : text(info, "project");
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
    long bytes = envelopeLength;
    for (int i = range.from(); i < range.to(); i++) {
      long length = lengths[i] + 1; // the comma that separates it from the next
      if (i > from && (i - from == size || bytes + length > maxBytes)) {
        parts.add(new Range(from, i));
        from = i;
        bytes = envelopeLength;
      }
      bytes += length;
    }
    parts.add(new Range(from, range.to()));
    return parts;
  }

  /**
   * Writes the document to {@code out} (not closed): importing into {@code key} (its own when null;
   * {@code testExecutionKey} first, as the writer puts it), with the tests of {@code range} but those whose Test
   * key is in {@code without}. The tests are copied from the file as they were written, byte for byte.
   *
   * @throws IOException if the file cannot be read or {@code out} fails
   */
  public void write(OutputStream out, @Nullable String key, Range range, Set<String> without) throws IOException {
    out.write(prefix(key));
    byte[] buffer = new byte[64 * 1024];
    boolean first = true;
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int i = range.from(); i < range.to(); i++) {
        if (kept(i, without)) {
          if (!first) {
            out.write(',');
          }
          first = false;
          for (long done = 0; done < lengths[i]; ) {
            int read = in.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, lengths[i] - done)),
                starts[i] + done);
            if (read < 0) {
              throw changed();
            }
            out.write(buffer, 0, read);
            done += read;
          }
        }
      }
    }
    out.write(SUFFIX);
    out.flush();
  }

  /** The document's bytes, as {@link #write} writes them, in one array of exactly their size. */
  public byte[] toBytes(@Nullable String key, Range range, Set<String> without) throws IOException {
    byte[] prefix = prefix(key);
    long size = prefix.length + SUFFIX.length;
    int tests = 0;
    for (int i = range.from(); i < range.to(); i++) {
      if (kept(i, without)) {
        size += lengths[i] + (tests++ > 0 ? 1 : 0);
      }
    }
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException(file + ": a part of " + size + " bytes is too large for one request");
    }
    byte[] bytes = new byte[(int) size];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    int at = prefix.length;
    boolean first = true;
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int i = range.from(); i < range.to(); i++) {
        if (!kept(i, without)) {
          continue;
        }
        if (!first) {
          bytes[at++] = ',';
        }
        first = false;
        ByteBuffer target = ByteBuffer.wrap(bytes, at, (int) lengths[i]);
        while (target.hasRemaining()) {
          if (in.read(target, starts[i] + (target.position() - at)) < 0) {
            throw changed();
          }
        }
        at += (int) lengths[i];
      }
    }
    System.arraycopy(SUFFIX, 0, bytes, at, SUFFIX.length);
    return bytes;
  }

  private boolean kept(int test, Set<String> without) {
    String testKey = testKeys.get(test);
    return testKey == null || !without.contains(testKey);
  }

  /** The document up to its first test: {@code {"testExecutionKey":...,"info":{...},"tests":[}. */
  private byte[] prefix(@Nullable String key) throws IOException {
    ObjectNode head = MAPPER.createObjectNode();
    String own = testExecutionKey();
    if (key != null || own != null) {
      head.put("testExecutionKey", key != null ? key : own);
    }
    envelope.properties().forEach(field -> {
      if (!field.getKey().equals("testExecutionKey")) {
        head.set(field.getKey(), field.getValue());
      }
    });
    byte[] object = MAPPER.writeValueAsBytes(head);
    String tests = (head.isEmpty() ? "" : ",") + "\"tests\":[";
    byte[] open = tests.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = Arrays.copyOf(object, object.length - 1 + open.length);
    System.arraycopy(open, 0, prefix, object.length - 1, open.length);
    return prefix;
  }

  private IOException changed() {
    return new IOException(file + " changed while it was sent: it is shorter than when it was read");
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  @Override
  public String toString() {
    return "ImportDocument[" + file + ", " + testCount() + " tests]";
  }
}
