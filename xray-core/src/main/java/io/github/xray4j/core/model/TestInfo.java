package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Xray needs to find or provision a Test when a result has no Test key. Xray reuses a Generic Test
 * with the same {@code definition} (Manual and Cucumber Tests: the same summary) in the project, else
 * creates one, so the same test maps to the same Xray Test run after run.
 *
 * @param projectKey the Jira project to look in and create in
 * @param summary the Test's summary
 * @param type the kind of Test
 * @param definition for Generic Tests: a stable identifier such as {@code com.acme.LoginTest.login}
 * @param steps for Manual Tests: the steps
 * @param scenario for Cucumber Tests: the Gherkin of the scenario
 * @param requirementKeys requirements to link the Test to
 * @param labels labels for the Test, without spaces (Jira labels are single words)
 */
public record TestInfo(
    String projectKey,
    String summary,
    TestType type,
    @Nullable String definition,
    List<TestStep> steps,
    @Nullable String scenario,
    List<String> requirementKeys,
    List<String> labels) {

  public TestInfo {
    requireNonNull(projectKey, "projectKey");
    requireNonNull(summary, "summary");
    requireNonNull(type, "type");
    steps = List.copyOf(steps);
    requirementKeys = List.copyOf(requirementKeys);
    labels = List.copyOf(labels);
    int bodies = (definition == null ? 0 : 1) + (steps.isEmpty() ? 0 : 1) + (scenario == null ? 0 : 1);
    if (bodies > 1) {
      throw new IllegalArgumentException("the Test '" + summary + "' has more than one of definition, steps and"
          + " scenario: give a Generic Test a definition, a Manual Test steps, a Cucumber Test a scenario");
    }
    Checks.requireLabels(labels);
    if (type == TestType.GENERIC && (definition == null || definition.isBlank())) {
      throw new IllegalArgumentException("a Generic test needs a definition (for example Class.method)");
    }
  }

  /** A Generic Test found or provisioned by its definition. */
  public static TestInfo generic(
      String projectKey, String summary, String definition, List<String> requirementKeys, List<String> labels) {
    return new TestInfo(projectKey, summary, TestType.GENERIC, definition, List.of(), null, requirementKeys, labels);
  }

  /** A Cucumber Test found or provisioned by its summary, carrying its Gherkin. */
  public static TestInfo cucumber(
      String projectKey, String summary, String scenario, List<String> requirementKeys, List<String> labels) {
    return new TestInfo(projectKey, summary, TestType.CUCUMBER, null, List.of(), scenario, requirementKeys, labels);
  }
}
