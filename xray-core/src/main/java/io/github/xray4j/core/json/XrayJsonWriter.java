package io.github.xray4j.core.json;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.internal.json.ImportDocumentGenerator;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Flavour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes the Xray JSON import document ({@code POST .../import/execution}) for one flavour of Xray.
 *
 * <pre>{@code
 * XrayJsonWriter writer = XrayJsonWriter.of(Flavour.CLOUD);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *   writer.write(results, out);
 * }
 * }</pre>
 *
 * <p>The document is streamed: evidence files are read and base64-encoded while they are written, so a large
 * file is never held in memory whole. What differs between the flavours:
 *
 * <ul>
 *   <li>status names: {@link io.github.xray4j.core.model.Status#nameFor(Flavour)} ({@code PASS} on Server/DC,
 *       {@code PASSED} on Cloud);
 *   <li>evidence: {@code evidences} on Server/DC, {@code evidence} on Cloud (never both in one test).
 * </ul>
 *
 * <p>Dates are written as {@code yyyy-MM-dd'T'HH:mm:ssXXX} in UTC ({@code 2026-05-01T10:00:00+00:00}); an
 * iteration's duration as {@code 1h 2m 3s} (Xray's documentation shows no format for it; this one is kept in one
 * place should Xray want another). Absent values are left out rather than written as {@code null}.
 * Instances are immutable and thread-safe.
 */
public final class XrayJsonWriter {

  /** The issue type of a Test Execution in Jira, as the multipart {@code info} names it. */
  public static final String TEST_EXECUTION_ISSUE_TYPE = "Test Execution";

  private final Flavour flavour;

  private XrayJsonWriter(Flavour flavour) {
    this.flavour = requireNonNull(flavour, "flavour");
  }

  /** A writer for the given flavour of Xray. */
  public static XrayJsonWriter of(Flavour flavour) {
    return new XrayJsonWriter(flavour);
  }

  /** The flavour this writer writes for. */
  public Flavour flavour() {
    return flavour;
  }

  /**
   * Writes the import document to {@code out}, which is flushed but not closed.
   *
   * @throws IOException if {@code out} or an evidence file fails
   */
  public void write(ExecutionResults results, OutputStream out) throws IOException {
    ImportDocumentGenerator.write(requireNonNull(results, "results"), flavour, requireNonNull(out, "out"));
  }

  /**
   * The import document as bytes (UTF-8).
   *
   * @throws UncheckedIOException if an evidence file cannot be read
   */
  public byte[] toBytes(ExecutionResults results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(results, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the {@code info} part of a multipart import: the Jira fields of the new Test Execution (project,
   * summary, description, fix version, issue type {@value #TEST_EXECUTION_ISSUE_TYPE}) and, on Cloud,
   * {@code xrayFields} with the Test Plan and the environments. On Server/DC the Test Plan and environments are
   * custom fields whose ids differ per instance, so they are not written here: use the standard import, whose
   * {@code info} sets them.
   */
  public void writeMultipartInfo(ExecutionInfo info, OutputStream out) throws IOException {
    ImportDocumentGenerator.writeMultipartInfo(
        requireNonNull(info, "info"), flavour, TEST_EXECUTION_ISSUE_TYPE, requireNonNull(out, "out"));
  }

  /** The multipart {@code info} part as bytes (UTF-8). */
  public byte[] multipartInfoBytes(ExecutionInfo info) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeMultipartInfo(info, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "XrayJsonWriter[" + flavour + "]";
  }
}
