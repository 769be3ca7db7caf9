Feature: A run whose JVM dies

  @TEST_CALC-61
  Scenario: Adding
    Given a calculator
    When I add 2 and 3
    Then the result is 5

  @TEST_CALC-62
  Scenario: Adding, expecting the wrong sum
    Given a calculator
    When I add 2 and 3
    Then the result is 6

  @TEST_CALC-63
  Scenario: A screenshot
    Given a calculator
    When I take a screenshot

  @TEST_CALC-64
  Scenario: The JVM dies here
    Given a calculator
    When I take a screenshot
    And the JVM halts
