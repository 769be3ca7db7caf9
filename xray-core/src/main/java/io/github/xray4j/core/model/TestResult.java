package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one Test in a Test Execution: one Test Run in Xray.
 *
 * <p>A result names its Test by {@code testKey}, or carries {@link TestInfo} for Xray to find or provision
 * the Test, or both. At most one of {@code steps}, {@code examples} and {@code iterations} is non-empty.
 *
 * <pre>{@code
 * TestResult.builder(Status.FAIL)
 *     .testKey("CALC-1880")
 *     .start(start).finish(finish)
 *     .comment("{code}java.lang.AssertionError: expected 3 but was 4{code}")
 *     .evidence(Evidence.ofFile(screenshot))
 *     .build();
 * }</pre>
 *
 * @param testKey the Test issue key, or null when the Test is found by {@code testInfo}
 * @param testInfo how to find or provision the Test, or null
 * @param status the overall status of the run
 * @param start when the run started, or null
 * @param finish when the run finished, or null; not before {@code start}
 * @param comment the run's comment (Jira wiki markup), or null
 * @param defects issue keys of defects to link
 * @param evidence files to attach
 * @param iterations data-driven iterations, in order
 * @param examples Scenario Outline example statuses, in row order (Cucumber Tests): PASS, FAIL, TODO or
 *     EXECUTING only, the statuses Xray's format takes there
 * @param steps step results, in order (Tests with steps)
 * @param customFields Test Run custom field values
 */
public record TestResult(
    @Nullable String testKey,
    @Nullable TestInfo testInfo,
    Status status,
    @Nullable Instant start,
    @Nullable Instant finish,
    @Nullable String comment,
    List<String> defects,
    List<Evidence> evidence,
    List<Iteration> iterations,
    List<Status> examples,
    List<StepResult> steps,
    List<CustomField> customFields) {

  public TestResult {
    requireNonNull(status, "status");
    defects = List.copyOf(defects);
    evidence = List.copyOf(evidence);
    iterations = List.copyOf(iterations);
    examples = List.copyOf(examples);
    steps = List.copyOf(steps);
    customFields = List.copyOf(customFields);
    if (testKey == null && testInfo == null) {
      throw new IllegalArgumentException("a test result needs a test key or test info");
    }
    int detailKinds =
        (iterations.isEmpty() ? 0 : 1) + (examples.isEmpty() ? 0 : 1) + (steps.isEmpty() ? 0 : 1);
    if (detailKinds > 1) {
      throw new IllegalArgumentException(
          "a test result has at most one of iterations, examples and steps (test " + identity(testKey, testInfo) + ")");
    }
    Checks.requireExampleStatuses(examples, identity(testKey, testInfo));
    Checks.requireOrdered(start, finish, "test " + identity(testKey, testInfo));
  }

  /** The key, or else the definition or summary: how to name this result in a message. */
  public String identity() {
    return identity(testKey, testInfo);
  }

  private static String identity(@Nullable String testKey, @Nullable TestInfo testInfo) {
    if (testKey != null) {
      return testKey;
    }
    if (testInfo == null) {
      return "?";
    }
    return testInfo.definition() != null ? testInfo.definition() : testInfo.summary();
  }

  /** A builder for a result with the given status. */
  public static Builder builder(Status status) {
    return new Builder(status);
  }

  /** A builder that starts from this result. */
  public Builder toBuilder() {
    Builder b = new Builder(status);
    b.testKey = testKey;
    b.testInfo = testInfo;
    b.start = start;
    b.finish = finish;
    b.comment = comment;
    b.defects.addAll(defects);
    b.evidence.addAll(evidence);
    b.iterations.addAll(iterations);
    b.examples.addAll(examples);
    b.steps.addAll(steps);
    b.customFields.addAll(customFields);
    return b;
  }

  /** Builds a {@link TestResult}; not thread-safe. */
  public static final class Builder {
    private Status status;
    private @Nullable String testKey;
    private @Nullable TestInfo testInfo;
    private @Nullable Instant start;
    private @Nullable Instant finish;
    private @Nullable String comment;
    private final List<String> defects = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Iteration> iterations = new ArrayList<>();
    private final List<Status> examples = new ArrayList<>();
    private final List<StepResult> steps = new ArrayList<>();
    private final List<CustomField> customFields = new ArrayList<>();

    private Builder(Status status) {
      this.status = requireNonNull(status, "status");
    }

    public Builder status(Status status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    public Builder testKey(@Nullable String testKey) {
      this.testKey = testKey;
      return this;
    }

    public Builder testInfo(@Nullable TestInfo testInfo) {
      this.testInfo = testInfo;
      return this;
    }

    public Builder start(@Nullable Instant start) {
      this.start = start;
      return this;
    }

    public Builder finish(@Nullable Instant finish) {
      this.finish = finish;
      return this;
    }

    public Builder comment(@Nullable String comment) {
      this.comment = comment;
      return this;
    }

    public Builder defect(String key) {
      defects.add(requireNonNull(key, "key"));
      return this;
    }

    public Builder evidence(Evidence file) {
      evidence.add(requireNonNull(file, "file"));
      return this;
    }

    public Builder evidence(List<Evidence> files) {
      evidence.addAll(files);
      return this;
    }

    public Builder iteration(Iteration iteration) {
      iterations.add(requireNonNull(iteration, "iteration"));
      return this;
    }

    public Builder iterations(List<Iteration> all) {
      iterations.addAll(all);
      return this;
    }

    public Builder example(Status exampleStatus) {
      examples.add(requireNonNull(exampleStatus, "exampleStatus"));
      return this;
    }

    public Builder examples(List<Status> all) {
      examples.addAll(all);
      return this;
    }

    public Builder step(StepResult step) {
      steps.add(requireNonNull(step, "step"));
      return this;
    }

    public Builder customField(CustomField field) {
      customFields.add(requireNonNull(field, "field"));
      return this;
    }

    public TestResult build() {
      return new TestResult(
          testKey, testInfo, status, start, finish, comment, defects, evidence, iterations, examples, steps,
          customFields);
    }
  }
}
