package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The active reporter: a lock-free queue of results while tests run; merging, building the run and publishing
 * once, in {@link #finish()}.
 */
final class CollectingReporter implements XrayReporter {

  private static final System.Logger LOG = System.getLogger(XrayReporter.class.getName());
  private static final DateTimeFormatter SUMMARY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final XrayConfig config;
  private final Clock clock;
  private final Publisher publisher;
  private final Instant start;
  private final ConcurrentLinkedQueue<TestResult> results = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean finishing = new AtomicBoolean();
  private final CompletableFuture<PublishOutcome> outcome = new CompletableFuture<>();

  CollectingReporter(XrayConfig config, Clock clock, Publisher publisher) {
    this.config = requireNonNull(config, "config");
    this.clock = requireNonNull(clock, "clock");
    this.publisher = requireNonNull(publisher, "publisher");
    this.start = clock.instant();
  }

  @Override
  public boolean isActive() {
    return true;
  }

  @Override
  public void add(TestResult result) {
    requireNonNull(result, "result");
    if (finishing.get()) {
      LOG.log(Level.WARNING, () -> "Xray: the result of " + result.identity() + " arrived after the run was"
          + " published and is not included; report results before the test run finishes");
      return;
    }
    results.add(result);
  }

  @Override
  public PublishOutcome finish() {
    if (finishing.compareAndSet(false, true)) {
      List<TestResult> taken = drain();
      PublishOutcome published;
      try {
        published = publish(taken);
        LOG.log(published.isFailure() ? Level.WARNING : Level.INFO, published::summaryLine);
      } catch (RuntimeException e) {
        // a defect of ours must not fail the user's test run: say so once, loudly, and carry on
        published = new PublishOutcome(PublishOutcome.Kind.FAILED, null, null, taken.size(), 0, List.of(),
            "xray4j failed unexpectedly (" + Publisher.describe(e) + "); please report this with the stack trace"
                + " logged with this line.", List.of(), List.of(), Duration.ZERO);
        PublishOutcome failed = published;
        LOG.log(Level.ERROR, failed.summaryLine(), e);
      }
      List<TestResult> late = drain(); // added while finish() began: say so rather than drop them silently
      if (!late.isEmpty()) {
        LOG.log(Level.WARNING, () -> "Xray: " + late.size() + " results arrived while the run was being published"
            + " and are not included: " + late.stream().map(TestResult::identity).toList());
      }
      outcome.complete(published);
    }
    return outcome.join();
  }

  /** The run from these results: merged, with info from the configuration, start and finish from the clock. */
  ExecutionResults runOf(List<TestResult> taken, Instant finish) {
    List<TestResult> merged = new ResultMerger(StatusRanking.of(config)).merge(taken);
    return new ExecutionResults(config.testExecutionKey().orElse(null), info(finish), merged);
  }

  private List<TestResult> drain() {
    List<TestResult> taken = new ArrayList<>();
    for (TestResult result = results.poll(); result != null; result = results.poll()) {
      taken.add(result);
    }
    return taken;
  }

  private PublishOutcome publish(List<TestResult> taken) {
    try (Publisher closing = publisher) {
      if (taken.isEmpty()) {
        return PublishOutcome.nothingToPublish("no test reported a result for Xray");
      }
      return closing.publish(runOf(taken, clock.instant()));
    }
  }

  private ExecutionInfo info(Instant finish) {
    return new ExecutionInfo(
        config.projectKey().orElse(null),
        config.summary().orElseGet(() -> "Automated test run " + SUMMARY_TIME.format(start)),
        config.description().orElse(null),
        config.fixVersion().orElse(null),
        config.revision().orElse(null),
        config.user().orElse(null),
        start,
        finish,
        config.testPlanKey().orElse(null),
        config.testEnvironments());
  }

  @Override
  public String toString() {
    return "XrayReporter[" + results.size() + " results, " + (finishing.get() ? "finished" : "collecting") + "]";
  }
}
