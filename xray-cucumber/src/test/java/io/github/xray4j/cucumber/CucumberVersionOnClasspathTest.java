package io.github.xray4j.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each test execution of this module runs on the Cucumber-JVM it names ({@code xray4j.expected-cucumber}: the
 * newest in {@code default-test}, the oldest supported in {@code cucumber-min}, 6.x in {@code cucumber6}).
 */
class CucumberVersionOnClasspathTest {

  @Test
  void runs_on_the_cucumber_version_the_build_execution_names() {
    assertThat(CucumberVersion.onClasspath()).isEqualTo(System.getProperty("xray4j.expected-cucumber"));
  }
}
