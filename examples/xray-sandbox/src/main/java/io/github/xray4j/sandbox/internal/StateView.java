package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consistent copy of everything the sandbox holds, as served by {@code GET /sandbox/state} and shown on the
 * HTML page. Field names are part of the sandbox's contract with the examples' checks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StateView(String url, List<ProjectView> projects, List<TestView> tests, List<IssueView> otherIssues,
            List<PlanView> testPlans, List<ExecutionView> testExecutions, List<RequestView> requests) {

  /** Copies the lists. */
  StateView {
    projects = List.copyOf(projects);
    tests = List.copyOf(tests);
    otherIssues = List.copyOf(otherIssues);
    testPlans = List.copyOf(testPlans);
    testExecutions = List.copyOf(testExecutions);
    requests = List.copyOf(requests);
  }

  /** A Jira project. */
  record ProjectView(String key, String name) {
  }

  /** A Test issue. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TestView(String id, String key, String project, String type, String summary,
      @Nullable String definition, List<String> requirementKeys, List<String> labels) {
  }

  /** Any other issue (requirements, stories, bugs). */
  record IssueView(String id, String key, String project, String issuetype, String summary) {
  }

  /** A Test Plan with its Tests and Test Executions. */
  record PlanView(String id, String key, String project, String summary, List<String> tests,
      List<String> testExecutions) {
  }

  /** A Test Execution and its Test Runs, in the order the Tests were first imported. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ExecutionView(String id, String key, String project, String summary, @Nullable String description,
                @Nullable String version, @Nullable String revision, @Nullable String user,
                @Nullable String startDate, @Nullable String finishDate,
                @Nullable String testPlanKey, List<String> testEnvironments, String createdVia,
                List<TestRun> runs) {
  }

  /** A request the sandbox answered (method, path with query, HTTP status); never headers or bodies. */
  record RequestView(String method, String path, int status) {
  }
}
