package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a test result, iteration or step: a screenshot, a log, a report.
 *
 * <p>Evidence made {@link #ofFile from a file} is read only while the import document is written, and
 * base64-encoded as it streams, so a large file is never held in memory whole.
 *
 * <pre>{@code
 * Evidence.ofFile(Path.of("target/screenshots/login.png"));
 * Evidence.ofBytes("response.json", "application/json", body);
 * }</pre>
 */
public sealed interface Evidence permits Evidence.Bytes, Evidence.File {

  /** The file name Xray shows. */
  String filename();

  /** The MIME type, such as {@code image/png}. */
  String contentType();

  /** The size in bytes before encoding. */
  long size();

  /** Opens the content for reading; the caller closes the stream. */
  InputStream open() throws IOException;

  /** Evidence held in memory. */
  static Evidence ofBytes(String filename, @Nullable String contentType, byte[] content) {
    return new Bytes(filename, contentTypeOr(contentType, filename), content);
  }

  /** Evidence read from a file when it is written out; name and content type come from the path. */
  static Evidence ofFile(Path path) {
    requireNonNull(path, "path");
    Path name = path.getFileName();
    String filename = name == null ? path.toString() : name.toString();
    return ofFile(path, filename, null);
  }

  /** Evidence read from a file when it is written out, under a name of your choosing. */
  static Evidence ofFile(Path path, String filename, @Nullable String contentType) {
    return new File(path, filename, contentTypeOr(contentType, filename));
  }

  /** A content type guessed from a file name's extension; {@code application/octet-stream} if unknown. */
  static String guessContentType(String filename) {
    String lower = filename.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".log") || lower.endsWith(".txt")) {
      return "text/plain";
    }
    if (lower.endsWith(".json")) {
      return "application/json";
    }
    if (lower.endsWith(".webp")) {
      return "image/webp";
    }
    if (lower.endsWith(".webm")) {
      return "video/webm";
    }
    if (lower.endsWith(".mp4")) {
      return "video/mp4";
    }
    if (lower.endsWith(".har")) {
      return "application/json";
    }
    String guessed = URLConnection.guessContentTypeFromName(filename);
    return guessed != null ? guessed : "application/octet-stream";
  }

  private static String contentTypeOr(@Nullable String contentType, String filename) {
    requireNonNull(filename, "filename");
    return contentType == null || contentType.isBlank() ? guessContentType(filename) : contentType;
  }

  /** Xray needs a file name to show the evidence by: a blank one is refused. */
  private static void requireFilename(String filename) {
    requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("evidence needs a file name (Xray refuses an empty one): name the file,"
          + " for example screenshot.png");
    }
  }

  /**
   * Evidence held in memory.
   *
   * @param filename the file name Xray shows
   * @param contentType the MIME type
   * @param content the bytes (copied)
   */
  record Bytes(String filename, String contentType, byte[] content) implements Evidence {
    public Bytes {
      requireFilename(filename);
      requireNonNull(contentType, "contentType");
      content = requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public long size() {
      return content.length;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(content);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes that
          && filename.equals(that.filename)
          && contentType.equals(that.contentType)
          && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return "Evidence.Bytes[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
  }

  /**
   * Evidence read from a file when the document is written.
   *
   * @param path where the file is
   * @param filename the file name Xray shows
   * @param contentType the MIME type
   */
  record File(Path path, String filename, String contentType) implements Evidence {
    public File {
      requireNonNull(path, "path");
      requireFilename(filename);
      requireNonNull(contentType, "contentType");
    }

    @Override
    public long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the size of evidence file " + path, e);
      }
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }
}
