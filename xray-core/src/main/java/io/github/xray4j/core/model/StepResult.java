package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one step of a Manual Test (or of a Cucumber step, for Tests that have steps).
 *
 * @param status the step's status
 * @param comment a comment, or null
 * @param actualResult what actually happened, or null
 * @param evidence files for this step
 * @param defects issue keys of defects for this step
 */
public record StepResult(
    Status status,
    @Nullable String comment,
    @Nullable String actualResult,
    List<Evidence> evidence,
    List<String> defects) {

  public StepResult {
    requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
    defects = List.copyOf(defects);
  }

  /** A step result with a status and nothing else. */
  public static StepResult of(Status status) {
    return new StepResult(status, null, null, List.of(), List.of());
  }
}
