package io.github.xray4j.core.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Test Execution's own fields: used to create it, and to update it when results are imported into an
 * existing one.
 *
 * @param project the Jira project key (required when a new Test Execution is created)
 * @param summary the Test Execution's summary, or null
 * @param description its description, or null
 * @param fixVersion the fix version, or null
 * @param revision the source revision tested (a commit id), or null
 * @param user the user who ran the tests, or null
 * @param startDate when the run started, or null
 * @param finishDate when the run finished, or null; not before {@code startDate}
 * @param testPlanKey the Test Plan to link the execution to, or null
 * @param testEnvironments the Test Environments (for example {@code chrome}, {@code linux})
 */
public record ExecutionInfo(
    @Nullable String project,
    @Nullable String summary,
    @Nullable String description,
    @Nullable String fixVersion,
    @Nullable String revision,
    @Nullable String user,
    @Nullable Instant startDate,
    @Nullable Instant finishDate,
    @Nullable String testPlanKey,
    List<String> testEnvironments) {

  public ExecutionInfo {
    testEnvironments = List.copyOf(testEnvironments);
    Checks.requireOrdered(startDate, finishDate, "the Test Execution");
  }

  /** Info with no fields set. */
  public static ExecutionInfo empty() {
    return new ExecutionInfo(null, null, null, null, null, null, null, null, null, List.of());
  }

  /** A copy with these start and finish dates. */
  public ExecutionInfo withDates(@Nullable Instant start, @Nullable Instant finish) {
    return new ExecutionInfo(
        project, summary, description, fixVersion, revision, user, start, finish, testPlanKey, testEnvironments);
  }
}
