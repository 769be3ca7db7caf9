package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One invocation of a data-driven test: a parameterized test's argument set, a repetition, a dynamic test.
 *
 * @param name the iteration's name, usually the invocation's display name ({@code "[1] a=1, b=2"})
 * @param parameters named parameter values, in declaration order
 * @param status the iteration's status
 * @param log text shown with the iteration (failure details), or null
 * @param duration how long it ran, or null
 * @param steps step results of this iteration (for Tests with steps)
 */
public record Iteration(
    @Nullable String name,
    List<Parameter> parameters,
    Status status,
    @Nullable String log,
    @Nullable Duration duration,
    List<StepResult> steps) {

  public Iteration {
    parameters = List.copyOf(parameters);
    requireNonNull(status, "status");
    steps = List.copyOf(steps);
  }

  /** An iteration with a name, parameters and a status. */
  public static Iteration of(String name, List<Parameter> parameters, Status status) {
    return new Iteration(name, parameters, status, null, null, List.of());
  }
}
