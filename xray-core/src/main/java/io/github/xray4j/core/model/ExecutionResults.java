package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finished run: what goes into one Test Execution.
 *
 * @param testExecutionKey an existing Test Execution to import into, or null to create one from {@code info}
 * @param info the Test Execution's fields
 * @param tests the test results, in the order they finished
 */
public record ExecutionResults(
    @Nullable String testExecutionKey, ExecutionInfo info, List<TestResult> tests) {

  public ExecutionResults {
    requireNonNull(info, "info");
    tests = List.copyOf(tests);
  }

  /** A copy that imports into the given Test Execution. */
  public ExecutionResults withTestExecutionKey(@Nullable String key) {
    return new ExecutionResults(key, info, tests);
  }

  /** A copy with other tests. */
  public ExecutionResults withTests(List<TestResult> others) {
    return new ExecutionResults(testExecutionKey, info, others);
  }

  /**
   * Splits the tests into consecutive batches of at most {@code size} tests, each with the same key and info.
   * An empty run gives no batch.
   */
  public List<ExecutionResults> batches(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + size);
    }
    List<ExecutionResults> batches = new ArrayList<>();
    for (int from = 0; from < tests.size(); from += size) {
      batches.add(withTests(tests.subList(from, Math.min(tests.size(), from + size))));
    }
    return batches;
  }
}
