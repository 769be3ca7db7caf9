package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final Map<String, List<Journal.Entry>> byTest = new LinkedHashMap<>();
  private final Map<String, String> testOfUnit = new HashMap<>();
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

  /** Adds a result; one for the same unit as an earlier one (a re-run) takes the earlier one's place. */
  synchronized void add(Journal.Entry entry) {
    String test = ResultMerger.identityOf(entry.result());
    String unit = entry.unit();
    String earlierTest = unit == null ? null : testOfUnit.put(unit, test);
    if (earlierTest != null) {
      List<Journal.Entry> earlier = byTest.get(earlierTest);
      int at = indexOfUnit(earlier, unit);
      if (earlierTest.equals(test) && at >= 0) {
        earlier.set(at, entry);
        touch(test, entry.seq());
        return;
      }
      if (at >= 0) {
        earlier.remove(at);
        touch(earlierTest, entry.seq());
      }
    }
    byTest.computeIfAbsent(test, k -> new ArrayList<>(1)).add(entry);
    touch(test, entry.seq());
  }

  private static int indexOfUnit(List<Journal.Entry> entries, String unit) {
    for (int i = 0; i < entries.size(); i++) {
      if (unit.equals(entries.get(i).unit())) {
        return i;
      }
    }
    return -1;
  }

  private void touch(String test, long seq) {
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
    for (Map.Entry<String, List<Journal.Entry>> test : byTest.entrySet()) {
      if (isPending(test.getKey()) && !test.getValue().isEmpty()) {
        test.getValue().forEach(entry -> tests.add(entry.result()));
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
