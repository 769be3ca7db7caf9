package io.github.xray4j.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule that decides which Cucumber-JVM versions xray4j reports on, and what it says about the others. */
class CucumberVersionRuleTest {

  @Test
  void names_the_version_found_and_the_version_needed_for_cucumber_older_than_7_3() {
    assertThat(CucumberVersion.tooOld("6.10.4")).contains("Xray: Cucumber-JVM 6.10.4 is too old for xray4j, which"
        + " needs Cucumber-JVM 7.3.0 or newer; these scenarios are not reported to Xray (upgrade io.cucumber to"
        + " 7.3.0+, for example with io.cucumber:cucumber-bom)");
    assertThat(CucumberVersion.tooOld("7.0.0")).get().asString().contains("Cucumber-JVM 7.0.0 is too old");
    assertThat(CucumberVersion.tooOld("7.2.3")).get().asString().contains("Cucumber-JVM 7.2.3 is too old");
  }

  @Test
  void accepts_cucumber_7_3_and_newer_and_an_unknown_version() {
    assertThat(CucumberVersion.tooOld("7.3.0")).isEmpty();
    assertThat(CucumberVersion.tooOld("7.11.2")).isEmpty();
    assertThat(CucumberVersion.tooOld("7.34.2")).isEmpty();
    assertThat(CucumberVersion.tooOld("8.0.0")).isEmpty();
    assertThat(CucumberVersion.tooOld(null)).isEmpty();
    assertThat(CucumberVersion.tooOld("main-SNAPSHOT")).isEmpty();
  }

  @Test
  void knows_that_cucumber_before_7_12_drops_what_a_plugin_throws_at_the_end_of_the_run() {
    assertThat(CucumberVersion.failsTheRunOnPluginError("7.3.0")).isFalse();
    assertThat(CucumberVersion.failsTheRunOnPluginError("7.11.2")).isFalse();
    assertThat(CucumberVersion.failsTheRunOnPluginError("7.12.0")).isTrue();
    assertThat(CucumberVersion.failsTheRunOnPluginError("7.34.2")).isTrue();
    assertThat(CucumberVersion.failsTheRunOnPluginError("8.1.0")).isTrue();
    assertThat(CucumberVersion.failsTheRunOnPluginError(null)).isTrue();
  }
}
