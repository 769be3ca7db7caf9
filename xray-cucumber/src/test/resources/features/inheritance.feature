@REQ_CALC-9 @smoke
Feature: Memory

  Background:
    Given a calculator

  @TEST_CALC-20 @wip
  Scenario: Background steps run first
    When I add 1 and 2
    Then the result is 3

  @TEST_CALC-21
  Rule: Results add up

    Background:
      When I add 1 and 1

    @TEST_CALC-22
    Scenario: Two Test tags, one inherited from the rule
      Then the result is 2
