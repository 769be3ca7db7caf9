Feature: Evidence

  @TEST_CALC-30
  Scenario: Screenshots, notes and dumps
    Given a calculator
    When I take a screenshot
    And I note "added 2 and 3"
    And I attach the tape
    And I attach a 2048 byte dump
    Then the tape reads "5"
