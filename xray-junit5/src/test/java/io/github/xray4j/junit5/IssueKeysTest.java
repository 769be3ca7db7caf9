package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueKeysTest {

  @ParameterizedTest
  @ValueSource(strings = {"CALC-1", "CALC-1880", "AB_2-30", "X1-9"})
  void accepts_jira_issue_keys(String key) {
    assertThat(IssueKeys.isValid(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"calc-1", "CALC-", "CALC 1", "CALC-0", "-1", "C-1", "CALC-1 ", "1CALC-1", ""})
  void rejects_anything_else(String key) {
    assertThat(IssueKeys.isValid(key)).isFalse();
  }
}
