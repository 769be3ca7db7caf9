@REQ_CALC-8
Feature: Tags

  @TEST_calc-1 @smoke
  Scenario: A malformed Test key
    Given a calculator

  @TEST_CALC-40 @TEST_CALC-x @REQ_9
  Scenario: One good key and two malformed ones
    Given a calculator

  @REQ_CALC-9 @wip
  Scenario: Untagged addition
    Given a calculator
    When I add 2 and 3
    Then the result is 5

  Scenario Outline: Untagged division
    Given a calculator
    When I divide <a> by <b>

    Examples:
      | a | b |
      | 4 | 2 |
      | 1 | 0 |
