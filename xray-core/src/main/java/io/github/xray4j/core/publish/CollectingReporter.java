package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The active reporter: each result goes to the journal at once ({@link Journal}), a {@link LiveSender} publishes
 * what is pending while tests run, and {@link #finish()} recovers runs interrupted earlier, sends the rest and
 * logs the one summary line.
 */
final class CollectingReporter implements XrayReporter {

  private static final System.Logger LOG = System.getLogger(XrayReporter.class.getName());
  private static final DateTimeFormatter SUMMARY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final XrayConfig config;
  private final Clock clock;
  private final Publisher publisher;
  /** When the run began: the reporter's creation, or earlier if the adapter says so before the first result. */
  private volatile Instant start;
  /** Requirement -> the existing Tests to link to it once the run is published. */
  private final Map<String, Set<String>> requirements = new ConcurrentHashMap<>();
  /** What the adapter did not report, for the summary line. */
  private volatile @Nullable String leftOut;
  private final String runId = UUID.randomUUID().toString().replace("-", "");
  private final @Nullable String configuredKey;
  private final RunResults results;
  private final @Nullable LiveSender live;
  private final Object journalLock = new Object();
  private @Nullable Journal journal;
  private boolean journalFailed;
  private long memorySeq;
  private final AtomicBoolean finishing = new AtomicBoolean();
  private final CompletableFuture<PublishOutcome> outcome = new CompletableFuture<>();

  CollectingReporter(XrayConfig config, Clock clock, Publisher publisher) {
    this.config = requireNonNull(config, "config");
    this.clock = requireNonNull(clock, "clock");
    this.publisher = requireNonNull(publisher, "publisher");
    this.start = clock.instant();
    this.configuredKey = config.testExecutionKey().orElse(null); // decided once, here
    this.results = new RunResults(new ResultMerger(StatusRanking.of(config)));
    publisher.runId(runId);
    if (config.dryRun() || config.liveInterval().isZero()) {
      this.live = null;
    } else {
      this.live = new LiveSender(config.liveInterval(), config.batchSize(), results, configuredKey,
          (key, tests) -> new ExecutionResults(key, info(clock.instant()), tests), publisher::sendLive,
          new LiveSender.JournalWriter() {
            @Override
            public void creating() throws IOException {
              Journal open = journalOrNull();
              if (open != null) {
                open.creating(runId);
              }
            }

            @Override
            public void ack(String executionKey, Map<String, Long> tests) throws IOException {
              Journal open = journalOrNull();
              if (open != null) {
                open.ack(executionKey, tests);
              }
            }
          });
      this.live.start();
    }
  }

  @Override
  public boolean isActive() {
    return true;
  }

  @Override
  public void linkRequirements(String testKey, Collection<String> requirementKeys) {
    requireNonNull(testKey, "testKey");
    for (String requirement : requirementKeys) {
      requirements.computeIfAbsent(requirement, any -> ConcurrentHashMap.newKeySet()).add(testKey);
    }
  }

  @Override
  public void leftOut(@Nullable String note) {
    leftOut = note;
  }

  @Override
  public void runStarted(Instant when) {
    requireNonNull(when, "when");
    synchronized (journalLock) {
      if (journal == null && memorySeq == 0 && when.isBefore(start)) {
        start = when;
      }
    }
  }

  @Override
  public void add(TestResult result) {
    add(null, result);
  }

  @Override
  public void add(@Nullable String unit, TestResult result) {
    requireNonNull(result, "result");
    if (finishing.get()) {
      LOG.log(Level.WARNING, () -> "Xray: the result of " + result.identity() + " arrived after the run was"
          + " published and is not included; report results before the test run finishes");
      return;
    }
    synchronized (journalLock) {
      results.add(journalled(unit, result));
    }
    if (live != null) {
      live.nudge();
    }
  }

  @Override
  public Evidence spill(Evidence evidence) {
    requireNonNull(evidence, "evidence");
    if (!(evidence instanceof Evidence.Bytes)) {
      return evidence;
    }
    synchronized (journalLock) {
      Journal open = openJournal();
      if (open != null) {
        try {
          return open.spill(evidence);
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.WARNING, () -> "Xray: cannot write evidence " + evidence.filename() + " next to the journal "
              + open.file() + " (" + Publisher.describe(e) + "); it is kept in memory until the run ends: check"
              + " that xray.output-dir has free space");
        }
      }
    }
    return evidence;
  }

  /** The result written to the journal (created with the first result), or kept in memory if it cannot be. */
  private Journal.Entry journalled(@Nullable String unit, TestResult result) {
    Journal open = openJournal();
    if (open != null) {
      try {
        return open.append(unit, result);
      } catch (IOException | RuntimeException e) {
        failJournal(e);
      }
    }
    return new Journal.Entry(++memorySeq, unit, result);
  }

  /** This JVM's journal, created the first time it is needed; null once it could not be written. */
  private @Nullable Journal openJournal() {
    if (!journalFailed && journal == null) {
      try {
        journal = Journal.create(config.outputDir(), start, runId, info(null));
      } catch (IOException | RuntimeException e) {
        failJournal(e);
      }
    }
    return journalFailed ? null : journal;
  }

  private void failJournal(Exception e) {
    journalFailed = true;
    LOG.log(Level.WARNING, () -> "Xray: cannot write the journal in " + config.outputDir() + " ("
        + Publisher.describe(e) + "); the results are kept in memory only, so a JVM that dies now loses"
        + " them: check that xray.output-dir points to a writable directory with free space");
  }

  private @Nullable Journal journalOrNull() {
    synchronized (journalLock) {
      return journal;
    }
  }

  @Override
  public PublishOutcome finish() {
    if (finishing.compareAndSet(false, true)) {
      PublishOutcome published;
      try {
        if (live != null) {
          live.stop();
        }
        recoverInterruptedRuns();
        published = publishRest().withLeftOut(leftOut);
        if (published.kind() == PublishOutcome.Kind.PUBLISHED) {
          publisher.linkRequirements(sortedCopy(requirements));
        }
        LOG.log(published.isFailure() ? Level.WARNING : Level.INFO, published::summaryLine);
        closeJournal(published);
      } catch (RuntimeException e) {
        // a defect of ours must not fail the user's test run: say so once, loudly, and carry on
        published = new PublishOutcome(PublishOutcome.Kind.FAILED, null, null, results.testCount(), 0, List.of(),
            "xray4j failed unexpectedly (" + Publisher.describe(e) + "); please report this with the stack trace"
                + " logged with this line.", List.of(), List.of(), Duration.ZERO);
        PublishOutcome failed = published;
        LOG.log(Level.ERROR, failed.summaryLine(), e);
      } finally {
        publisher.close();
      }
      outcome.complete(published);
    }
    return outcome.join();
  }

  /** The journals of runs whose JVM died, in the same output directory: sent into their own Test Execution. */
  private void recoverInterruptedRuns() {
    if (config.dryRun()) {
      return;
    }
    Recovery.recover(config.outputDir(), publisher, (run, file, count) -> {
      try {
        Optional<String> created = config.projectKey().isPresent()
            ? publisher.findCreated(config.projectKey().get(), run) : Optional.empty();
        return Optional.of(created.map(Recovery.Target::new).orElseGet(Recovery.Target::newExecution));
      } catch (Importer.Failure e) {
        LOG.log(Level.WARNING, () -> "Xray: " + file + " holds " + count + " results of an interrupted run whose"
            + " Test Execution may have been created without its key reaching us, and it cannot be looked up ("
            + e.getMessage() + "); they are kept: send them with java -jar xray-cli.jar publish "
            + config.outputDir() + " --test-execution KEY (or --new)");
        return Optional.empty();
      }
    }).forEach(recovered -> LOG.log(recovered.outcome().isFailure() ? Level.WARNING : Level.INFO,
        recovered::summaryLine));
  }

  /** Sends what the live sender did not (everything, when it is off), and tells of the whole run. */
  private PublishOutcome publishRest() {
    if (results.testCount() == 0) {
      return PublishOutcome.nothingToPublish("no test reported a result for Xray");
    }
    RunResults.Pending rest = results.pending();
    @Nullable String liveKey = live != null ? live.key() : null;
    if (live == null || (liveKey == null && !results.anyAcked())) {
      return publisher.publish(new ExecutionResults(configuredKey, info(clock.instant()), rest.tests()));
    }
    Instant began = clock.instant();
    PublishOutcome end = rest.isEmpty() ? null
        : publisher.publish(new ExecutionResults(liveKey, info(clock.instant()), rest.tests()));
    Set<String> refused = live.refused();
    List<PublishOutcome.Problem> problems = new ArrayList<>(live.problems());
    int total = results.testCount();
    int sentLive = total - rest.tests().size() - refused.size();
    if (end == null) {
      return new PublishOutcome(PublishOutcome.Kind.PUBLISHED, liveKey, live.browseUrl(), total, sentLive,
          problems, null, List.of(), List.of(), Duration.between(began, clock.instant()));
    }
    Set<PublishOutcome.Problem> all = new LinkedHashSet<>(problems);
    all.addAll(end.problems());
    return new PublishOutcome(end.kind(), end.testExecutionKey() != null ? end.testExecutionKey() : liveKey,
        end.browseUrl() != null ? end.browseUrl() : live.browseUrl(), total, sentLive + end.published(),
        List.copyOf(all), end.reason(), end.files(), end.unsentFiles(), end.elapsed());
  }

  /**
   * Ends the journal: removed when every result is in Xray or in a results file (the journal then holds nothing
   * they do not), kept with an end line otherwise.
   */
  private void closeJournal(PublishOutcome published) {
    Journal open = journalOrNull();
    if (open == null) {
      return;
    }
    try {
      boolean kept = published.isFailure() && published.files().isEmpty();
      if (kept) {
        open.close(); // no end line: the next run, or the CLI, recovers it
      } else {
        open.end(published.kind().name());
        open.delete();
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "Xray: cannot close the journal " + open.file() + ": " + e);
      open.close();
    }
  }

  /**
   * The Test Execution's fields. When this run may create it (no key configured, not a dry run), the description
   * names the run
   * ({@code xray4j run <id>}), so that a creating request whose answer was lost can be found again.
   */
  private ExecutionInfo info(@Nullable Instant finish) {
    @Nullable String description = config.description().orElse(null);
    if (configuredKey == null && !config.dryRun()) {
      description = (description == null ? "" : description + "\n\n") + "xray4j run " + runId;
    }
    return new ExecutionInfo(
        config.projectKey().orElse(null),
        config.summary().orElseGet(() -> "Automated test run " + SUMMARY_TIME.format(start)),
        description,
        config.fixVersion().orElse(null),
        config.revision().orElse(null),
        config.user().orElse(null),
        start,
        finish,
        config.testPlanKey().orElse(null),
        config.testEnvironments());
  }

  /** The links in key order, so that requests and warnings come in the same order run after run. */
  private static Map<String, Set<String>> sortedCopy(Map<String, Set<String>> links) {
    Map<String, Set<String>> sorted = new java.util.TreeMap<>();
    links.forEach((requirement, tests) -> sorted.put(requirement, new java.util.TreeSet<>(tests)));
    return sorted;
  }

  @Override
  public String toString() {
    return "XrayReporter[" + results.testCount() + " tests, " + (finishing.get() ? "finished" : "collecting") + "]";
  }
}
