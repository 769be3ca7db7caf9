package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an import produced: the Test Execution, the Tests Xray reported as imported (empty for v1 and Cloud,
 * which do not list them) and every problem the answer reported although it was a 2xx (per-test errors,
 * {@code infoMessages}, {@code testIssues.error}). Problems are Xray's words, one entry each.
 *
 * @param testExecution the Test Execution imported into or created
 * @param testIssues the Tests reported as imported
 * @param problems per-test trouble reported in a successful answer
 * @param refusedTestKeys the Tests the successful answer says were not imported ({@code testIssues.error}): their
 *     results are not in Xray, although the answer was a 200
 */
public record ImportResult(IssueRef testExecution, List<IssueRef> testIssues, List<String> problems,
    List<String> refusedTestKeys) {
  public ImportResult {
    requireNonNull(testExecution, "testExecution");
    testIssues = List.copyOf(testIssues);
    problems = List.copyOf(problems);
    refusedTestKeys = List.copyOf(refusedTestKeys);
  }

  /** A result in which Xray refused no Test. */
  public ImportResult(IssueRef testExecution, List<IssueRef> testIssues, List<String> problems) {
    this(testExecution, testIssues, problems, List.of());
  }

  /** Whether the answer reported any problem. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
