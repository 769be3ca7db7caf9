package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The build runs this module's suite once per supported JUnit line; each Surefire execution says which JUnit
 * Platform it expects, and this test proves that is the one on the classpath.
 */
class JUnitVersionTest {

  @Test
  void runs_on_the_junit_platform_the_execution_asks_for() {
    // given
    String expected = System.getProperty("xray4j.expected-junit-platform");
    String engine = org.junit.platform.engine.TestEngine.class.getPackage().getImplementationVersion();

    // when
    String launcher = LauncherFactory.class.getPackage().getImplementationVersion();

    // then
    assertThat(expected).as("the Surefire execution names the JUnit Platform it expects").isNotBlank();
    assertThat(launcher).isEqualTo(expected);
    assertThat(engine).isEqualTo(expected);
    System.getLogger(JUnitVersionTest.class.getName())
        .log(System.Logger.Level.INFO, "JUnit Platform on the test classpath: " + launcher);
  }
}
