# Each scenario names its Xray Test with a tag, the way Xray itself writes them when it exports features:
# @TEST_CALC-13 is Test CALC-13; @REQ_CALC-21 is the requirement (a story) the scenarios below cover.
@REQ_CALC-21
Feature: Calculator
  Whole-number arithmetic, as the calculator's users see it on its display.

  Background:
    Given the calculator is switched on

  @TEST_CALC-13
  Scenario: Add two numbers
    When I add 2 and 3
    Then the display shows "5"

  # One Test Run for the whole outline, with one result per example row, in row order.
  # The second row FAILS ON PURPOSE (3 - 5 is -2, not 2), to show how Xray reports a failing row.
  @TEST_CALC-14
  Scenario Outline: Subtract two numbers
    When I subtract <b> from <a>
    Then the display shows "<difference>"

    Examples:
      | a  | b | difference |
      | 5  | 3 | 2          |
      | 3  | 5 | 2          |
      | 10 | 4 | 6          |

  # Tags on a Rule apply to its scenarios, on top of the Feature's.
  @REQ_CALC-22
  Rule: Division rounds towards zero and refuses to divide by zero

    @TEST_CALC-17
    Scenario: Chain operations
      When I divide 7 by 2
      And I multiply the result by 4
      Then the display shows "12"

    # No Test tag: reported because xray.properties sets xray.report-unannotated=true. Xray creates a Cucumber
    # Test for it on the first run (linked to CALC-21 and CALC-22) and finds it again on every later run.
    Scenario: Divide a number by itself
      When I divide 9 by 9
      Then the display shows "1"

    @TEST_CALC-15
    Scenario: Divide by zero
      When I divide 1 by 0
      Then the display shows "cannot divide by zero"
