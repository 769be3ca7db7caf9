package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.ExecutionResults;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sends the results of runs whose JVM died: a journal without an {@code end} line whose lock nobody holds. Its
 * results that Xray did not acknowledge go into the Test Execution that run used (a new one only when it had
 * none), results files are written for them first as for any run, and the journal is closed with an {@code end}
 * line. Used by the next run that publishes from the same output directory, and by {@code xray-cli publish DIR}.
 */
public final class Recovery {

  private static final System.Logger LOG = System.getLogger(XrayReporter.class.getName());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** Where a recovered run goes when its creating request got no answer we know of. */
  public interface UnknownExecution {
    /**
     * Where to send the run's results, or empty to leave the journal as it is (it stays to be recovered).
     *
     * @param runId the run id its creating request carried
     * @param journal the journal
     * @param results how many Tests' results it holds that Xray did not acknowledge
     */
    Optional<Target> resolve(String runId, Path journal, int results);
  }

  /**
   * Where a recovered run goes.
   *
   * @param key the Test Execution to import into, or null to create a new one
   */
  public record Target(@Nullable String key) {
    /** A new Test Execution. */
    public static Target newExecution() {
      return new Target(null);
    }
  }

  /**
   * One recovered run.
   *
   * @param journal the journal it came from
   * @param pid the process that died
   * @param interruptedAt when its journal was last written
   * @param results how many Tests' results were sent now (what Xray had acknowledged is not counted)
   * @param outcome what became of them
   */
  public record Recovered(Path journal, long pid, Instant interruptedAt, int results, PublishOutcome outcome) {
    public Recovered {
      requireNonNull(journal, "journal");
      requireNonNull(interruptedAt, "interruptedAt");
      requireNonNull(outcome, "outcome");
    }

    /** {@code Xray: recovered 41 results of the run interrupted at 10:42:07 UTC (pid 1234): ...}. */
    public String summaryLine() {
      return "Xray: recovered " + (results == 1 ? "1 result" : results + " results") + " of the run interrupted at "
          + TIME.format(interruptedAt) + " (pid " + pid + "): " + outcome.summaryLine().substring("Xray: ".length());
    }
  }

  private final Publisher publisher;
  private final ResultMerger merger;
  private final UnknownExecution unknown;

  Recovery(Publisher publisher, ResultMerger merger, UnknownExecution unknown) {
    this.publisher = requireNonNull(publisher, "publisher");
    this.merger = requireNonNull(merger, "merger");
    this.unknown = requireNonNull(unknown, "unknown");
  }

  /**
   * Recovers every abandoned journal in {@code dir} with this publisher. {@code unknown} decides where a run goes
   * whose creating request got no answer we know of.
   */
  public static List<Recovered> recover(Path dir, Publisher publisher, UnknownExecution unknown) {
    return new Recovery(publisher, new ResultMerger(StatusRanking.of(publisher.config())), unknown).recover(dir);
  }

  List<Recovered> recover(Path dir) {
    List<Path> journals;
    try {
      journals = ResultsDirectory.journals(dir);
    } catch (IOException e) {
      LOG.log(Level.WARNING, () -> "Xray: cannot look for journals of interrupted runs in " + dir + ": " + e);
      return List.of();
    }
    List<Recovered> recovered = new ArrayList<>();
    for (Path journal : journals) {
      try {
        recoverOne(journal).ifPresent(recovered::add);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, () -> "Xray: cannot recover the interrupted run in " + journal + " ("
            + Publisher.describe(e) + "); it is kept: send it with java -jar xray-cli.jar publish " + dir);
      }
    }
    return recovered;
  }

  private Optional<Recovered> recoverOne(Path file) throws IOException {
    if (Journal.isHeld(file)) {
      return Optional.empty(); // alive: this JVM writes it (and opening it here would release its lock)
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException ours) {
        return Optional.empty(); // this JVM's own journal
      }
      if (lock == null) {
        return Optional.empty(); // its JVM is alive
      }
      Instant interruptedAt = Files.getLastModifiedTime(file).toInstant();
      JournalContent content = JournalContent.read(channel, file.toString());
      if (content.ended()) {
        return Optional.empty();
      }
      RunResults run = new RunResults(merger);
      Instant finish = content.start();
      for (Journal.Entry entry : content.results()) {
        run.add(entry);
        finish = later(finish, entry.result().finish());
      }
      run.acked(content.acked());
      RunResults.Pending pending = run.pending();
      @Nullable String key = content.executionKey();
      if (key == null && content.creatingUnanswered() && !pending.isEmpty()) {
        Optional<Target> resolved = unknown.resolve(content.runId(), file, pending.tests().size());
        if (resolved.isEmpty()) {
          return Optional.empty();
        }
        key = resolved.get().key();
      }
      try (Journal journal = Journal.resume(file, channel, lock, 0)) {
        if (pending.isEmpty()) {
          journal.end("recovered: nothing was left to send");
          journal.delete();
          return Optional.empty();
        }
        ExecutionResults results =
            new ExecutionResults(key, content.info().withDates(content.start(), finish), pending.tests());
        PublishOutcome outcome = publisher.publishRecovered(results);
        // sent, or kept in results files that name what went wrong: either way the journal's work is done
        if (!outcome.files().isEmpty() || outcome.kind() == PublishOutcome.Kind.PUBLISHED) {
          journal.end("recovered into " + (outcome.testExecutionKey() != null ? outcome.testExecutionKey()
              : "results files"));
          journal.delete(); // like a run that ends normally: the journal holds nothing Xray or the files do not
        }
        return Optional.of(new Recovered(file, content.pid(), interruptedAt, pending.tests().size(), outcome));
      }
    }
  }

  private static Instant later(Instant a, @Nullable Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }
}
