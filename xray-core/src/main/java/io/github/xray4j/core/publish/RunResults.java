package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.TestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run per Test, and what of them Xray already has: for each Test the sequence number of its
 * last result and of the last one Xray acknowledged. A Test whose run changed after it was sent (a re-run, a
 * second method with the same key) is pending again, and is sent again whole. Thread-safe.
 */
final class RunResults {

  private final ResultMerger merger;
  private final Map<String, List<TestResult>> byTest = new LinkedHashMap<>();
  private final Map<String, Long> last = new LinkedHashMap<>();
  private final Map<String, Long> acked = new LinkedHashMap<>();
  private int pending;

  RunResults(ResultMerger merger) {
    this.merger = merger;
  }

  /** The tests to send: their merged results, and per Test the last sequence number they include. */
  record Pending(List<TestResult> tests, Map<String, Long> seqs) {
    boolean isEmpty() {
      return tests.isEmpty();
    }
  }

  synchronized void add(long seq, TestResult result) {
    String test = ResultMerger.identityOf(result);
    byTest.computeIfAbsent(test, k -> new ArrayList<>(1)).add(result);
    if (!isPending(test)) {
      pending++;
    }
    last.put(test, seq);
  }

  /** Xray took these Tests as of these sequence numbers. */
  synchronized void acked(Map<String, Long> seqs) {
    seqs.forEach((test, seq) -> {
      boolean was = isPending(test);
      acked.merge(test, seq, Math::max);
      if (was && !isPending(test)) {
        pending--;
      }
    });
  }

  /** How many Tests wait to be sent. */
  synchronized int pendingCount() {
    return pending;
  }

  /** How many Tests the run has. */
  synchronized int testCount() {
    return byTest.size();
  }

  /** Whether Xray acknowledged anything of this run. */
  synchronized boolean anyAcked() {
    return !acked.isEmpty();
  }

  /** The Tests waiting to be sent, merged, in the order they were first added. */
  synchronized Pending pending() {
    List<TestResult> tests = new ArrayList<>();
    Map<String, Long> seqs = new LinkedHashMap<>();
    for (Map.Entry<String, List<TestResult>> test : byTest.entrySet()) {
      if (isPending(test.getKey())) {
        tests.addAll(test.getValue());
        seqs.put(test.getKey(), last.get(test.getKey()));
      }
    }
    return new Pending(merger.merge(tests), seqs);
  }

  private boolean isPending(String test) {
    Long sent = acked.get(test);
    Long latest = last.get(test);
    return latest != null && (sent == null || sent < latest);
  }
}
