package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.json.ImportDocument;
import io.github.xray4j.core.json.XrayJsonWriter;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One import request's worth of results and the results file that holds them: the part of a file written by the
 * publisher or re-sent by the CLI ({@link OfFile}, sent from the bytes written), or, when no file could be written,
 * the results themselves ({@link OfRun}). A batch Xray finds too large is split in halves.
 */
abstract sealed class Batch permits Batch.OfRun, Batch.OfFile {

  private static final System.Logger LOG = System.getLogger(Batch.class.getName());

  /** A results file and what became of it; shared by the batches it was split into. */
  static final class FileState {
    /** The results file, or null when it could not be written and the batch is sent from memory. */
    final @Nullable Path path;
    /** What the file holds now, or null without a file; read again when it is rewritten. */
    private @Nullable ImportDocument document;
    private @Nullable String pointedAt;
    private int batchesLeft;
    private final Set<String> rejected = new LinkedHashSet<>();

    private FileState(@Nullable ImportDocument document, int batches) {
      this.path = document == null ? null : document.file();
      this.document = document;
      this.batchesLeft = batches;
      this.pointedAt = document == null ? null : document.testExecutionKey();
    }

    /** A file that could not be written: nothing to rewrite or mark. */
    static FileState inMemory() {
      return new FileState(null, 1);
    }

    /**
     * Makes the file import into {@code key}, once, so that re-sending whatever is left of it later goes to the
     * same Test Execution rather than creating another. The file is rewritten from its own bytes.
     */
    synchronized void pointAt(String key) throws IOException {
      ImportDocument current = document;
      if (current != null && path != null && !key.equals(pointedAt)) {
        ResultsDirectory.replace(path, out -> current.write(out, key, current.all(), Set.of()));
        document = ImportDocument.read(path);
        pointedAt = key;
      }
    }

    /** The bytes of a part of the file, read from it as it is now (a rewrite waits). */
    synchronized byte[] bytes(@Nullable String key, ImportDocument.Range range, Set<String> without)
        throws IOException {
      if (document == null) {
        throw new IllegalStateException("no results file");
      }
      return document.toBytes(key, range, without);
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
   * A batch sent from memory, because its results file could not be written: its document is written from the
   * model each time it is sent. Evidence that cannot be read then is left out with a warning naming it.
   */
  static final class OfRun extends Batch {
    private final ExecutionResults results;
    private final XrayJsonWriter writer;

    private OfRun(FileState file, ExecutionResults results, XrayJsonWriter writer) {
      super(file);
      this.results = results;
      this.writer = writer;
    }

    /** A batch whose file could not be written. */
    static OfRun inMemory(ExecutionResults results, XrayJsonWriter writer) {
      return new OfRun(FileState.inMemory(), results, writer);
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
    Batch into(String key) {
      return key.equals(results.testExecutionKey()) ? this
          : new OfRun(file, results.withTestExecutionKey(key), writer);
    }

    @Override
    byte[] document() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReadableEvidence.write(results, part -> {
        out.reset();
        writer.write(part, out);
      }, problem -> LOG.log(System.Logger.Level.WARNING, () -> "Xray: " + problem));
      return out.toByteArray();
    }

    @Override
    Batch without(Set<String> keys) {
      List<TestResult> kept =
          results.tests().stream().filter(t -> t.testKey() == null || !keys.contains(t.testKey())).toList();
      return new OfRun(file, results.withTests(kept), writer);
    }

    @Override
    List<Batch> halves() {
      List<ExecutionResults> halves = results.batches((testCount() + 1) / 2);
      file.split();
      return List.of(new OfRun(file, halves.get(0), writer), new OfRun(file, halves.get(1), writer));
    }
  }

  /**
   * A batch of a results file (all of it, or a part of a file split to the batch size, or a half of a part Xray
   * found too large): its bytes are streamed from the file when it is sent, never from the evidence's original
   * path, and only one batch is in memory at a time.
   */
  static final class OfFile extends Batch {
    private final ImportDocument document;
    private final ImportDocument.Range range;
    private final Set<String> without;
    private final @Nullable String key;

    private OfFile(FileState file, ImportDocument document, ImportDocument.Range range, Set<String> without,
        @Nullable String key) {
      super(file);
      this.document = document;
      this.range = range;
      this.without = Set.copyOf(without);
      this.key = key;
    }

    /** The file's tests in parts of at most {@code size} tests and {@code maxBytes} bytes, sharing one state. */
    static List<Batch> read(ImportDocument document, int size, long maxBytes) {
      List<ImportDocument.Range> parts = document.split(size, maxBytes);
      FileState file = new FileState(document, parts.size());
      return parts.stream().<Batch>map(part -> new OfFile(file, document, part, Set.of(),
          document.testExecutionKey())).toList();
    }

    @Override
    int testCount() {
      int count = 0;
      for (int i = range.from(); i < range.to(); i++) {
        String testKey = document.testKeys().get(i);
        count += testKey != null && without.contains(testKey) ? 0 : 1;
      }
      return count;
    }

    @Override
    Set<String> testKeys() {
      Set<String> keys = new LinkedHashSet<>();
      for (int i = range.from(); i < range.to(); i++) {
        String testKey = document.testKeys().get(i);
        if (testKey != null && !without.contains(testKey)) {
          keys.add(testKey);
        }
      }
      return keys;
    }

    @Override
    @Nullable String project() {
      return document.project();
    }

    @Override
    Batch into(String to) throws IOException {
      file.pointAt(to);
      return to.equals(key) ? this : new OfFile(file, document, range, without, to);
    }

    @Override
    byte[] document() throws IOException {
      return file.bytes(key, range, without);
    }

    @Override
    Batch without(Set<String> keys) {
      Set<String> more = new LinkedHashSet<>(without);
      more.addAll(keys);
      return new OfFile(file, document, range, more, key);
    }

    @Override
    List<Batch> halves() {
      List<ImportDocument.Range> halves = document.split(range, (range.size() + 1) / 2, Long.MAX_VALUE);
      file.split();
      return List.of(new OfFile(file, document, halves.get(0), without, key),
          new OfFile(file, document, halves.get(1), without, key));
    }
  }
}
