package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.json.ImportDocument;
import io.github.xray4j.core.json.XrayJsonWriter;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One import request's worth of results and the results file that holds them. A batch made by the publisher
 * from a run is a whole file; a file re-sent by the CLI may be split into several batches; a batch Xray finds too
 * large is split in halves.
 */
abstract sealed class Batch permits Batch.OfRun, Batch.OfFile {

  /** Rewrites a results file so that it imports into a Test Execution. */
  interface Retarget {
    void to(String key) throws IOException;
  }

  /** A results file and what became of it; shared by the batches it was split into. */
  static final class FileState {
    /** The results file, or null when it could not be written and the batch is sent from memory. */
    final @Nullable Path path;
    private final Retarget retarget;
    private @Nullable String pointedAt;
    private int batchesLeft;
    private final Set<String> rejected = new LinkedHashSet<>();

    FileState(@Nullable Path path, int batches, @Nullable String pointedAt, Retarget retarget) {
      this.path = path;
      this.batchesLeft = batches;
      this.pointedAt = pointedAt;
      this.retarget = retarget;
    }

    /** A file that could not be written: nothing to rewrite or mark. */
    static FileState inMemory() {
      return new FileState(null, 1, null, key -> {});
    }

    /**
     * Makes the file import into {@code key}, once, so that re-sending whatever is left of it later goes to the
     * same Test Execution rather than creating another.
     */
    synchronized void pointAt(String key) throws IOException {
      if (path != null && !key.equals(pointedAt)) {
        retarget.to(key);
        pointedAt = key;
      }
    }

    /** Like {@link #pointAt(String)}, with the file's whole new content at hand: {@code content} is written as is. */
    synchronized void pointAt(String key, byte[] content) throws IOException {
      if (path != null && !key.equals(pointedAt)) {
        ResultsDirectory.replace(path, out -> out.write(content));
        pointedAt = key;
      }
    }

    /** One of its batches was replaced by two. */
    synchronized void split() {
      batchesLeft++;
    }

    /** Records that one of its batches went into {@code key}; marks the file once all did. */
    synchronized void batchSent(String key, Set<String> rejectedKeys) throws IOException {
      rejected.addAll(rejectedKeys);
      if (--batchesLeft == 0 && path != null) {
        ResultsDirectory.markPublished(path, key, List.copyOf(rejected));
      }
    }

    synchronized boolean isSent() {
      return batchesLeft == 0;
    }
  }

  final FileState file;

  Batch(FileState file) {
    this.file = file;
  }

  abstract int testCount();

  /** The Test keys in this batch. */
  abstract Set<String> testKeys();

  abstract @Nullable String project();

  /** This batch, and its file, importing into {@code key}. */
  abstract Batch into(String key) throws IOException;

  /** The exact document to send. */
  abstract byte[] document() throws IOException;

  /** This batch without the results for these Test keys; the file is left as it is. */
  abstract Batch without(Set<String> keys);

  /** This batch as two of about half the size each, in order; needs at least two tests. */
  abstract List<Batch> halves();

  /**
   * A batch the publisher wrote from a run: one file, whose bytes are sent as they are (read back from the file,
   * or kept from rewriting it for a Test Execution, so that the file is not read back right after).
   */
  static final class OfRun extends Batch {
    private final ExecutionResults results;
    private final XrayJsonWriter writer;
    private final boolean matchesFile;
    private final byte @Nullable [] bytes;

    private OfRun(FileState file, ExecutionResults results, XrayJsonWriter writer, boolean matchesFile) {
      this(file, results, writer, matchesFile, null);
    }

    private OfRun(FileState file, ExecutionResults results, XrayJsonWriter writer, boolean matchesFile,
        byte @Nullable [] bytes) {
      super(file);
      this.results = results;
      this.writer = writer;
      this.matchesFile = matchesFile;
      this.bytes = bytes;
    }

    /** The batch of a file just written with exactly {@code results}. */
    static OfRun written(Path path, ExecutionResults results, XrayJsonWriter writer) {
      FileState file = new FileState(path, 1, results.testExecutionKey(),
          key -> ResultsDirectory.replace(path, out -> writer.write(results.withTestExecutionKey(key), out)));
      return new OfRun(file, results, writer, true);
    }

    /** A batch whose file could not be written. */
    static OfRun inMemory(ExecutionResults results, XrayJsonWriter writer) {
      return new OfRun(FileState.inMemory(), results, writer, false);
    }

    @Override
    int testCount() {
      return results.tests().size();
    }

    @Override
    Set<String> testKeys() {
      Set<String> keys = new LinkedHashSet<>();
      for (TestResult test : results.tests()) {
        if (test.testKey() != null) {
          keys.add(test.testKey());
        }
      }
      return keys;
    }

    @Override
    @Nullable String project() {
      return results.info().project();
    }

    @Override
    Batch into(String key) throws IOException {
      if (key.equals(results.testExecutionKey())) {
        file.pointAt(key);
        return this;
      }
      ExecutionResults retargeted = results.withTestExecutionKey(key);
      if (!matchesFile || file.path == null) {
        file.pointAt(key);
        return new OfRun(file, retargeted, writer, false);
      }
      // the file is exactly this batch: write its new content once and send those very bytes
      byte[] content = writer.toBytes(retargeted);
      file.pointAt(key, content);
      return new OfRun(file, retargeted, writer, true, content);
    }

    @Override
    byte[] document() throws IOException {
      if (bytes != null) {
        return bytes;
      }
      return matchesFile && file.path != null ? Files.readAllBytes(file.path) : writer.toBytes(results);
    }

    @Override
    Batch without(Set<String> keys) {
      List<TestResult> kept =
          results.tests().stream().filter(t -> t.testKey() == null || !keys.contains(t.testKey())).toList();
      return new OfRun(file, results.withTests(kept), writer, false);
    }

    @Override
    List<Batch> halves() {
      List<ExecutionResults> halves = results.batches((testCount() + 1) / 2);
      file.split();
      return List.of(new OfRun(file, halves.get(0), writer, false), new OfRun(file, halves.get(1), writer, false));
    }
  }

  /** A batch read back from a results file (all of it, or one part of a file split to the batch size). */
  static final class OfFile extends Batch {
    private final ImportDocument document;

    private OfFile(FileState file, ImportDocument document) {
      super(file);
      this.document = document;
    }

    /** The file's document in parts of at most {@code size} tests and {@code maxBytes} bytes, sharing one state. */
    static List<Batch> read(Path path, ImportDocument whole, int size, long maxBytes) {
      List<ImportDocument> parts = whole.split(size, maxBytes);
      FileState file = new FileState(path, parts.size(), whole.testExecutionKey(), key -> {
        ImportDocument current = ImportDocument.read(path);
        if (!key.equals(current.testExecutionKey())) {
          byte[] bytes = current.withTestExecutionKey(key).toBytes();
          ResultsDirectory.replace(path, out -> out.write(bytes));
        }
      });
      return parts.stream().<Batch>map(part -> new OfFile(file, part)).toList();
    }

    @Override
    int testCount() {
      return document.testCount();
    }

    @Override
    Set<String> testKeys() {
      Set<String> keys = new LinkedHashSet<>();
      document.testKeys().stream().filter(Objects::nonNull).forEach(keys::add);
      return keys;
    }

    @Override
    @Nullable String project() {
      return document.project();
    }

    @Override
    Batch into(String key) throws IOException {
      file.pointAt(key);
      return key.equals(document.testExecutionKey()) ? this : new OfFile(file, document.withTestExecutionKey(key));
    }

    @Override
    byte[] document() {
      return document.toBytes();
    }

    @Override
    Batch without(Set<String> keys) {
      return new OfFile(file, document.withoutTests(keys));
    }

    @Override
    List<Batch> halves() {
      List<ImportDocument> halves = document.split((testCount() + 1) / 2);
      file.split();
      return List.of(new OfFile(file, halves.get(0)), new OfFile(file, halves.get(1)));
    }
  }
}
