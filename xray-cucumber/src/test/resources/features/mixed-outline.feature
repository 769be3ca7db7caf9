Feature: Outline with a skipped row

  @TEST_CALC-12
  Scenario Outline: Adding where a calculator is
    Given a calculator
    When <action>
    Then the result is 2

    Examples:
      | action                             |
      | I add 1 and 1                      |
      | the calculator is not available here |
