Feature: A run whose JVM dies in an outline

  @TEST_CALC-65
  Scenario Outline: Rows until the JVM dies
    Given a calculator
    When <action>
    Then the result is <sum>

    Examples:
      | action        | sum |
      | I add 2 and 3 | 5   |
      | I add 2 and 3 | 6   |
      | the JVM halts | 0   |
