package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cucumber.core.cli.Main;
import io.github.xray4j.cucumber.steps.HaltingSteps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Cucumber run whose JVM halts in its fourth scenario, through Cucumber's CLI in a child JVM: the three finished
 * scenarios (and the screenshot one attached, and the running one's) are in the journal on disk, and the next run that publishes from the
 * same output directory gets each of them into Xray exactly once.
 */
class JvmHaltedMidRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir Path dir;

  @Test
  void the_next_run_sends_every_scenario_that_finished_before_the_jvm_halted_exactly_once() throws Exception {
    // given: a child JVM that halts in CALC-64, publishing only at the end (which never comes)
    Path output = dir.resolve("xray");
    FakeXray xray = FakeXray.server(server, output);
    int exit = runChild(xray.configuration(), "features/halting.feature");
    assertThat(exit).as("the child JVM halted (see %s)", dir.resolve("child.log")).isEqualTo(3);
    assertThat(xray.received()).as("nothing was sent before the JVM died").isEmpty();
    assertThat(spilledEvidence(output))
        .as("both screenshots' bytes were written next to the journal as they were attached, the one of the"
            + " scenario running when the JVM died too")
        .hasSize(2)
        .allSatisfy(file -> assertThat(Files.readAllBytes(file)).containsExactly(0x89, 'P', 'N', 'G'));

    // when: the next run publishes from the same output directory
    CucumberFixture.publishingTo(xray).runCli("features/evidence.feature");

    // then
    List<JsonNode> documents = new ArrayList<>();
    for (String body : xray.received()) {
      documents.add(JSON.readTree(body));
    }
    Map<String, Integer> times = new TreeMap<>();
    documents.forEach(document -> document.get("tests")
        .forEach(test -> times.merge(test.get("testKey").asText(), 1, Integer::sum)));
    assertThat(times).as("every finished scenario once, not the one running when the JVM died")
        .isEqualTo(Map.of("CALC-30", 1, "CALC-61", 1, "CALC-62", 1, "CALC-63", 1));
    JsonNode recovered = documents.stream()
        .filter(document -> document.get("tests").get(0).get("testKey").asText().startsWith("CALC-6"))
        .findFirst().orElseThrow();
    assertThat(recovered.at("/tests/0/status").asText()).isEqualTo("PASSED".equals(
        recovered.at("/tests/0/status").asText()) ? "PASSED" : "PASS");
    assertThat(recovered.at("/tests/1/status").asText()).startsWith("FAIL");
    JsonNode screenshot = recovered.at("/tests/2/evidences/0");
    assertThat(screenshot.get("filename").asText()).isEqualTo("display.png");
    assertThat(Base64.getDecoder().decode(screenshot.get("data").asText())).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(journals(output)).as("the recovered journal is gone").isEmpty();
    assertThat(spilledEvidence(output)).as("and so is its evidence").isEmpty();
  }

  @Test
  void the_next_run_sends_the_rows_of_an_outline_that_finished_before_the_jvm_halted_in_its_third_row()
      throws Exception {
    // given: a child JVM that halts in the third row of CALC-65's outline
    Path output = dir.resolve("xray");
    FakeXray xray = FakeXray.server(server, output);
    int exit = runChild(xray.configuration(), "features/halting-outline.feature");
    assertThat(exit).as("the child JVM halted (see %s)", dir.resolve("child.log")).isEqualTo(3);

    // when: the next run publishes from the same output directory
    CucumberFixture.publishingTo(xray).runCli("features/evidence.feature");

    // then: the two finished rows, in their places, the third not run
    List<JsonNode> outline = new ArrayList<>();
    for (String body : xray.received()) {
      JSON.readTree(body).get("tests").forEach(test -> {
        if (test.get("testKey").asText().equals("CALC-65")) {
          outline.add(test);
        }
      });
    }
    assertThat(outline).as("CALC-65 once").hasSize(1);
    assertThat(outline.get(0).get("examples")).extracting(JsonNode::asText).containsExactly("PASS", "FAIL", "TODO");
    assertThat(outline.get(0).get("status").asText()).isEqualTo("FAIL");
  }

  /** Runs Cucumber's CLI with the plugin on {@code feature} in a child JVM; returns its exit code. */
  private int runChild(Map<String, String> configuration, String feature) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-Dxray.live-interval=0");
    command.add("-D" + HaltingSteps.HALT + "=true");
    command.addAll(List.of(Main.class.getName(), "--plugin", CucumberFixture.PLUGIN, "--glue", CucumberFixture.GLUE,
        "--monochrome", "classpath:" + feature));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Files.createFile(dir.resolve("child.log")).toFile()).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    return child.exitValue();
  }

  private static List<Path> spilledEvidence(Path output) throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> file.getParent().getFileName().toString().endsWith(".evidence")).toList();
    }
  }

  private static List<Path> journals(Path output) throws Exception {
    try (Stream<Path> files = Files.list(output)) {
      return files.filter(file -> file.getFileName().toString().matches("xray-journal-.*\\.jsonl")).toList();
    }
  }
}
