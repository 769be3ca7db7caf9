package io.github.xray4j.benchmarks.cucumber;

import io.cucumber.java.en.Given;

/** The one step definition every generated scenario uses: it does nothing, so the run measures overhead. */
public class TrivialSteps {

  /** Matches {@code Given/When/Then a trivial step}. */
  @Given("a trivial step")
  public void aTrivialStep() {
    // intentionally empty
  }
}
