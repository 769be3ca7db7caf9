package io.github.xray4j.core.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Test Run: one Test in one Test Execution.
 *
 * @param id the run id, for the other test run calls
 * @param status the status name, such as {@code PASS}
 * @param testKey the Test
 * @param testExecutionKey the Test Execution
 * @param assignee the assignee, if any
 * @param executedBy who ran it, if known
 * @param startedOn start, as Xray formats it
 * @param finishedOn finish, as Xray formats it
 * @param comment the raw comment, if any
 * @param defects the keys of the linked defects
 */
public record TestRun(
    long id,
    @Nullable String status,
    @Nullable String testKey,
    @Nullable String testExecutionKey,
    @Nullable String assignee,
    @Nullable String executedBy,
    @Nullable String startedOn,
    @Nullable String finishedOn,
    @Nullable String comment,
    List<String> defects) {
  public TestRun {
    defects = List.copyOf(defects);
  }
}
