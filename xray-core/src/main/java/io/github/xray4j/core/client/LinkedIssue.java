package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One issue in an {@link Association} list.
 *
 * @param key the issue key
 * @param id the issue id, if sent
 * @param rank the position in a Test Execution, if sent
 * @param status the run status (Test Execution) or latest status (Test Plan), if sent
 */
public record LinkedIssue(String key, @Nullable String id, @Nullable Integer rank, @Nullable String status) {
  public LinkedIssue {
    requireNonNull(key, "key");
  }
}
