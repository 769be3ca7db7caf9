package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.xray4j.cucumber.CucumberFixture.filesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.testing.LogCapture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin on a Cucumber-JVM older than it supports: run only in the build's {@code cucumber6} execution,
 * whose classpath has Cucumber 6 ({@code xray4j.expected-cucumber}) instead of 7.
 */
class OlderCucumberTest {

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir Path outputDir;
  @TempDir Path reports;

  private FakeXray xray;

  @BeforeEach
  void startXray() {
    assumeTrue(String.valueOf(CucumberVersion.onClasspath()).startsWith("6."), "runs in the cucumber6 execution");
    xray = FakeXray.server(server, outputDir);
  }

  @Test
  void says_in_one_line_which_version_it_found_and_needs_and_leaves_the_scenarios_to_run() throws IOException {
    // given reporting configured, on Cucumber 6
    String version = System.getProperty("xray4j.expected-cucumber");
    assertThat(CucumberVersion.onClasspath()).isEqualTo(version);
    CucumberFixture cucumber = CucumberFixture.publishingTo(xray);
    Path report = reports.resolve("cucumber.json");
    List<String> messages;

    // when
    try (LogCapture log = new LogCapture()) {
      cucumber.runCli(null, List.of("features/inheritance.feature"), "--plugin", "json:" + report);
      messages = log.messages();
    }

    // then
    assertThat(cucumber.lastExitStatus()).isZero();
    assertThat(passedScenarios(report)).containsExactly(
        "Background steps run first", "Two Test tags, one inherited from the rule");
    assertThat(messages).containsExactly("WARNING Xray: Cucumber-JVM " + version + " is too old for xray4j, which"
        + " needs Cucumber-JVM 7.3.0 or newer; these scenarios are not reported to Xray (upgrade io.cucumber to"
        + " 7.3.0+, for example with io.cucumber:cucumber-bom)");
    assertThat(xray.requests()).isZero();
    assertThat(filesIn(outputDir)).isEmpty();
  }

  @Test
  void says_nothing_at_all_when_reporting_is_not_configured() throws IOException {
    // given no xray4j configuration, on Cucumber 6
    CucumberFixture cucumber = CucumberFixture.unconfigured(xray);
    Path report = reports.resolve("cucumber.json");
    List<String> messages;

    // when
    try (LogCapture log = new LogCapture()) {
      cucumber.runCli(null, List.of("features/inheritance.feature"), "--plugin", "json:" + report);
      messages = log.messages();
    }

    // then
    assertThat(cucumber.lastExitStatus()).isZero();
    assertThat(passedScenarios(report)).hasSize(2);
    assertThat(messages).isEmpty();
    assertThat(xray.requests()).isZero();
  }

  /** The names of the scenarios in Cucumber's JSON report whose steps all passed. */
  private static List<String> passedScenarios(Path report) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode feature : new ObjectMapper().readTree(report.toFile())) {
      for (JsonNode element : feature.path("elements")) {
        boolean passed = element.path("steps").size() > 0;
        for (JsonNode step : element.path("steps")) {
          passed &= "passed".equals(step.path("result").path("status").asText());
        }
        if ("scenario".equals(element.path("type").asText()) && passed) {
          names.add(element.path("name").asText());
        }
      }
    }
    return names;
  }
}
