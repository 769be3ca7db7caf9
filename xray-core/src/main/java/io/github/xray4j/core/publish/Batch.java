package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.internal.json.ImportDocument;
import io.github.xray4j.core.json.XrayJsonWriter;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One import request's worth of results and the results file that holds them. A batch made by the publisher
 * from a run is a whole file; a file re-sent by the CLI may be split into several batches.
 */
abstract sealed class Batch permits Batch.OfRun, Batch.OfFile {

  /** A results file and what became of it; shared by the batches it was split into. */
  static final class FileState {
    /** The results file, or null when it could not be written and the batch is sent from memory. */
    final @Nullable Path path;
    private int batchesLeft;
    private boolean keyWritten;
    private final List<String> rejected = new ArrayList<>();

    FileState(@Nullable Path path, int batches) {
      this.path = path;
      this.batchesLeft = batches;
    }

    /** Records that one of its batches went into {@code key}; marks the file once all did. */
    synchronized void batchSent(String key, Set<String> rejectedKeys) throws IOException {
      rejected.addAll(rejectedKeys);
      if (--batchesLeft == 0 && path != null) {
        ResultsFiles.markPublished(path, key, rejected);
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

  abstract @Nullable String testExecutionKey();

  /**
   * Makes this batch (and its file, so that re-sending it later goes to the same place) import into {@code key}.
   */
  abstract Batch into(String key) throws IOException;

  /** The exact document to send. */
  abstract byte[] document() throws IOException;

  /** This batch without the results for these Test keys; the file is left as it is. */
  abstract Batch without(Set<String> keys);

  /** A batch the publisher wrote from a run: one file, whose bytes are sent as they are. */
  static final class OfRun extends Batch {
    private final ExecutionResults results;
    private final XrayJsonWriter writer;
    private final boolean matchesFile;

    OfRun(FileState file, ExecutionResults results, XrayJsonWriter writer, boolean matchesFile) {
      super(file);
      this.results = results;
      this.writer = writer;
      this.matchesFile = matchesFile;
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
    @Nullable String testExecutionKey() {
      return results.testExecutionKey();
    }

    @Override
    Batch into(String key) throws IOException {
      if (key.equals(results.testExecutionKey())) {
        return this;
      }
      ExecutionResults moved = results.withTestExecutionKey(key);
      if (matchesFile && file.path != null) {
        ResultsFiles.replace(file.path, out -> writer.write(moved, out));
      }
      return new OfRun(file, moved, writer, matchesFile);
    }

    @Override
    byte[] document() throws IOException {
      return matchesFile && file.path != null ? Files.readAllBytes(file.path) : writer.toBytes(results);
    }

    @Override
    Batch without(Set<String> keys) {
      List<TestResult> kept =
          results.tests().stream().filter(t -> t.testKey() == null || !keys.contains(t.testKey())).toList();
      return new OfRun(file, results.withTests(kept), writer, false);
    }
  }

  /** A batch read back from a results file (all of it, or one part of a file split to the batch size). */
  static final class OfFile extends Batch {
    private final ImportDocument document;
    private final boolean wholeFile;

    OfFile(FileState file, ImportDocument document, boolean wholeFile) {
      super(file);
      this.document = document;
      this.wholeFile = wholeFile;
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
    @Nullable String testExecutionKey() {
      return document.testExecutionKey();
    }

    @Override
    Batch into(String key) throws IOException {
      if (key.equals(document.testExecutionKey())) {
        return this;
      }
      synchronized (file) {
        if (!file.keyWritten) {
          Path path = requireNonNull(file.path, "a batch read from a file has a file");
          ImportDocument whole = wholeFile ? document : ImportDocument.read(path);
          if (!key.equals(whole.testExecutionKey())) {
            byte[] bytes = whole.withTestExecutionKey(key).toBytes();
            ResultsFiles.replace(path, out -> out.write(bytes));
          }
          file.keyWritten = true;
        }
      }
      return new OfFile(file, document.withTestExecutionKey(key), wholeFile);
    }

    @Override
    byte[] document() {
      return document.toBytes();
    }

    @Override
    Batch without(Set<String> keys) {
      return new OfFile(file, document.withoutTests(keys), false);
    }
  }
}
