package io.github.xray4j.sandbox.internal;

import static io.github.xray4j.sandbox.internal.Issues.TEST;
import static io.github.xray4j.sandbox.internal.Issues.TEST_EXECUTION;
import static io.github.xray4j.sandbox.internal.Issues.TEST_PLAN;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Issues.IssueRef;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
import io.github.xray4j.sandbox.internal.Records.RunContent;
import io.github.xray4j.sandbox.internal.Records.TestEntry;
import io.github.xray4j.sandbox.internal.Records.TestInfo;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Xray's rules for what a write does to the {@link Issues}: new executions take the next free number in the
 * project, importing into an existing execution replaces the runs of the Tests imported, Tests given by
 * {@code testInfo} are found again by definition (Generic) or summary (Cucumber, Manual) or created, and a
 * refused import changes nothing. Not thread-safe: the {@link SandboxStore} calls it under its lock.
 */
final class ImportRules {

  /** What an import did: the Test Execution and the Tests whose runs it wrote, in order. */
  record Imported(IssueRef testExecution, List<IssueRef> tests) {
  }

  /** What the feature import did with one scenario: the Test, and whether it was created. */
  record ImportedScenario(IssueRef test, boolean created) {
  }

  private final Issues issues;

  ImportRules(Issues issues) {
    this.issues = issues;
  }

  /** Checks the document against what exists, then applies it; nothing changes when anything is wrong. */
  Imported importExecution(ImportDocument doc, String via) {
    List<String> errors = new ArrayList<>();
    Issue execution = null;
    if (doc.testExecutionKey() != null) {
      Issue existing = issues.get(doc.testExecutionKey());
      if (existing == null || !existing.is(TEST_EXECUTION)) {
        errors.add("Test Execution with key " + doc.testExecutionKey() + " was not found!");
      } else {
        execution = existing;
      }
    }
    String planKey = doc.info().testPlanKey();
    if (planKey != null && !issues.isOfType(planKey, TEST_PLAN)) {
      errors.add("Test Plan with key " + planKey + " was not found!");
    }
    List<TestEntry> valid = new ArrayList<>();
    for (TestEntry entry : doc.tests()) {
      String key = entry.testKey();
      TestInfo info = entry.testInfo();
      if (key != null) {
        if (!issues.isOfType(key, TEST)) {
          if (!doc.skipUnknownTests()) {
            errors.add("Test with key " + key + " was not found!");
          }
          continue;
        }
      } else if (info != null) {
        if (!issues.hasProject(info.projectKey())) {
          errors.add(entry.label() + ": project " + info.projectKey() + " does not exist");
          continue;
        }
        for (String requirement : info.requirementKeys()) {
          if (!issues.isRequirement(requirement)) {
            errors.add(requirement + " is not a requirement issue or is not a valid issue key.");
          }
        }
      }
      valid.add(entry);
    }
    String project = doc.info().project();
    if (execution == null && doc.testExecutionKey() == null) {
      if (project == null && doc.skipUnknownTests() && !valid.isEmpty()) {
        project = projectOf(valid.get(0));
      }
      if (project == null && doc.skipUnknownTests() && valid.isEmpty()) {
        errors.add("There are no valid tests imported");
      } else if (project == null) {
        errors.add("Error assembling issue data: project is required");
      } else if (!issues.hasProject(project)) {
        errors.add("Error assembling issue data: project " + project + " does not exist");
      }
    }
    if (errors.isEmpty() && valid.isEmpty()) {
      errors.add("There are no valid tests imported");
    }
    XrayJsonReader.throwIfAny(errors);

    if (execution == null) {
      execution = issues.create(project, TEST_EXECUTION, summaryOf(doc.info()));
      execution.createdVia = via;
    }
    execution.fields = doc.info().orElse(execution.fields);
    if (doc.info().summary() != null) {
      execution.summary = doc.info().summary();
    }
    List<IssueRef> tests = new ArrayList<>();
    for (TestEntry entry : valid) {
      Issue test = entry.testKey() != null ? issues.get(entry.testKey()) : provision(entry.testInfo());
      TestRun previous = execution.runs.get(test.key);
      long runId = previous != null ? previous.id() : issues.nextRunId();
      execution.runs.put(test.key, TestRun.of(runId, test.key, entry.content()));
      IssueRef ref = test.ref();
      if (!tests.contains(ref)) {
        tests.add(ref);
      }
    }
    if (planKey != null) {
      Issue plan = issues.get(planKey);
      tests.forEach(t -> plan.planTests.add(t.key()));
      plan.planExecutions.add(execution.key);
    }
    return new Imported(execution.ref(), tests);
  }

  private String projectOf(TestEntry entry) {
    String key = entry.testKey();
    return key != null ? issues.get(key).project : entry.testInfo().projectKey();
  }

  private static String summaryOf(ExecutionFields info) {
    if (info.summary() != null) {
      return info.summary();
    }
    return "Execution results" + (info.startDate() != null ? " [" + info.startDate() + "]" : "");
  }

  private Issue provision(TestInfo info) {
    Issue test = issues.all().stream()
        .filter(i -> i.is(TEST) && i.project.equals(info.projectKey()) && info.type().equals(i.testType))
        .filter(i -> info.type().equals("Generic")
            ? info.definition() != null && info.definition().equals(i.definition)
            : info.summary().equals(i.summary))
        .findFirst()
        .orElseGet(() -> {
          Issue created = issues.create(info.projectKey(), TEST, info.summary());
          created.testType = info.type();
          created.definition = info.definition();
          return created;
        });
    test.requirementKeys.addAll(info.requirementKeys());
    test.labels.addAll(info.labels());
    return test;
  }

  /**
   * Creates a Test Execution from Jira's create-issue {@code fields} ({@code project.key}, {@code summary},
   * {@code description}), as Jira does; the checks give Jira's error shape.
   */
  IssueRef createTestExecution(JsonNode fields, List<String> environments, String via) {
    String project = JsonFields.textOrNull(fields.path("project"), "key");
    String summary = JsonFields.textOrNull(fields, "summary");
    String description = JsonFields.textOrNull(fields, "description");
    if (project == null) {
      throw ApiError.jira(400, "project", "project is required");
    }
    if (!issues.hasProject(project)) {
      throw ApiError.jira(400, "project", "valid project is required (project " + project + " does not exist)");
    }
    if (summary == null || summary.isBlank()) {
      throw ApiError.jira(400, "summary", "You must specify a summary of the issue.");
    }
    Issue execution = issues.create(project, TEST_EXECUTION, summary);
    execution.createdVia = via;
    execution.fields = new ExecutionFields(project, summary, description, null, null, null, null, null, null,
        environments.isEmpty() ? null : List.copyOf(environments));
    return execution.ref();
  }

  /**
   * Creates or updates a Cucumber Test from an imported scenario, as Xray does: by its key (which must be a Test),
   * else the Cucumber Test with the same summary in the project, else a new one.
   *
   * @throws IllegalArgumentException naming the key when it is not a Test (Xray refuses that scenario)
   */
  ImportedScenario importScenario(String project, @Nullable String key, String summary, String definition,
      List<String> requirementKeys, List<String> labels) {
    if (!issues.hasProject(project)) {
      throw ApiError.badRequest("Project " + project + " does not exist");
    }
    Issue test = key == null ? issues.all().stream()
        .filter(i -> i.is(TEST) && i.project.equals(project) && "Cucumber".equals(i.testType)
            && i.summary.equals(summary))
        .findFirst().orElse(null) : issues.get(key);
    if (key != null && (test == null || !test.is(TEST))) {
      throw new IllegalArgumentException("Test with key " + key + " was not found");
    }
    boolean created = test == null;
    if (created) {
      test = issues.create(project, TEST, summary);
      test.testType = "Cucumber";
    }
    test.summary = summary;
    test.definition = definition;
    requirementKeys.stream().filter(issues::isRequirement).forEach(test.requirementKeys::add);
    test.labels.addAll(labels);
    return new ImportedScenario(test.ref(), created);
  }

  /** {@code POST api/testexec/{key}/test}: adds TODO runs and removes runs; answers Xray's list of errors. */
  List<String> changeExecutionTests(String executionKey, List<String> add, List<String> remove, String todoStatus) {
    Issue execution = issues.execution(executionKey);
    List<String> errors = new ArrayList<>();
    for (String key : add) {
      if (!issues.isOfType(key, TEST)) {
        errors.add("Test with key " + key + " was not found!");
      } else if (!execution.runs.containsKey(key)) {
        execution.runs.put(key, TestRun.of(issues.nextRunId(), key, new RunContent(todoStatus, null, null,
            null, List.of(), List.of(), List.of(), List.of(), List.of())));
      }
    }
    for (String key : remove) {
      if (execution.runs.remove(key) == null) {
        errors.add("Test with key " + key + " is not associated with Test Execution " + executionKey);
      }
    }
    return errors;
  }
}
