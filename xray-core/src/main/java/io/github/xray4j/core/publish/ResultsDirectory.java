package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.files.AtomicFiles;
import io.github.xray4j.core.internal.json.ImportDocument;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The output directory ({@code xray.output-dir}) and what lives in it: results files
 * ({@code xray-results-<time>.json}, see {@link Publisher}) with their {@code .published} markers, and journals
 * ({@code xray-journal-<time>-<pid>.jsonl}, see {@link Journal}) with their spilled evidence. Names, owner-only
 * creation, atomic rewriting, markers and listing live here, for the reporter and the CLI alike.
 */
public final class ResultsDirectory {

  static final String PREFIX = "xray-results-";
  static final String SUFFIX = ".json";
  static final String MARKER_SUFFIX = ".published";
  static final String MARKER_KEY = "testExecutionKey=";
  static final String MARKER_REJECTED = "rejected=";
  static final String JOURNAL_PREFIX = "xray-journal-";
  static final String JOURNAL_SUFFIX = ".jsonl";
  private static final String HIDDEN_SUFFIX = ".new";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Functional write of a file's content. */
  interface Content extends AtomicFiles.Content {}

  private ResultsDirectory() {}

  /**
   * The results files among these paths, in order: a directory stands for its {@code xray-results-*.json} files
   * (sorted by name), a file for itself.
   */
  public static List<Path> resultsFiles(List<Path> filesOrDirectories) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : filesOrDirectories) {
      if (Files.isDirectory(path)) {
        files.addAll(list(path, PREFIX, SUFFIX));
      } else {
        files.add(path.normalize());
      }
    }
    return List.copyOf(files);
  }

  /** The journals in a directory, sorted by name (so by the time their run started). */
  static List<Path> journals(Path dir) throws IOException {
    return Files.isDirectory(dir) ? list(dir, JOURNAL_PREFIX, JOURNAL_SUFFIX) : List.of();
  }

  private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(f -> {
        String name = f.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(suffix);
      }).map(Path::normalize).sorted().toList();
    }
  }

  /**
   * Creates a new, empty journal for this JVM under a hidden name ({@code .xray-journal-<time>-<pid>.jsonl.new},
   * owner-only), which no listing shows: its writer locks it and writes its header before {@link #showJournal}
   * gives it its real name, so another JVM never finds a journal that is not yet locked.
   */
  static Path createJournal(Path dir, Instant start, long pid) throws IOException {
    Files.createDirectories(dir);
    FileAttribute<?>[] attributes = ownerOnly(dir.toAbsolutePath());
    String base = JOURNAL_PREFIX + TIMESTAMP.format(start) + "-" + pid;
    for (int n = 1; ; n++) {
      String name = base + (n == 1 ? "" : "-" + n) + JOURNAL_SUFFIX;
      if (Files.exists(dir.resolve(name))) {
        continue;
      }
      try {
        return Files.createFile(dir.resolve("." + name + HIDDEN_SUFFIX), attributes);
      } catch (FileAlreadyExistsException taken) {
        // a second reporter in this JVM in the same second: next number
      }
    }
  }

  /** Gives a journal made by {@link #createJournal} its real name, once locked and headed; returns that name. */
  static Path showJournal(Path hidden) throws IOException {
    String name = hidden.getFileName().toString();
    Path shown = hidden.resolveSibling(name.substring(1, name.length() - HIDDEN_SUFFIX.length()));
    return Files.move(hidden, shown, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Where a journal spills its evidence: {@code <journal>.evidence/}. */
  static Path evidenceDirOf(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".evidence");
  }

  /** A new owner-only file for spilled evidence, named after the result, its position and the file's name. */
  static Path spillFile(Path evidenceDir, long seq, int n, String filename) throws IOException {
    Files.createDirectories(evidenceDir);
    String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
    return Files.createFile(evidenceDir.resolve(seq + "-" + n + "-" + (safe.isEmpty() ? "evidence" : safe)),
        ownerOnly(evidenceDir.toAbsolutePath()));
  }

  /**
   * Creates the next free results file for a run that started writing at {@code time}:
   * {@code xray-results-<timestamp>.json}, then {@code -2}, {@code -3}... Never overwrites a file (another JVM
   * of the same build may be writing next to us).
   */
  static Path create(Path dir, Instant time) throws IOException {
    return create(dir, time, 1).file();
  }

  /**
   * A results file just created, and its number ({@code 1} for the file without a {@code -n} suffix).
   *
   * @param file the new, empty file
   * @param number its number
   */
  record Created(Path file, int number) {}

  /**
   * Like {@link #create(Path, Instant)}, trying numbers from {@code from} on. A run that writes many batch files
   * passes one more than the previous file's number, so that naming {@code b} files takes {@code b} attempts,
   * not {@code b * b / 2}.
   */
  static Created create(Path dir, Instant time, int from) throws IOException {
    Files.createDirectories(dir);
    FileAttribute<?>[] attributes = ownerOnly(dir.toAbsolutePath());
    String base = PREFIX + TIMESTAMP.format(time);
    for (int n = Math.max(1, from); ; n++) {
      Path file = dir.resolve(base + (n == 1 ? "" : "-" + n) + SUFFIX);
      try {
        return new Created(Files.createFile(file, attributes), n);
      } catch (FileAlreadyExistsException taken) {
        // next number
      }
    }
  }

  /** Writes {@code content} to an existing, empty file. */
  static void write(Path file, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
      content.writeTo(out);
    }
  }

  /** Replaces a file's content atomically where the file system allows it, keeping owner-only permissions. */
  static void replace(Path file, Content content) throws IOException {
    AtomicFiles.replace(file, content);
  }

  /**
   * What a results file holds, read streaming (its evidence is skipped, not read into memory).
   *
   * @param tests how many test results
   * @param testExecutionKey the Test Execution it imports into, or null if it creates one
   * @param project the project of the Test Execution it creates, or null
   */
  public record Summary(int tests, @Nullable String testExecutionKey, @Nullable String project) {}

  /**
   * What a results file holds.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not an Xray JSON import document; the message says why
   */
  public static Summary summary(Path file) throws IOException {
    ImportDocument document = ImportDocument.read(file);
    return new Summary(document.testCount(), document.testExecutionKey(), document.project());
  }

  /** The marker that says a results file was sent: {@code <file>.published}. */
  static Path markerOf(Path file) {
    return file.resolveSibling(file.getFileName() + MARKER_SUFFIX);
  }

  /** Marks {@code file} as sent into {@code key}, listing the Test keys Xray rejected. */
  static void markPublished(Path file, String key, List<String> rejected) throws IOException {
    StringBuilder text = new StringBuilder(MARKER_KEY).append(key).append('\n');
    if (!rejected.isEmpty()) {
      text.append(MARKER_REJECTED).append(String.join(",", rejected)).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    replace(markerOf(file), out -> out.write(bytes));
  }

  /** The Test Execution a results file was sent into, if it carries the marker. */
  static Optional<String> publishedTo(Path file) {
    Path marker = markerOf(file);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
        if (line.startsWith(MARKER_KEY)) {
          return Optional.of(line.substring(MARKER_KEY.length()).trim());
        }
      }
      return Optional.of("an unknown Test Execution");
    } catch (IOException e) {
      return Optional.of("an unknown Test Execution");
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) throws IOException {
    return AtomicFiles.ownerOnly(dir);
  }
}
