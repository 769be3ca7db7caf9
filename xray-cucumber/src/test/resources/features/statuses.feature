Feature: Calculator statuses

  @TEST_CALC-1
  Scenario: Adding two numbers
    Given a calculator
    When I add 2 and 3
    Then the result is 5

  @TEST_CALC-2
  Scenario: A wrong expectation
    Given a calculator
    When I add 2 and 3
    Then the result is 6
    And I add 1 and 1

  @TEST_CALC-3
  Scenario: A step that is not written yet
    Given a calculator
    When I use a feature nobody has written yet
    Then the result is 0

  @TEST_CALC-4
  Scenario: A step without a definition
    Given a calculator
    When I square 3
    Then the result is 9

  @TEST_CALC-5
  Scenario: Not on this machine
    Given a calculator
    When the calculator is not available here
    Then the result is 0

  @TEST_CALC-6
  Scenario: An ambiguous step
    Given a calculator
    When I press clear

  @TEST_CALC-7 @broken-setup
  Scenario: A hook that fails
    Given a calculator
