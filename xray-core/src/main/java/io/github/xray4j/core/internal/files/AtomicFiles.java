package io.github.xray4j.core.internal.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * How xray4j replaces a file: the content is written to a hidden owner-only temporary file beside it, which is
 * then moved over the file (atomically where the file system allows it), so a reader never sees half a file.
 */
public final class AtomicFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content; the stream is closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Replaces (or creates) {@code file} with {@code content}, atomically where the file system allows it. */
  public static void replace(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", ownerOnly(dir));
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The attributes of an owner-only file where {@code dir}'s file system has POSIX permissions. */
  public static FileAttribute<?>[] ownerOnly(Path dir) throws IOException {
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }
    return new FileAttribute<?>[0];
  }
}
