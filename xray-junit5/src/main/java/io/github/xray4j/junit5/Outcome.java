package io.github.xray4j.junit5;

import org.junit.platform.engine.TestExecutionResult;

/** What happened to a test or an invocation, in JUnit's terms; ordered from best to worst. */
enum Outcome {
  SKIPPED,
  SUCCESSFUL,
  ABORTED,
  FAILED;

  static Outcome of(TestExecutionResult result) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> SUCCESSFUL;
      case ABORTED -> ABORTED;
      case FAILED -> FAILED;
    };
  }

  /**
   * The outcome of a run made of several: the worst, where skipped counts only when everything was skipped
   * (a run with a passed and a skipped invocation passed).
   */
  Outcome and(Outcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
