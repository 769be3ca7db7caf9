package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import io.github.xray4j.junit5.fixtures.SecondPlanFixture;
import io.github.xray4j.junit5.fixtures.cucumber.CucumberSuiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Cucumber scenarios run by {@code cucumber-junit-platform-engine} are xray-cucumber's to report: the JUnit
 * listener skips every test of the engines in {@code xray.junit.excluded-engines} (default {@code cucumber}).
 * Runs only on JUnit 6 in this build: Cucumber's engine needs JUnit Platform 1.13 or later.
 */
@EnabledIfSystemProperty(named = "xray4j.cucumber-engine", matches = "true",
    disabledReason = "Cucumber's engine is on the classpath of the JUnit 6 execution only")
class CucumberEngineTest extends XrayServerTest {

  @Test
  void leaves_cucumber_scenarios_to_xray_cucumber() {
    // when
    TestExecutionSummary summary = cucumberAndJupiter().with("xray.report-unannotated", "true").execute();

    // then
    assertOnlyTheJupiterTestWasPublished(summary);
  }

  @Test
  void leaves_cucumber_scenarios_alone_when_a_suite_runs_the_cucumber_engine() {
    // when
    TestExecutionSummary summary = FixtureRun.of(CucumberSuiteFixture.class, SecondPlanFixture.class)
        .with("xray.report-unannotated", "true")
        .publishingTo(xray)
        .execute();

    // then
    assertOnlyTheJupiterTestWasPublished(summary);
  }

  @Test
  void skips_the_engines_named_in_the_configuration() {
    // when
    TestExecutionSummary summary = cucumberAndJupiter()
        .with("xray.junit.excluded-engines", "cucumber, junit-jupiter")
        .execute();

    // then
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(xray.requestCount()).isZero();
  }

  private FixtureRun cucumberAndJupiter() {
    return FixtureRun.of()
        .plan(selectClasspathResource("io/github/xray4j/junit5/fixtures/cucumber/checkout.feature"),
            selectClass(SecondPlanFixture.class))
        .parameter("cucumber.glue", "io.github.xray4j.junit5.fixtures.cucumber")
        .parameter("cucumber.publish.quiet", "true")
        .publishingTo(xray);
  }

  /** Both the scenario and the Jupiter test ran, and only the Jupiter test (CALC-70) was published. */
  private void assertOnlyTheJupiterTestWasPublished(TestExecutionSummary summary) {
    assertThat(summary.getTestsSucceededCount()).as("the scenario and the Jupiter test ran").isEqualTo(2);
    xray.assertOneImport("""
        {"info": {"project": "CALC", "summary": "%1$s", "description": "%1$s", "startDate": "%1$s",
                  "finishDate": "%1$s"},
         "tests": [{"testKey": "CALC-70", "status": "PASS", "start": "%1$s", "finish": "%1$s"}]}"""
        .formatted(PublishingThroughTheLauncherTest.ANY));
  }
}
