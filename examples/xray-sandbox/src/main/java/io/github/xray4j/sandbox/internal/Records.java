package io.github.xray4j.sandbox.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The immutable values the store keeps and shows: what a Test Run received. */
final class Records {

  private Records() {
  }

  /** Evidence as received: its name, content type and decoded size; the bytes themselves are not kept. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EvidenceInfo(String filename, @Nullable String contentType, int size) {
    EvidenceInfo {
      requireNonNull(filename, "filename");
    }
  }

  /** A parameter of an iteration. */
  record ParameterValue(String name, String value) {
    ParameterValue {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
    }
  }

  /** A step result of a manual Test's run or of an iteration. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StepResult(String status, @Nullable String comment, @Nullable String actualResult,
      List<EvidenceInfo> evidence) {
    StepResult {
      requireNonNull(status, "status");
      evidence = List.copyOf(evidence);
    }
  }

  /** One iteration of a data-driven Test Run. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IterationResult(@Nullable String name, List<ParameterValue> parameters, String status,
      @Nullable String log, @Nullable String duration, List<StepResult> steps) {
    IterationResult {
      parameters = List.copyOf(parameters);
      requireNonNull(status, "status");
      steps = List.copyOf(steps);
    }
  }

  /** Everything a Test Run holds, as the import delivered it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RunContent(String status, @Nullable String comment, @Nullable String start, @Nullable String finish,
      List<String> defects, List<EvidenceInfo> evidence, List<IterationResult> iterations,
      List<String> examples, List<StepResult> steps) {
    RunContent {
      requireNonNull(status, "status");
      defects = List.copyOf(defects);
      evidence = List.copyOf(evidence);
      iterations = List.copyOf(iterations);
      examples = List.copyOf(examples);
      steps = List.copyOf(steps);
    }
  }

  /** A Test Run: one Test in one Test Execution. Re-importing the Test replaces the content, keeps the id. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TestRun(long id, String testKey, String status, @Nullable String comment, @Nullable String start,
      @Nullable String finish, List<String> defects, List<EvidenceInfo> evidence,
      List<IterationResult> iterations, List<String> examples, List<StepResult> steps) {
    TestRun {
      requireNonNull(testKey, "testKey");
      requireNonNull(status, "status");
      defects = List.copyOf(defects);
      evidence = List.copyOf(evidence);
      iterations = List.copyOf(iterations);
      examples = List.copyOf(examples);
      steps = List.copyOf(steps);
    }

    static TestRun of(long id, String testKey, RunContent c) {
      return new TestRun(id, testKey, c.status(), c.comment(), c.start(), c.finish(), c.defects(),
          c.evidence(), c.iterations(), c.examples(), c.steps());
    }
  }

  /** How to find or create the Test of a result that has no key ({@code testInfo}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TestInfo(String projectKey, String summary, String type, @Nullable String definition,
          List<String> requirementKeys, List<String> labels) {
    TestInfo {
      requireNonNull(projectKey, "projectKey");
      requireNonNull(summary, "summary");
      requireNonNull(type, "type");
      requireNonNull(requirementKeys, "requirementKeys");
      labels = List.copyOf(labels);
      requirementKeys = List.copyOf(requirementKeys);
    }
  }

  /** One entry of an import's {@code tests}: a Test (by key or by testInfo) and its run content. */
  record TestEntry(String label, @Nullable String testKey, @Nullable TestInfo testInfo, RunContent content) {
    TestEntry {
      requireNonNull(label, "label");
      requireNonNull(content, "content");
    }
  }

  /** The Test Execution fields an import may set; null means "not given". */
  record ExecutionFields(@Nullable String project, @Nullable String summary, @Nullable String description,
      @Nullable String version, @Nullable String revision, @Nullable String user,
      @Nullable String startDate, @Nullable String finishDate, @Nullable String testPlanKey,
      @Nullable List<String> testEnvironments) {
    static final ExecutionFields NONE =
        new ExecutionFields(null, null, null, null, null, null, null, null, null, null);

    /** These fields, with the gaps filled from {@code other}. */
    ExecutionFields orElse(ExecutionFields other) {
      return new ExecutionFields(
          project != null ? project : other.project,
          summary != null ? summary : other.summary,
          description != null ? description : other.description,
          version != null ? version : other.version,
          revision != null ? revision : other.revision,
          user != null ? user : other.user,
          startDate != null ? startDate : other.startDate,
          finishDate != null ? finishDate : other.finishDate,
          testPlanKey != null ? testPlanKey : other.testPlanKey,
          testEnvironments != null ? testEnvironments : other.testEnvironments);
    }
  }

  /**
   * A validated import: into {@code testExecutionKey} when set, else into a new Test Execution.
   *
   * @param skipUnknownTests true for Cucumber imports, where results for unknown Tests are dropped and only
   *                         "no valid tests at all" is an error
   */
  record ImportDocument(@Nullable String testExecutionKey, ExecutionFields info, List<TestEntry> tests,
      boolean skipUnknownTests) {
    ImportDocument {
      requireNonNull(info, "info");
      tests = List.copyOf(tests);
    }
  }
}
