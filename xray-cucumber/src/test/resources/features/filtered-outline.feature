Feature: Filtered outline

  @TEST_CALC-11
  Scenario Outline: Adding <a> and <b>
    Given a calculator
    When I add <a> and <b>
    Then the result is <c>

    Examples: fast
      | a | b | c |
      | 1 | 1 | 2 |

    @slow
    Examples: slow
      | a | b | c |
      | 2 | 2 | 4 |

    Examples: also fast
      | a | b | c |
      | 3 | 3 | 6 |
