package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Publishes a run while its tests still run: a daemon thread sends what is pending every {@code xray.live-interval}
 * and as soon as {@code xray.batch-size} Tests are pending, into the run's one Test Execution (created by the first
 * send). Test threads only {@link #nudge()} it; they never wait for HTTP. What Xray took is acknowledged in the
 * journal, so that a recovery does not send it again.
 */
final class LiveSender {

  private static final System.Logger LOG = System.getLogger(XrayReporter.class.getName());

  /** Sends one part of the run; the live path of {@link Publisher#sendLive}. */
  interface Send {
    Publisher.Sent send(ExecutionResults run, Runnable beforeCreating);
  }

  private final Duration interval;
  private final int batchSize;
  private final RunResults results;
  private final BiFunction<@Nullable String, List<TestResult>, ExecutionResults> runOf;
  private final Send send;
  private final JournalWriter journal;
  private final Object monitor = new Object();
  private final Set<PublishOutcome.Problem> problems = new LinkedHashSet<>();
  private final Set<String> refused = new LinkedHashSet<>();
  private @Nullable Thread thread;
  private boolean stopped;
  private boolean nudged;
  private boolean warned;
  private volatile @Nullable String key;
  private volatile @Nullable URI browseUrl;

  /** What the sender writes to the journal; a reporter without a journal gives one that writes nothing. */
  interface JournalWriter {
    void creating() throws IOException;

    void ack(String executionKey, Map<String, Long> tests) throws IOException;
  }

  /**
   * @param key the Test Execution to import into ({@code xray.test-execution-key}), or null to create one
   * @param runOf the run to send: the key known so far and the merged results
   */
  LiveSender(Duration interval, int batchSize, RunResults results, @Nullable String key,
      BiFunction<@Nullable String, List<TestResult>, ExecutionResults> runOf, Send send, JournalWriter journal) {
    this.interval = requireNonNull(interval, "interval");
    this.batchSize = batchSize;
    this.results = requireNonNull(results, "results");
    this.key = key;
    this.runOf = requireNonNull(runOf, "runOf");
    this.send = requireNonNull(send, "send");
    this.journal = requireNonNull(journal, "journal");
  }

  /** Starts the sending thread. */
  void start() {
    Thread started = new Thread(this::loop, "xray4j-live-publisher");
    started.setDaemon(true);
    thread = started;
    started.start();
  }

  /** Called after each added result: wakes the sender when a batch is ready. Never blocks on HTTP. */
  void nudge() {
    if (results.pendingCount() >= batchSize) {
      synchronized (monitor) {
        nudged = true;
        monitor.notifyAll();
      }
    }
  }

  /** Stops the thread, waiting for a send in flight to finish (each send is bounded by xray.publish-timeout). */
  void stop() {
    synchronized (monitor) {
      stopped = true;
      monitor.notifyAll();
    }
    Thread running = thread;
    if (running != null) {
      try {
        running.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    while (true) {
      synchronized (monitor) {
        long deadline = System.nanoTime() + interval.toNanos();
        long left;
        while (!stopped && !nudged && (left = deadline - System.nanoTime()) > 0) {
          try {
            monitor.wait(Math.max(1, left / 1_000_000));
          } catch (InterruptedException e) {
            return;
          }
        }
        nudged = false;
        if (stopped) {
          return;
        }
      }
      try {
        sendPending();
      } catch (RuntimeException e) {
        // a defect of ours must not end live publishing silently, nor the run: the end of the run sends the rest
        LOG.log(Level.WARNING, "Xray: live publishing failed unexpectedly; the results are sent at the end", e);
      }
    }
  }

  /** Sends what is pending now, once. */
  void sendPending() {
    RunResults.Pending pending = results.pending();
    if (pending.isEmpty()) {
      return;
    }
    Publisher.Sent sent = send.send(runOf.apply(key, pending.tests()), () -> {
      try {
        journal.creating();
      } catch (IOException e) {
        LOG.log(Level.DEBUG, () -> "Xray: cannot note the creating request in the journal: " + e);
      }
    });
    PublishOutcome outcome = sent.outcome();
    if (outcome.testExecutionKey() != null) {
      key = outcome.testExecutionKey();
    }
    if (outcome.browseUrl() != null) {
      browseUrl = outcome.browseUrl();
    }
    if (outcome.kind() != PublishOutcome.Kind.PUBLISHED) {
      if (!warned) {
        warned = true;
        LOG.log(Level.WARNING, () -> "Xray: live publishing could not send " + pending.tests().size()
            + " results (" + outcome.reason() + "); they are kept and sent again later");
      }
      return;
    }
    Map<String, Long> accepted = new LinkedHashMap<>(pending.seqs());
    synchronized (this) {
      problems.addAll(outcome.problems());
      for (String refusedKey : sent.refused()) {
        refused.add(refusedKey);
        accepted.remove("key:" + refusedKey);
      }
    }
    String into = requireNonNull(key, "key");
    try {
      journal.ack(into, accepted);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "Xray: cannot note the acknowledgement in the journal: " + e);
    }
    results.acked(pending.seqs()); // refused ones too: sending them again would be refused again
  }

  /** The Test Execution the results went into, once known. */
  @Nullable String key() {
    return key;
  }

  @Nullable URI browseUrl() {
    return browseUrl;
  }

  synchronized List<PublishOutcome.Problem> problems() {
    return List.copyOf(problems);
  }

  /** The Test keys Xray refused while the run went on. */
  synchronized Set<String> refused() {
    return Set.copyOf(refused);
  }
}
