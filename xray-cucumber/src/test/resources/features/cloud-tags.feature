Feature: Tags as Xray Cloud writes them

  @TestName:CALC-50
  Scenario: A Cloud-style Test tag
    Given a calculator

  @TEST_CALC-51 @TestName:calc
  Scenario: A Server-style Test tag
    Given a calculator
