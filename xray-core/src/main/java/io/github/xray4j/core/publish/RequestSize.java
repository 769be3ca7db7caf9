package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a run into import requests of at most {@code xray.batch-size} tests and, by estimate, at most
 * {@code xray.max-request-size} bytes, so that big evidence neither exhausts the heap nor meets Xray's "Request
 * Entity Too Large". The estimate is the evidence base64-encoded plus a small allowance per test and per file for
 * everything else; a test larger than the cap on its own is sent alone.
 */
final class RequestSize {

  /** What a test's key, status, dates and JSON punctuation take, beside its comment and evidence. */
  static final long PER_TEST = 1024;
  /** What an evidence file's name, content type and JSON punctuation take, beside its content. */
  static final long PER_EVIDENCE = 256;

  private final int maxTests;
  private final long maxBytes;

  RequestSize(int maxTests, long maxBytes) {
    if (maxTests < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + maxTests);
    }
    this.maxTests = maxTests;
    this.maxBytes = maxBytes;
  }

  /** Consecutive batches of the run's tests, in order, each with the run's key and info; O(number of tests). */
  List<ExecutionResults> batches(ExecutionResults run) {
    List<TestResult> tests = run.tests();
    List<ExecutionResults> batches = new ArrayList<>();
    int from = 0;
    long bytes = 0;
    for (int i = 0; i < tests.size(); i++) {
      long size = estimate(tests.get(i));
      if (i > from && (i - from == maxTests || bytes + size > maxBytes)) {
        batches.add(run.withTests(tests.subList(from, i)));
        from = i;
        bytes = 0;
      }
      bytes += size;
    }
    if (from < tests.size()) {
      batches.add(run.withTests(tests.subList(from, tests.size())));
    }
    return batches;
  }

  /** The estimated size of a test in an import document: its texts, its evidence encoded, an allowance. */
  static long estimate(TestResult test) {
    long bytes = PER_TEST + length(test.comment()) + evidence(test.evidence()) + steps(test.steps());
    for (Iteration iteration : test.iterations()) {
      bytes += PER_TEST + length(iteration.log()) + steps(iteration.steps());
    }
    return bytes;
  }

  private static long steps(List<StepResult> steps) {
    long bytes = 0;
    for (StepResult step : steps) {
      bytes += PER_EVIDENCE + length(step.comment()) + length(step.actualResult()) + evidence(step.evidence());
    }
    return bytes;
  }

  private static long length(@Nullable String text) {
    return text == null ? 0 : text.length();
  }

  private static long evidence(List<Evidence> files) {
    long bytes = 0;
    for (Evidence file : files) {
      long size;
      try {
        size = file.size();
      } catch (UncheckedIOException e) {
        size = 0; // gone since it was checked; the writer leaves it out or fails, as for any unreadable file
      }
      bytes += PER_EVIDENCE + (size + 2) / 3 * 4;
    }
    return bytes;
  }
}
