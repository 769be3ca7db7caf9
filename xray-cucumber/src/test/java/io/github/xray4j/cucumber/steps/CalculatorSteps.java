package io.github.xray4j.cucumber.steps;

import io.cucumber.java.Before;
import io.cucumber.java.PendingException;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import org.opentest4j.TestAbortedException;

/** Step definitions for the feature fixtures: a calculator that can be asked to fail in every way. */
public class CalculatorSteps {

  private Scenario scenario;
  private long result;

  @Before
  public void remember(Scenario current) {
    this.scenario = current;
  }

  @Given("a calculator")
  public void aCalculator() {
    result = 0;
  }

  @When("I add {int} and {int}")
  public void add(int a, int b) {
    result = (long) a + b;
  }

  @When("I divide {int} by {int}")
  public void divide(int a, int b) {
    result = a / b;
  }

  @Then("the result is {int}")
  public void theResultIs(long expected) {
    if (result != expected) {
      throw new AssertionError("expected " + expected + " but was " + result);
    }
  }

  @When("I use a feature nobody has written yet")
  public void notWrittenYet() {
    throw new PendingException("TODO: the memory function");
  }

  @When("the calculator is not available here")
  public void notAvailable() {
    throw new TestAbortedException("no calculator on this machine");
  }

  @When("I press {word}")
  public void press(String key) {
    result = 0;
  }

  @When("I press clear")
  public void pressClear() {
    result = 0;
  }

  @When("I take a screenshot")
  public void screenshot() {
    scenario.attach(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "display.png");
  }

  @When("I attach the tape")
  public void attachTape() {
    scenario.attach("2 + 3 = 5", "text/plain", null);
  }

  @When("I attach a {int} byte dump")
  public void attachDump(int size) {
    scenario.attach(new byte[size], "application/octet-stream", "dump.bin");
  }

  @When("I note {string}")
  public void note(String text) {
    scenario.log(text);
  }

  @Then("the tape reads {string}")
  public void tapeReads(String text) {
    scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", "tape.txt");
  }

  @Before("@broken-setup")
  public void brokenSetup() {
    throw new IllegalStateException("the calculator's battery is empty");
  }
}
