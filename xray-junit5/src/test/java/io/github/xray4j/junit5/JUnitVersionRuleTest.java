package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JUnitVersionRuleTest {

  @Test
  void names_the_version_found_and_the_version_needed_for_junit_older_than_5_10() {
    assertThat(JUnitVersion.tooOld("1.8.2")).contains("Xray: JUnit 5.8.2 (JUnit Platform 1.8.2) is too old for"
        + " xray4j, which needs JUnit 5.10 or newer; these tests are not reported to Xray (upgrade JUnit to 5.10+)");
    assertThat(JUnitVersion.tooOld("1.9.3")).get().asString().contains("JUnit 5.9.3");
  }

  @Test
  void accepts_junit_5_10_and_newer_and_junit_6() {
    assertThat(JUnitVersion.tooOld("1.10.0")).isEmpty();
    assertThat(JUnitVersion.tooOld("1.11.4")).isEmpty();
    assertThat(JUnitVersion.tooOld("1.14.1")).isEmpty();
    assertThat(JUnitVersion.tooOld("6.0.1")).isEmpty();
    assertThat(JUnitVersion.tooOld(null)).isEmpty();
  }
}
