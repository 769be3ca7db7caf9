@TEST_CALC-10
Feature: Division

  Scenario Outline: Dividing <a> by <b>
    Given a calculator
    When I divide <a> by <b>
    Then the result is <c>

    Examples:
      | a | b | c |
      | 6 | 2 | 3 |
      | 6 | 0 | 0 |
      | 9 | 3 | 3 |
