package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a feature import did: the Tests and Pre-Conditions Xray created or updated, and what it refused, in
 * Xray's words. Xray imports what it can and refuses the rest, so both may be non-empty: Server/DC then answers
 * {@code {message, testIssues, preConditionIssues}}, Cloud {@code {errors, updatedOrCreatedTests,
 * updatedOrCreatedPreconditions}}.
 *
 * @param tests the Tests created or updated
 * @param preconditions the Pre-Conditions created or updated
 * @param refused Xray's reasons for what it did not import (a scenario, a file), empty when all went in
 */
public record FeatureImportResult(List<IssueRef> tests, List<IssueRef> preconditions, List<String> refused) {
  public FeatureImportResult {
    tests = List.copyOf(requireNonNull(tests, "tests"));
    preconditions = List.copyOf(requireNonNull(preconditions, "preconditions"));
    refused = List.copyOf(requireNonNull(refused, "refused"));
  }

  /** Whether Xray refused anything. */
  public boolean anyRefused() {
    return !refused.isEmpty();
  }
}
