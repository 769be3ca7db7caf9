package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.json.JournalCodec;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * This JVM's journal: every finished result, appended as one line the moment it is added, so that a JVM that dies
 * loses at most the line being written. The file ({@code xray-journal-<time>-<pid>.jsonl}, owner-only) is locked
 * for as long as this JVM writes it; the operating system releases the lock when the JVM dies, which is how
 * {@link Recovery} tells an abandoned journal from a live one.
 *
 * <p>Lines, one JSON object each: a {@code header} (run id, pid, host, start, the Test Execution's fields), a
 * {@code result} per added result (with its sequence number), {@code creating} before a request that may create
 * the Test Execution, {@code ack} when Xray took results (the Test Execution key and, per test, the last result
 * it took), {@code end} when the run ended normally. Evidence given as bytes is written to
 * {@code <journal>.evidence/} at once, so that nothing waits in memory. Each line is written to the operating
 * system before the call returns (no {@code fsync}: a JVM crash, not a power cut, is what this guards against).
 */
final class Journal implements AutoCloseable {

  /**
   * The journals this JVM holds open. Recovery never opens one of them: on Linux, closing any channel to a file
   * releases every lock this JVM holds on it, so a look at our own journal would make it look abandoned.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private Path file;
  private Path evidenceDir;
  private final FileChannel channel;
  private final FileLock lock;
  private final AtomicInteger spilled = new AtomicInteger();
  private long seq;
  private boolean closed;

  private Journal(Path file, FileChannel channel, FileLock lock, long lastSeq) {
    this.file = file;
    this.evidenceDir = ResultsDirectory.evidenceDirOf(file);
    this.channel = channel;
    this.lock = lock;
    this.seq = lastSeq;
  }

  /** Whether this JVM holds {@code journal} open (then it is alive, and must not be opened to look). */
  static boolean isHeld(Path journal) {
    return HELD.contains(journal.toAbsolutePath().normalize());
  }

  /** Creates this JVM's journal in {@code dir} and writes its header. */
  static Journal create(Path dir, Instant start, String runId, ExecutionInfo info) throws IOException {
    long pid = ProcessHandle.current().pid();
    Path hidden = ResultsDirectory.createJournal(dir, start, pid);
    FileChannel channel = FileChannel.open(hidden, java.nio.file.StandardOpenOption.READ,
        java.nio.file.StandardOpenOption.WRITE);
    FileLock lock = channel.lock();
    Journal journal = new Journal(hidden, channel, lock, 0);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("run", runId);
    header.put("pid", pid);
    header.put("host", host());
    header.put("start", start.toString());
    journal.write(JournalCodec.header(header, info));
    journal.file = ResultsDirectory.showJournal(hidden); // the lock is on the file, not on its name
    journal.evidenceDir = ResultsDirectory.evidenceDirOf(journal.file);
    HELD.add(journal.file.toAbsolutePath().normalize());
    return journal;
  }

  /** Takes over an abandoned journal (its lock is already held) to append the recovery's lines to it. */
  static Journal resume(Path file, FileChannel channel, FileLock lock, long lastSeq) throws IOException {
    channel.position(channel.size());
    Journal journal = new Journal(file, channel, lock, lastSeq);
    HELD.add(file.toAbsolutePath().normalize());
    return journal;
  }

  Path file() {
    return file;
  }

  /**
   * Appends a result: its evidence bytes spilled to files first. Returns the result as journalled (the same,
   * but with evidence on disk) and its sequence number.
   */
  synchronized Entry append(@Nullable String unit, TestResult result) throws IOException {
    long next = seq + 1;
    TestResult onDisk = EvidenceWalk.map(result, evidence -> spill(next, evidence));
    write(JournalCodec.result(next, unit, onDisk));
    seq = next;
    return new Entry(next, unit, onDisk);
  }

  /**
   * Spills evidence bytes given before the result they belong to is complete: to {@code <journal>.evidence/} like
   * a result's, named with sequence number 0. Other evidence is returned as it is.
   */
  Evidence spill(Evidence evidence) throws IOException {
    return spill(0, evidence);
  }

  /**
   * A result with its sequence number in the journal.
   *
   * @param seq its sequence number, from 1
   * @param unit the test unit it is the result of, whose later result replaces it (a re-run), or null
   * @param result the result, its evidence on disk
   */
  record Entry(long seq, @Nullable String unit, TestResult result) {}

  /** Before a request that may create the Test Execution: a later run looks for it before creating another. */
  synchronized void creating(String runId) throws IOException {
    write(JournalCodec.line("creating", Map.of("run", runId)));
  }

  /** Xray took these tests (identity to the last result sequence number sent) into {@code executionKey}. */
  synchronized void ack(String executionKey, Map<String, Long> tests) throws IOException {
    write(JournalCodec.line("ack", Map.of("execution", executionKey, "tests", tests)));
  }

  /** The run ended normally; what was not sent is in results files. */
  synchronized void end(String how) throws IOException {
    write(JournalCodec.line("end", Map.of("how", how)));
  }

  /** Releases the lock; the file stays. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      HELD.remove(file.toAbsolutePath().normalize());
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // the OS releases the lock with the channel, or with the JVM
      }
    }
  }

  /** Closes and removes the journal and its evidence: for a run whose results are all in Xray or in files. */
  synchronized void delete() throws IOException {
    close();
    if (Files.isDirectory(evidenceDir)) {
      try (Stream<Path> files = Files.list(evidenceDir)) {
        for (Path spilledFile : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(spilledFile);
        }
      }
      Files.deleteIfExists(evidenceDir);
    }
    Files.deleteIfExists(file);
  }

  private void write(byte[] line) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(line);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private Evidence spill(long resultSeq, Evidence evidence) throws IOException {
    if (!(evidence instanceof Evidence.Bytes)) {
      return evidence;
    }
    Path target = ResultsDirectory.spillFile(evidenceDir, resultSeq, spilled.incrementAndGet(), evidence.filename());
    try (InputStream in = evidence.open(); OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    return Evidence.ofFile(target, evidence.filename(), evidence.contentType());
  }

  private static String host() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException | SecurityException e) {
      return "unknown";
    }
  }

  @Override
  public String toString() {
    return "Journal[" + file + "]";
  }
}
