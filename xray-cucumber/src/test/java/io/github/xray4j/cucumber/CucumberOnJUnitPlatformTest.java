package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.xray4j.cucumber.CucumberFixture.only;
import static io.github.xray4j.cucumber.CucumberFixture.resource;
import static io.github.xray4j.cucumber.JsonAssertions.assertJson;
import static io.github.xray4j.cucumber.JsonAssertions.assertJsonInAnyOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.cucumber.fixtures.JupiterFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    cucumber = CucumberFixture.publishingTo(FakeXray.server(server, outputDir));
  }

  @Test
  void publishes_the_same_document_as_the_cli_when_cucumber_runs_on_the_junit_platform() {
    // given features/statuses.feature, whose document through the CLI is expected/statuses.json

    // when
    String document = only(cucumber.runOnJUnitPlatform(Map.of(), "features/statuses.feature"));

    // then
    assertJson(document, resource("expected/statuses.json"));
    assertThat(cucumber.lastSummary().getTestsStartedCount()).isEqualTo(7);
  }

  @Test
  void reports_each_of_200_scenarios_run_in_parallel_exactly_once(@TempDir Path features) throws Exception {
    // given
    ManySums sums = ManySums.in(features, 200);

    // when
    String document = only(cucumber.runOnJUnitPlatform(Map.of(
        "cucumber.execution.parallel.enabled", "true",
        "cucumber.execution.parallel.config.strategy", "fixed",
        "cucumber.execution.parallel.config.fixed.parallelism", "4",
        "cucumber.execution.parallel.config.fixed.max-pool-size", "4"), sums.feature().toString()));

    // then
    assertThat(cucumber.lastSummary().getTestsSucceededCount()).isEqualTo(200);
    assertJsonInAnyOrder(document, sums.expectedDocument());
  }

  @Test
  void publishes_each_scenario_once_by_this_plugin_when_xray_junit5_runs_alongside() throws Exception {
    // given a Jupiter test for CALC-60 and features/inheritance.feature in one Launcher run, with xray-junit5 on
    // the classpath (its listener registers itself) and its default xray.junit.excluded-engines=cucumber; every
    // test reported, so that xray-junit5 would report the scenarios too if it did not leave them to the plugin
    CucumberFixture everything = cucumber.with("xray.report-unannotated", "true");

    // when
    List<String> documents = everything.runOnJUnitPlatform(Map.of(),
        List.of(selectClass(JupiterFixture.class), selectClasspathResource("features/inheritance.feature")),
        "junit-jupiter", "cucumber");

    // then the plugin publishes the scenarios and xray-junit5 only the Jupiter test
    assertThat(documents).hasSize(2);
    Map<Boolean, List<String>> byPlugin = documents.stream()
        .collect(Collectors.partitioningBy(document -> document.contains("features/inheritance.feature")));
    assertJson(only(byPlugin.get(true)), resource("expected/inheritance.json"));
    assertThat(testKeys(only(byPlugin.get(false)))).containsExactly("CALC-60");
  }

  private static List<String> testKeys(String document) throws Exception {
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(document).path("tests").forEach(test -> keys.add(test.path("testKey").asText()));
    return keys;
  }
}
