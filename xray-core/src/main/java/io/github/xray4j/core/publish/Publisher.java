package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.forks.ExecutionKeyCoordinator;
import io.github.xray4j.core.internal.json.ImportDocument;
import io.github.xray4j.core.json.XrayJsonWriter;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Publishes a finished run to Xray, or re-sends results files written earlier.
 *
 * <pre>{@code
 * try (Publisher publisher = Publisher.create(config)) {
 *   PublishOutcome outcome = publisher.publish(results);           // a run
 *   PublishOutcome again = publisher.publishFiles(List.of(dir));   // files left by a failed run (the CLI)
 * }
 * }</pre>
 *
 * <p>Configuration read: {@code xray.output-dir}, {@code xray.dry-run}, {@code xray.batch-size},
 * {@code xray.test-execution-key}, {@code xray.publish-timeout}, {@code xray.evidence-max-size},
 * {@code xray.max-request-size}, {@code xray.publish-concurrency},
 * the flavour (Server/DC or Cloud) and everything {@link io.github.xray4j.core.client.XrayClient} reads.</p>
 *
 * <p>What {@link #publish} does:
 *
 * <ol>
 *   <li>writes the exact import documents to {@code xray.output-dir} <em>before</em> sending anything, one per
 *       batch of at most {@code xray.batch-size} tests and, estimated from the evidence, at most
 *       {@code xray.max-request-size} bytes (a single larger test goes alone), named
 *       {@code xray-results-<timestamp>.json}, then {@code -2}, {@code -3}... (owner-only permissions where the file system has them). Evidence larger than
 *       {@code xray.evidence-max-size}, or a file that cannot be read, is left out and reported as a problem. If
 *       the directory cannot be written, the results are still sent (from memory) and a problem says that no file
 *       keeps them;
 *   <li>with {@code xray.dry-run=true}, stops there;
 *   <li>sends the batches, all into one Test Execution: {@code xray.test-execution-key} if set, else the first
 *       batch creates one and every later batch (and its file) is pointed at its key. Once the key is known the
 *       batches go a few at a time ({@code xray.publish-concurrency}
 *       requests in flight), in no particular order;
 *   <li>if Xray answers 400 naming Test keys of the batch ({@code Test with key CALC-9 was not found!}), those
 *       results are left out, reported as problems, and the rest is sent again;
 *   <li>if Xray or a proxy answers 413 (request too large), the batch is sent again in two halves, down to one
 *       test per request;
 *   <li>stops at {@code xray.publish-timeout}, so a dead Xray cannot hang the build.
 * </ol>
 *
 * <p><b>The {@code .published} marker.</b> Once all of a results file's tests are in Xray, the publisher writes
 * {@code <file>.published} next to it: a text file whose line {@code testExecutionKey=CALC-2001} names the Test
 * Execution and whose optional line {@code rejected=CALC-9,CALC-10} lists the Test keys Xray refused.
 * {@link #publishFiles} skips files that carry a marker, so a file is never sent twice by mistake; delete the
 * marker to send it again. A file without a marker holds results Xray does not have.
 *
 * <p>Neither method throws for a network or server failure: the {@link PublishOutcome} says what went wrong and
 * which files still hold the results. {@link #create} throws {@link io.github.xray4j.core.config.XrayConfigException}
 * when the configuration cannot be used to publish.
 */
public final class Publisher implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Publisher.class.getName());

  /** How long, past {@code xray.publish-timeout}, the files not sent may take to be pointed at the execution. */
  private static final Duration RETARGET_GRACE = Duration.ofSeconds(1);

  private final XrayConfig config;
  private final Clock clock;
  private final XrayJsonWriter writer;
  private final @Nullable Importer importer;
  private final ExecutionKeyCoordinator forks;
  /** The run whose descriptions name it ({@code xray4j run <id>}), so that a lost creating answer can be looked up. */
  private volatile @Nullable String runId;
  /** Whether a creating request got no answer: before creating again, look for what it may have created. */
  private final AtomicBoolean creationUncertain = new AtomicBoolean();

  Publisher(XrayConfig config, Clock clock, @Nullable Importer importer) {
    this.config = requireNonNull(config, "config");
    this.clock = requireNonNull(clock, "clock");
    this.writer = XrayJsonWriter.of(config.flavour());
    this.importer = importer;
    this.forks = ExecutionKeyCoordinator.forConfig(config, clock);
  }

  /** A publisher for this configuration, with the system clock. */
  public static Publisher create(XrayConfig config) {
    return create(config, Clock.systemUTC());
  }

  /**
   * A publisher for this configuration that names files and measures time with {@code clock}.
   *
   * @throws io.github.xray4j.core.config.XrayConfigException if the configuration cannot be used to publish
   */
  public static Publisher create(XrayConfig config, Clock clock) {
    return new Publisher(config, clock, config.dryRun() ? null : Importers.forConfig(config));
  }

  /**
   * The run this publisher sends for: its Test Execution's description names it, so that when a creating request
   * gets no answer (a timeout once the body was sent, a reset connection), the next one first looks for the Test
   * Execution it may have created rather than create a second.
   */
  void runId(String id) {
    this.runId = requireNonNull(id, "id");
  }

  /**
   * The Test Execution in {@code project} whose description names run {@code id}: where a run whose creating
   * request got no answer may have gone. Empty in a dry run.
   */
  Optional<String> findCreated(String project, String id) throws Importer.Failure {
    return importer == null ? Optional.empty() : importer.findExecution(project, id);
  }

  /** The configuration this publisher was made with. */
  XrayConfig config() {
    return config;
  }

  /** The marker written next to a results file once it has been sent: {@code <file>.published}. */
  public static Path markerOf(Path resultsFile) {
    return ResultsDirectory.markerOf(resultsFile);
  }

  /** The Test Execution a results file was sent into, if its {@code .published} marker says so. */
  public static Optional<String> publishedTo(Path resultsFile) {
    return ResultsDirectory.publishedTo(resultsFile);
  }

  /** Writes the run's results files and sends them (unless dry run). Never throws for network or server failures. */
  public PublishOutcome publish(ExecutionResults results) {
    return publish(results, true);
  }

  /**
   * Like {@link #publish}, for the results of an earlier run recovered from its journal: they go into the Test
   * Execution that run used, or a new one, never into the one the JVMs of this build share.
   */
  PublishOutcome publishRecovered(ExecutionResults results) {
    return publish(results, false);
  }

  private PublishOutcome publish(ExecutionResults results, boolean joinForks) {
    requireNonNull(results, "results");
    Instant started = clock.instant();
    if (results.tests().isEmpty()) {
      return PublishOutcome.nothingToPublish("the run has no test results");
    }
    List<Problem> problems = new ArrayList<>();
    EvidenceLimit limit = new EvidenceLimit(config.evidenceMaxSize());
    List<TestResult> tests = new ArrayList<>(results.tests().size());
    for (TestResult test : results.tests()) {
      tests.add(limit.apply(test, problems));
    }
    problems.forEach(problem -> LOG.log(Level.WARNING, () -> "Xray: " + problem));
    ExecutionResults run = results.withTests(tests);
    if (run.testExecutionKey() == null && config.testExecutionKey().isPresent()) {
      run = run.withTestExecutionKey(config.testExecutionKey().get());
    }
    RequestSize requests = new RequestSize(config.batchSize(), config.maxRequestSize());
    List<Batch> batches = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try {
      int next = 1;
      for (ExecutionResults part : requests.batches(run)) {
        ResultsDirectory.Created created = ResultsDirectory.create(config.outputDir(), started, next);
        next = created.number() + 1;
        Path file = created.file();
        files.add(file);
        ReadableEvidence.write(part, written -> ResultsDirectory.write(file, out -> writer.write(written, out)),
            problem -> {
              LOG.log(Level.WARNING, () -> "Xray: " + problem);
              problems.add(problem);
            });
        // sent from the bytes written: what the file keeps is what Xray gets, whatever becomes of the evidence
        batches.addAll(Batch.OfFile.read(ImportDocument.read(file), Integer.MAX_VALUE, Long.MAX_VALUE));
      }
    } catch (IOException | UncheckedIOException | SecurityException | IllegalArgumentException e) {
      if (importer == null) {
        return failedBeforeSending("the results could not be written to " + config.outputDir() + " ("
            + describe(e) + "): check that xray.output-dir points to a writable directory with free space.",
            run.tests().size(), problems, List.of(), started);
      }
      // Losing the disk must not lose the results: send them from memory, and say that no file keeps them.
      Problem unwritten = new Problem("results file", "the results could not be written to " + config.outputDir()
          + " (" + describe(e) + "), so no file keeps them; check that xray.output-dir points to a writable"
          + " directory with free space");
      LOG.log(Level.WARNING, () -> "Xray: " + unwritten);
      problems.add(unwritten);
      deleteQuietly(files);
      files.clear();
      batches.clear();
      for (ExecutionResults part : requests.batches(run)) {
        batches.add(Batch.OfRun.inMemory(part, writer));
      }
    }
    return sendOrDryRun(batches, run.tests().size(), problems, files, run.testExecutionKey(), started, joinForks,
        () -> {}).outcome();
  }

  /**
   * What a live send achieved: the outcome, and the Test keys Xray refused (in a 400 or inside a 200), which are
   * not in Xray although the outcome may say published.
   */
  record Sent(PublishOutcome outcome, Set<String> refused) {}

  /**
   * Sends a part of a run from memory, writing no results file (the {@link Journal} keeps the results): what the
   * live sender does while tests run. {@code beforeCreating} runs before each request that may create the Test
   * Execution. The JVMs of one build share one Test Execution as in {@link #publish}.
   */
  Sent sendLive(ExecutionResults run, Runnable beforeCreating) {
    Instant started = clock.instant();
    List<Problem> problems = new ArrayList<>();
    EvidenceLimit limit = new EvidenceLimit(config.evidenceMaxSize());
    List<TestResult> tests = new ArrayList<>(run.tests().size());
    for (TestResult test : run.tests()) {
      tests.add(limit.apply(test, problems));
    }
    List<Batch> batches = new ArrayList<>();
    for (ExecutionResults part : new RequestSize(config.batchSize(), config.maxRequestSize())
        .batches(run.withTests(tests))) {
      batches.add(Batch.OfRun.inMemory(part, writer));
    }
    return sendOrDryRun(batches, tests.size(), problems, List.of(), run.testExecutionKey(), started, true,
        beforeCreating);
  }

  /**
   * Sends results files written earlier (by a run that could not publish, or with {@code xray.dry-run}), all into
   * one Test Execution: {@code xray.test-execution-key} if set, else the one the first file names, else the one
   * the first batch creates. Directories are searched for {@code xray-results-*.json}. Files that carry a
   * {@code .published} marker are skipped. A file with more tests than {@code xray.batch-size}, or larger than
   * {@code xray.max-request-size}, is sent in parts and marked once all parts are in.
   */
  public PublishOutcome publishFiles(List<Path> filesOrDirectories) {
    Instant started = clock.instant();
    List<Path> files;
    try {
      files = ResultsDirectory.resultsFiles(filesOrDirectories);
    } catch (IOException | UncheckedIOException e) {
      return failedBeforeSending("the results files could not be listed (" + describe(e) + ").", 0, List.of(),
          List.of(), started);
    }
    List<Path> alreadySent = new ArrayList<>();
    List<Path> toSend = new ArrayList<>();
    for (Path file : files) {
      (publishedTo(file).isPresent() ? alreadySent : toSend).add(file);
    }
    if (toSend.isEmpty()) {
      return PublishOutcome.nothingToPublish(files.isEmpty()
          ? "no xray-results-*.json file in " + filesOrDirectories
          : "every file was published already (" + markers(alreadySent) + "); delete a .published marker to send"
              + " its file again");
    }
    List<Batch> batches = new ArrayList<>();
    int tests = 0;
    @Nullable String key = config.testExecutionKey().orElse(null);
    for (Path file : toSend) {
      ImportDocument document;
      try {
        document = ImportDocument.read(file);
      } catch (IOException | IllegalArgumentException e) {
        String reason = (e instanceof IllegalArgumentException ? e.getMessage() : file + " cannot be read ("
            + describe(e) + ")") + "; nothing was sent. Remove it from the files to publish.";
        return failedBeforeSending(reason, 0, List.of(), toSend, started);
      }
      key = key != null ? key : document.testExecutionKey();
      tests += document.testCount();
      batches.addAll(Batch.OfFile.read(document, config.batchSize(), config.maxRequestSize()));
    }
    return sendOrDryRun(batches, tests, List.of(), toSend, key, started, false, () -> {}).outcome();
  }

  /**
   * Links the Tests of a published run to the requirements they cover ({@code requirement -> Tests}), once each;
   * nothing in a dry run. A requirement Xray does not know, or that is not a requirement, gets one warning naming
   * it and what to check; the results are in Xray either way.
   *
   * @return how many requirements were linked
   */
  int linkRequirements(Map<String, Set<String>> testsByRequirement) {
    if (importer == null || testsByRequirement.isEmpty()) {
      return 0;
    }
    int linked = 0;
    for (Map.Entry<String, Set<String>> requirement : testsByRequirement.entrySet()) {
      try {
        importer.linkTestsToRequirement(requirement.getKey(), requirement.getValue());
        linked++;
      } catch (Importer.Failure e) {
        LOG.log(Level.WARNING, () -> "Xray: cannot link " + String.join(", ", requirement.getValue())
            + " to requirement " + requirement.getKey() + ": " + e.getMessage() + " Check that "
            + requirement.getKey() + " is a requirement (an issue type Xray covers, such as a Story) and fix"
            + " @Requirement or the @REQ_ tag that names it; the results themselves are in Xray.");
      }
    }
    return linked;
  }

  /** Releases the HTTP client's resources. Publishing again after closing is not supported. */
  @Override
  public void close() {
    if (importer != null) {
      importer.close();
    }
  }

  // ---- sending --------------------------------------------------------------------------------------------

  /**
   * Sends the batches. With {@code joinForks} and no key yet, the JVMs of this build share one Test Execution
   * (see {@link ExecutionKeyCoordinator}): the first creates it, the others import into it.
   */
  private Sent sendOrDryRun(List<Batch> batches, int tests, List<Problem> problems, List<Path> files,
      @Nullable String key, Instant started, boolean joinForks, Runnable beforeCreating) {
    if (importer == null) {
      return new Sent(new PublishOutcome(Kind.DRY_RUN, key, null, tests, 0, problems, null, files, List.of(),
          since(started)), Set.of());
    }
    if (key == null && batches.get(0).project() == null) {
      return new Sent(failedBeforeSending("there is no Test Execution to import into and no project to create one in: set"
          + " xray.project-key (XRAY_PROJECT_KEY), or xray.test-execution-key (XRAY_TEST_EXECUTION_KEY) to use an"
          + " existing Test Execution.", tests, problems, files, started), Set.of());
    }
    @Nullable String project = batches.get(0).project();
    Progress progress = new Progress(key, problems, beforeCreating, () -> {
      @Nullable String id = runId;
      if (!creationUncertain.get() || id == null || project == null) {
        return Optional.empty();
      }
      Optional<String> found = importer.findExecution(project, id);
      creationUncertain.set(false);
      found.ifPresent(created -> LOG.log(Level.INFO, () -> "Xray: the request that created " + created + " got no"
          + " answer; the results go into it"));
      return found;
    }, () -> creationUncertain.set(true));
    ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "xray4j-publisher");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<?> sending = sender.submit(() -> {
        try (ExecutionKeyCoordinator.Claim claim = joinForks && progress.key() == null
            ? forks.claim(started.plus(config.publishTimeout())) : ExecutionKeyCoordinator.Claim.none()) {
          claim.key().ifPresent(progress::join);
          sendAll(new ArrayList<>(batches), importer, progress, claim::record);
        }
        return null;
      });
      try {
        sending.get(config.publishTimeout().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        progress.fail("Xray did not finish within xray.publish-timeout (" + config.publishTimeout() + "): check that"
            + " " + config.url().map(URI::toString).orElse("Xray") + " is reachable and answering, or raise"
            + " xray.publish-timeout.");
        sending.cancel(true);
        sender.shutdownNow();
        // a moment for the sending thread to point the files it did not send at the created execution
        try {
          sender.awaitTermination(RETARGET_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      } catch (ExecutionException e) {
        progress.fail(reasonFor(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        progress.fail("publishing was interrupted before it finished.");
        sending.cancel(true);
      }
    } finally {
      sender.shutdownNow();
    }
    return new Sent(Redaction.of(config).apply(progress.outcome(tests, files, batches, since(started))),
        progress.refused());
  }

  /**
   * Sends the batches into one Test Execution. The first batch goes alone (without a key, batches go one at a
   * time until one creates the Test Execution, and {@code created} hears of it); then the rest go
   * {@code xray.publish-concurrency} at a time, each retargeting its file first: Xray takes imports into one Test
   * Execution in any order, and a few at a time hide most of each request's round trip. Whatever was not sent when
   * sending stops (a failure, the deadline) is left pointed at the key.
   */
  private void sendAll(List<Batch> batches, Importer importer, Progress progress, Consumer<String> created)
      throws IOException, Importer.Failure, InterruptedException {
    Queue<Batch> pending = new ConcurrentLinkedQueue<>(batches);
    try {
      @Nullable String key = progress.key();
      do {
        key = sendBatch(pending.remove(), key, importer, progress, created);
      } while (key == null && !pending.isEmpty() && !progress.isOver());
      if (key != null && !pending.isEmpty()) {
        sendConcurrently(pending, key, importer, progress);
      }
    } finally {
      @Nullable String key = progress.key();
      if (key != null && !pending.isEmpty()) {
        // files not sent name the execution, so that re-sending them goes there too; even at the deadline, whose
        // interrupt would close the file channels, so it is held back until they are written
        boolean interrupted = Thread.interrupted();
        try {
          for (Batch unsent : pending) {
            try {
              unsent.into(key);
            } catch (IOException | UncheckedIOException e) {
              progress.fail(reasonFor(e));
            }
          }
        } finally {
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }

  /**
   * Sends the pending batches into {@code key} on up to {@code xray.publish-concurrency} threads; the first failure
   * stops it (batches in flight finish, the others stay pending).
   */
  private void sendConcurrently(Queue<Batch> pending, String key, Importer importer, Progress progress)
      throws InterruptedException {
    int threads = Math.min(config.publishConcurrency(), pending.size());
    ExecutorService senders = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "xray4j-publisher-batch");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        running.add(senders.submit(() -> {
          try {
            for (Batch batch; !progress.isOver() && (batch = pending.poll()) != null; ) {
              sendBatch(batch, key, importer, progress, created -> {});
            }
          } catch (IOException | Importer.Failure | RuntimeException e) {
            progress.fail(reasonFor(e));
          }
        }));
      }
      for (Future<?> sender : running) {
        try {
          sender.get();
        } catch (ExecutionException e) {
          progress.fail(reasonFor(e.getCause()));
        }
      }
    } finally {
      senders.shutdownNow();
    }
  }

  /**
   * Sends one batch, into {@code key} if known, else creating the Test Execution (and telling {@code created}).
   * A batch Xray answers 400 naming some of its Test keys is sent again without them; a batch too large for Xray
   * (413) is sent in halves, one after the other. Returns the key the batch went into, or null if none of it did.
   */
  private static @Nullable String sendBatch(Batch batch, @Nullable String key, Importer importer, Progress progress,
      Consumer<String> created) throws IOException, Importer.Failure {
    Deque<Batch> parts = new ArrayDeque<>();
    parts.add(batch);
    while (!parts.isEmpty() && !progress.isOver()) {
      Batch part = key != null ? parts.poll().into(key) : parts.poll();
      Set<String> rejected = new LinkedHashSet<>();
      Importer.@Nullable Imported imported = null;
      boolean halved = false;
      if (key == null) {
        Optional<String> createdBefore = progress.createdBefore.find();
        if (createdBefore.isPresent()) {
          key = createdBefore.get();
          created.accept(key);
          part = part.into(key);
        }
      }
      while (part.testCount() > 0) {
        try {
          if (key == null) {
            progress.beforeCreating.run();
          }
          imported = importer.importExecution(part.document());
          break;
        } catch (Importer.Failure failure) {
          if (key == null && failure.outcomeUnknown()) {
            progress.creationUncertain.run();
          }
          if (failure.reason() == Importer.Failure.Reason.TOO_LARGE && part.testCount() > 1) {
            int tests = part.testCount();
            LOG.log(Level.INFO, () -> "Xray: " + tests + " results were too large for one request; sending them"
                + " in two halves (lower xray.max-request-size to avoid this)");
            List<Batch> halves = part.halves();
            parts.addFirst(halves.get(1));
            parts.addFirst(halves.get(0));
            halved = true;
            break;
          }
          Set<String> named = new LinkedHashSet<>(failure.namedKeys());
          named.retainAll(part.testKeys());
          if (failure.reason() != Importer.Failure.Reason.REJECTED || named.isEmpty()) {
            throw failure;
          }
          for (String bad : named) {
            progress.problem(new Problem(bad, "Xray rejected it, so it was left out and the other results were sent"
                + " again: " + failure.getMessage()));
          }
          rejected.addAll(named);
          progress.refused(named);
          part = part.without(named);
        }
      }
      if (halved) {
        continue;
      }
      Set<String> refusedIn200 = new LinkedHashSet<>();
      if (imported != null) {
        if (key == null) {
          key = imported.testExecutionKey();
          created.accept(key);
        }
        refusedIn200.addAll(imported.refusedKeys());
        refusedIn200.retainAll(part.testKeys());
        progress.refused(refusedIn200);
        progress.accepted(key, imported, part.testCount() - refusedIn200.size());
      }
      if (key != null && refusedIn200.isEmpty()) {
        part.file.batchSent(key, rejected);
      } else if (key != null) {
        part.into(key); // not marked: the tests Xray refused in its answer are not in Xray; re-sending goes there
      }
    }
    return key;
  }

  private String reasonFor(@Nullable Throwable cause) {
    if (cause instanceof Importer.Failure failure) {
      return failure.getMessage();
    }
    if (cause instanceof IOException || cause instanceof UncheckedIOException) {
      return "a results file in " + config.outputDir() + " could not be read or rewritten (" + describe(cause)
          + "): check that xray.output-dir is writable.";
    }
    return "publishing failed unexpectedly (" + describe(cause) + ").";
  }

  private PublishOutcome failedBeforeSending(
      String reason, int tests, List<Problem> problems, List<Path> files, Instant started) {
    return new PublishOutcome(Kind.FAILED, null, null, tests, 0, problems, reason, files, files, since(started));
  }

  private Duration since(Instant started) {
    Duration elapsed = Duration.between(started, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a partial file without a marker is re-sent or rejected later; nothing is lost by keeping it
      }
    }
  }

  private static String markers(List<Path> files) {
    return files.stream().map(f -> f.getFileName() + " -> " + publishedTo(f).orElse("?")).toList().toString();
  }

  static String describe(@Nullable Throwable e) {
    if (e == null) {
      return "unknown cause";
    }
    return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
  }

  /** The Test Execution an earlier creating request of this run may have created, if Xray has it. */
  private interface CreatedBefore {
    Optional<String> find() throws Importer.Failure;
  }

  /** What the sending thread achieved; read by the caller when it finished, failed or ran out of time. */
  private static final class Progress {
    private @Nullable String key;
    private @Nullable URI browseUrl;
    private int published;
    private final List<Problem> problems;
    private final Set<String> refused = new LinkedHashSet<>();
    private @Nullable String failure;
    final Runnable beforeCreating;
    final CreatedBefore createdBefore;
    final Runnable creationUncertain;

    Progress(@Nullable String key, List<Problem> problems, Runnable beforeCreating, CreatedBefore createdBefore,
        Runnable creationUncertain) {
      this.key = key;
      this.problems = new ArrayList<>(problems);
      this.beforeCreating = beforeCreating;
      this.createdBefore = createdBefore;
      this.creationUncertain = creationUncertain;
    }

    synchronized void refused(Set<String> keys) {
      refused.addAll(keys);
    }

    synchronized Set<String> refused() {
      return Set.copyOf(refused);
    }

    synchronized @Nullable String key() {
      return key;
    }

    synchronized void join(String executionKey) {
      key = executionKey;
    }

    synchronized boolean isOver() {
      return failure != null;
    }

    synchronized void problem(Problem problem) {
      problems.add(problem);
    }

    synchronized void accepted(String executionKey, Importer.Imported imported, int tests) {
      key = executionKey;
      if (imported.browseUrl() != null) {
        browseUrl = imported.browseUrl();
      }
      published += tests;
      problems.addAll(imported.problems());
    }

    synchronized void fail(String reason) {
      if (failure == null) {
        failure = reason;
      }
    }

    synchronized PublishOutcome outcome(int tests, List<Path> files, List<Batch> batches, Duration elapsed) {
      Set<Path> unsent = new LinkedHashSet<>();
      for (Batch batch : batches) {
        if (!batch.file.isSent() && batch.file.path != null) {
          unsent.add(batch.file.path);
        }
      }
      String reason = failure;
      if (reason == null && key == null) {
        reason = "Xray accepted none of the results.";
      }
      Kind kind = reason != null ? Kind.FAILED : Kind.PUBLISHED;
      return new PublishOutcome(kind, key, browseUrl, tests, published, problems, reason, files,
          List.copyOf(unsent), elapsed);
    }
  }
}
