package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.xray4j.cucumber.CucumberFixture.only;
import static io.github.xray4j.cucumber.CucumberFixture.resource;
import static io.github.xray4j.cucumber.JsonAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin on the Cucumber JUnit Platform engine, run through the JUnit {@code Launcher} with
 * {@code cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin}.
 */
class CucumberOnJUnitPlatformTest {

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir Path outputDir;

  private CucumberFixture cucumber;

  @BeforeEach
  void startXray() {
    cucumber = CucumberFixture.publishingTo(new FakeXray(server, outputDir));
  }

  @Test
  void publishes_the_same_document_as_the_cli_when_cucumber_runs_on_the_junit_platform() {
    // given features/statuses.feature, whose document through the CLI is expected/statuses.json

    // when
    String document = only(cucumber.runOnJUnitPlatform(Map.of(), "features/statuses.feature"));

    // then
    assertJson(document, resource("expected/statuses.json"));
    assertThat(cucumber.lastSummary().getTestsStartedCount()).isEqualTo(6);
  }

  @Test
  void reports_each_of_200_scenarios_run_in_parallel_exactly_once(@TempDir Path features) throws Exception {
    // given
    int scenarios = 200;
    Path feature = features.resolve("many.feature");
    StringJoiner gherkin = new StringJoiner("\n", "Feature: Many sums\n", "\n");
    StringJoiner expected = new StringJoiner(",\n", """
        {"info": {"project": "CALC", "summary": "Cucumber run",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [
        """, "]}");
    for (int i = 0; i < scenarios; i++) {
      int line = 3 + i * 6;
      gherkin.add("  @TEST_CALC-" + (1000 + i)).add("  Scenario: Sum " + i).add("    Given a calculator")
          .add("    When I add " + i + " and 1").add("    Then the result is " + (i + 1)).add("");
      expected.add("{\"testKey\": \"CALC-" + (1000 + i) + "\", \"status\": \"PASS\", \"start\": \"${json-unit.any-string}\","
          + " \"finish\": \"${json-unit.any-string}\", \"comment\": \"*Scenario:* Sum " + i + "\\n" + feature.toUri().getPath()
          + ":" + line + "\\n* PASSED: Given a calculator\\n* PASSED: When I add " + i + " and 1\\n* PASSED: Then the result is "
          + (i + 1) + "\"}");
    }
    Files.writeString(feature, gherkin.toString());

    // when
    String document = only(cucumber.runOnJUnitPlatform(Map.of(
        "cucumber.execution.parallel.enabled", "true",
        "cucumber.execution.parallel.config.strategy", "fixed",
        "cucumber.execution.parallel.config.fixed.parallelism", "4",
        "cucumber.execution.parallel.config.fixed.max-pool-size", "4"), feature.toString()));

    // then
    assertThat(cucumber.lastSummary().getTestsSucceededCount()).isEqualTo(scenarios);
    assertJson(document, expected.toString());
  }
}
