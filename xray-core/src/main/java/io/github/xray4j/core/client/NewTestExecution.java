package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Test Execution to create with {@link XrayClient#createTestExecution(NewTestExecution)}.
 *
 * @param projectKey the Jira project, such as {@code CALC}
 * @param summary the issue summary
 * @param description the issue description, if any
 * @param testEnvironments Test Environments (Cloud only: on Server/DC they are Jira custom fields whose ids
 *     differ per instance; set them through the import's {@code info.testEnvironments} instead)
 */
public record NewTestExecution(
    String projectKey, String summary, @Nullable String description, List<String> testEnvironments) {
  public NewTestExecution {
    requireNonNull(projectKey, "projectKey");
    requireNonNull(summary, "summary");
    testEnvironments = List.copyOf(testEnvironments);
  }

  /** Just project and summary. */
  public static NewTestExecution of(String projectKey, String summary) {
    return new NewTestExecution(projectKey, summary, null, List.of());
  }
}
