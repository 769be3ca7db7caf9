package io.github.xray4j.cucumber.steps;

import io.cucumber.java.en.When;

/** A step that ends its JVM at once, as a Surefire fork killed by its timeout or the OOM killer does. */
public class HaltingSteps {

  /** The property that allows the halt: only a child JVM started to die sets it. */
  public static final String HALT = "xray4j.fixture.halt";

  @When("the JVM halts")
  public void halt() {
    if (Boolean.getBoolean(HALT)) {
      Runtime.getRuntime().halt(3);
    }
    throw new IllegalStateException("this step halts only a child JVM started with -D" + HALT + "=true");
  }
}
