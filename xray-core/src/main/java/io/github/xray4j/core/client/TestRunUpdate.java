package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to change on one Test Run in one {@link XrayClient#updateTestRun(String, TestRunUpdate)} call: status,
 * assignee, comment, defects and evidence added or removed, the statuses of Scenario Outline examples and the
 * results of steps. Only what is set is changed.
 *
 * <pre>{@code
 * xray.updateTestRun(run.id(), TestRunUpdate.builder()
 *     .status("FAIL").comment("timeout after 30 s")
 *     .addDefect("CALC-77").addEvidence(Evidence.ofFile(Path.of("target/screenshot.png")))
 *     .step(new TestRunUpdate.Step("731", "FAIL", "no answer"))
 *     .build());
 * }</pre>
 *
 * <p>Status names are the flavour's ({@code PASS} on Server/DC, {@code PASSED} on Cloud) or a custom status. The
 * assignee is a user name on Server/DC and an account id on Cloud.
 *
 * @param status the run's new status, if it changes
 * @param assignee the run's new assignee, if it changes
 * @param comment the run's new comment, if it changes
 * @param addDefects defect keys to link
 * @param removeDefects defect keys to unlink
 * @param addEvidence files to attach
 * @param removeEvidence ids of attached evidence to remove ({@link TestRun.Attachment#id()})
 * @param examples new statuses of Scenario Outline examples, by example id
 * @param steps new step results, by the run's step id
 */
public record TestRunUpdate(
    @Nullable String status,
    @Nullable String assignee,
    @Nullable String comment,
    List<String> addDefects,
    List<String> removeDefects,
    List<Evidence> addEvidence,
    List<String> removeEvidence,
    List<Example> examples,
    List<Step> steps) {

  public TestRunUpdate {
    addDefects = List.copyOf(addDefects);
    removeDefects = List.copyOf(removeDefects);
    addEvidence = List.copyOf(addEvidence);
    removeEvidence = List.copyOf(removeEvidence);
    examples = List.copyOf(examples);
    steps = List.copyOf(steps);
    if (status == null && assignee == null && comment == null && addDefects.isEmpty() && removeDefects.isEmpty()
        && addEvidence.isEmpty() && removeEvidence.isEmpty() && examples.isEmpty() && steps.isEmpty()) {
      throw new IllegalArgumentException("a Test Run update changes nothing: set a status, assignee, comment,"
          + " defects, evidence, examples or steps");
    }
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The new status of one Scenario Outline example of the run.
   *
   * @param id the example's id, as the run lists it
   * @param status its new status
   */
  public record Example(String id, String status) {
    public Example {
      requireNonNull(id, "id");
      requireNonNull(status, "status");
    }
  }

  /**
   * The new result of one step of the run.
   *
   * @param id the run's step id
   * @param status its new status, if it changes
   * @param comment its new comment, if it changes
   */
  public record Step(String id, @Nullable String status, @Nullable String comment) {
    public Step {
      requireNonNull(id, "id");
      if (status == null && comment == null) {
        throw new IllegalArgumentException("the update of step " + id + " changes nothing: set a status or comment");
      }
    }
  }

  /** Builds a {@link TestRunUpdate}; not thread-safe. */
  public static final class Builder {
    private @Nullable String status;
    private @Nullable String assignee;
    private @Nullable String comment;
    private final List<String> addDefects = new ArrayList<>();
    private final List<String> removeDefects = new ArrayList<>();
    private final List<Evidence> addEvidence = new ArrayList<>();
    private final List<String> removeEvidence = new ArrayList<>();
    private final List<Example> examples = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    private Builder() {}

    public Builder status(String status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    public Builder assignee(String assignee) {
      this.assignee = requireNonNull(assignee, "assignee");
      return this;
    }

    public Builder comment(String comment) {
      this.comment = requireNonNull(comment, "comment");
      return this;
    }

    public Builder addDefect(String key) {
      addDefects.add(requireNonNull(key, "key"));
      return this;
    }

    public Builder removeDefect(String key) {
      removeDefects.add(requireNonNull(key, "key"));
      return this;
    }

    public Builder addEvidence(Evidence evidence) {
      addEvidence.add(requireNonNull(evidence, "evidence"));
      return this;
    }

    public Builder removeEvidence(String evidenceId) {
      removeEvidence.add(requireNonNull(evidenceId, "evidenceId"));
      return this;
    }

    public Builder example(String exampleId, String status) {
      examples.add(new Example(exampleId, status));
      return this;
    }

    public Builder step(Step step) {
      steps.add(requireNonNull(step, "step"));
      return this;
    }

    public TestRunUpdate build() {
      return new TestRunUpdate(status, assignee, comment, addDefects, removeDefects, addEvidence, removeEvidence,
          examples, steps);
    }
  }
}
