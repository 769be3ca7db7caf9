package io.github.xray4j.junit5;

import org.junit.platform.engine.TestExecutionResult;

/** What happened to a test or an invocation, in JUnit's terms; ordered from best to worst (statuses combine by core's
 * {@link io.github.xray4j.core.model.StatusRank}). */
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
}
