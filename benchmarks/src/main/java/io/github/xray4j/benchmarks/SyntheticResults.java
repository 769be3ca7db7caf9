package io.github.xray4j.benchmarks;

import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test results as the adapters produce them, for the benchmarks that start at the core. */
final class SyntheticResults {

  static final String PROJECT = GeneratedJunitSuite.PROJECT;
  private static final Instant EPOCH = Instant.parse("2026-11-28T09:00:00Z");

  /** 200 characters, with quotes, a tab and a newline to escape, as a failure comment has. */
  static final String COMMENT_200 = comment200();

  private SyntheticResults() {}

  /** What the JUnit listener adds for a passing annotated test: key, status, start and finish. */
  static TestResult passing(int i) {
    Instant start = EPOCH.plusMillis(i * 3L);
    return TestResult.builder(Status.PASS)
        .testKey(PROJECT + "-" + (i + 1))
        .start(start)
        .finish(start.plusMillis(2))
        .build();
  }

  /** A result with a 200-character comment and two iterations, each with two parameters. */
  static TestResult detailed(int i) {
    Instant start = EPOCH.plusMillis(i * 3L);
    Status status = i % 10 == 0 ? Status.FAIL : Status.PASS;
    return TestResult.builder(status)
        .testKey(PROJECT + "-" + (i + 1))
        .start(start)
        .finish(start.plusMillis(2))
        .comment(COMMENT_200)
        .iteration(Iteration.of("[1] a=1, b=" + i, List.of(new Parameter("a", "1"), new Parameter("b", Integer.toString(i))), Status.PASS))
        .iteration(Iteration.of("[2] a=2, b=" + i, List.of(new Parameter("a", "2"), new Parameter("b", Integer.toString(i))), status))
        .build();
  }

  /** A run of {@code count} detailed results, as the serialization benchmark writes it. */
  static ExecutionResults detailedRun(int count) {
    List<TestResult> tests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tests.add(detailed(i));
    }
    ExecutionInfo info =
        new ExecutionInfo(PROJECT, "Benchmark run", null, null, "0123abcd", null, EPOCH, EPOCH.plusSeconds(300),
            null, List.of("linux"));
    return new ExecutionResults(null, info, tests);
  }

  private static String comment200() {
    String head = "{code}java.lang.AssertionError: expected \"3\" but was \"4\"\n\tat com.acme.CalculatorTest.adds";
    StringBuilder text = new StringBuilder(head);
    while (text.length() < 193) {
      text.append(" (Calculator.java:42)");
    }
    text.setLength(193);
    text.append("{code}");
    while (text.length() < 200) {
      text.append('.');
    }
    return text.toString();
  }
}
