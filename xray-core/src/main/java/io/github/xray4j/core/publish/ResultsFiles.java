package io.github.xray4j.core.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The results files in the output directory: their names, owner-only creation, atomic rewriting and the
 * {@code .published} marker. The convention is documented on {@link Publisher}.
 */
final class ResultsFiles {

  static final String PREFIX = "xray-results-";
  static final String SUFFIX = ".json";
  static final String MARKER_SUFFIX = ".published";
  static final String MARKER_KEY = "testExecutionKey=";
  static final String MARKER_REJECTED = "rejected=";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** Functional write of a file's content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private ResultsFiles() {}

  /**
   * Creates the next free results file for a run that started writing at {@code time}:
   * {@code xray-results-<timestamp>.json}, then {@code -2}, {@code -3}... Never overwrites a file (another JVM
   * of the same build may be writing next to us).
   */
  static Path create(Path dir, Instant time) throws IOException {
    Files.createDirectories(dir);
    String base = PREFIX + TIMESTAMP.format(time);
    for (int n = 1; ; n++) {
      Path file = dir.resolve(base + (n == 1 ? "" : "-" + n) + SUFFIX);
      try {
        return createOwnerOnly(file);
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
    Path dir = file.toAbsolutePath().getParent();
    Path temp = createTemp(dir, file.getFileName() + ".");
    try {
      write(temp, content);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
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

  private static Path createOwnerOnly(Path file) throws IOException {
    return Files.createFile(file, ownerOnly(file.toAbsolutePath().getParent()));
  }

  private static Path createTemp(Path dir, String prefix) throws IOException {
    return Files.createTempFile(dir, prefix, ".tmp", ownerOnly(dir));
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) throws IOException {
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }
    return new FileAttribute<?>[0];
  }
}
