package io.github.xray4j.examples.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Step definitions for {@code calculator.feature}; Cucumber makes a new instance for every scenario. */
public class CalculatorSteps {

  private Calculator calculator = new Calculator();
  private Scenario scenario;

  @Before
  public void remember(Scenario scenario) {
    this.scenario = scenario;
  }

  @Given("the calculator is switched on")
  public void the_calculator_is_switched_on() {
    calculator = new Calculator();
  }

  @When("I add {long} and {long}")
  public void i_add(long a, long b) {
    calculator.add(a, b);
  }

  @When("I subtract {long} from {long}")
  public void i_subtract(long b, long a) {
    calculator.subtract(a, b);
  }

  @When("I multiply the result by {long}")
  public void i_multiply_the_result(long b) {
    calculator.multiply(Long.parseLong(calculator.display()), b);
  }

  @When("I divide {long} by {long}")
  public void i_divide(long a, long b) {
    calculator.divide(a, b);
  }

  @Then("the display shows {string}")
  public void the_display_shows(String expected) {
    // scenario.log text goes into the Test Run's comment in Xray.
    scenario.log("the display shows " + calculator.display());
    assertThat(calculator.display()).isEqualTo(expected);
  }

  /** Attachments become evidence of the Test Run. A UI test would attach a real screenshot here. */
  @After
  public void attach_a_screenshot() {
    scenario.attach(Screenshot.of(calculator.display()), "image/png", "screenshot.png");
  }
}
