package io.github.xray4j.core.client;

import io.github.xray4j.core.config.XrayConfig;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a JUnit XML import: where the results go and what the Test Execution carries.
 * With a {@code testExecutionKey} the results go into that Test Execution; without one a new one is created in
 * {@code projectKey}.
 *
 * <pre>{@code
 * ImportParameters.forProject("CALC").withTestPlanKey("CALC-100").withTestEnvironments(List.of("chrome"))
 * ImportParameters.from(config)   // xray.project-key, xray.test-execution-key, xray.test-plan-key, ...
 * }</pre>
 *
 * @param projectKey {@code projectKey}
 * @param testExecutionKey {@code testExecKey}
 * @param testPlanKey {@code testPlanKey}
 * @param testEnvironments {@code testEnvironments}, sent {@code ;}-separated
 * @param revision {@code revision}
 * @param fixVersion {@code fixVersion}
 */
public record ImportParameters(
    @Nullable String projectKey,
    @Nullable String testExecutionKey,
    @Nullable String testPlanKey,
    List<String> testEnvironments,
    @Nullable String revision,
    @Nullable String fixVersion) {
  public ImportParameters {
    testEnvironments = List.copyOf(testEnvironments);
    if (projectKey == null && testExecutionKey == null) {
      throw new IllegalArgumentException(
          "a JUnit XML import needs a project key (xray.project-key) or a Test Execution key"
              + " (xray.test-execution-key)");
    }
  }

  /** Results for a new Test Execution in this project. */
  public static ImportParameters forProject(String projectKey) {
    return new ImportParameters(projectKey, null, null, List.of(), null, null);
  }

  /** Results into this existing Test Execution. */
  public static ImportParameters intoExecution(String testExecutionKey) {
    return new ImportParameters(null, testExecutionKey, null, List.of(), null, null);
  }

  /** From {@code xray.project-key}, {@code xray.test-execution-key}, {@code xray.test-plan-key}, ... */
  public static ImportParameters from(XrayConfig config) {
    return new ImportParameters(
        config.projectKey().orElse(null), config.testExecutionKey().orElse(null), config.testPlanKey().orElse(null),
        config.testEnvironments(), config.revision().orElse(null), config.fixVersion().orElse(null));
  }

  public ImportParameters withTestExecutionKey(@Nullable String key) {
    return new ImportParameters(projectKey, key, testPlanKey, testEnvironments, revision, fixVersion);
  }

  public ImportParameters withTestPlanKey(@Nullable String key) {
    return new ImportParameters(projectKey, testExecutionKey, key, testEnvironments, revision, fixVersion);
  }

  public ImportParameters withTestEnvironments(List<String> environments) {
    return new ImportParameters(projectKey, testExecutionKey, testPlanKey, environments, revision, fixVersion);
  }

  public ImportParameters withRevision(@Nullable String value) {
    return new ImportParameters(projectKey, testExecutionKey, testPlanKey, testEnvironments, value, fixVersion);
  }

  public ImportParameters withFixVersion(@Nullable String value) {
    return new ImportParameters(projectKey, testExecutionKey, testPlanKey, testEnvironments, revision, value);
  }
}
