package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.testing.FixtureBuilds;
import io.github.xray4j.core.testing.FixtureBuilds.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of the fixture projects in {@code src/it}, publishing to a stand-in Xray: every JVM of one
 * build (forks, Surefire and Failsafe) goes into one Test Execution, and every result arrives once.
 *
 * <p>The builds run the repository's own {@code mvnw} with a local repository under {@code target/it-repo}
 * (xray4j's jars are installed there by {@code maven-invoker-plugin:install}) and settings that read
 * everything else from the developer's local repository as a file repository, so nothing is written to it.
 */
class ForkedBuildsJoinOneExecutionIT {

  private static final FixtureBuilds BUILDS = new FixtureBuilds();

  @AutoClose private final XrayStandIn xray = XrayStandIn.start().acceptingImports();

  @Test
  void forkcount_3_without_reusing_forks_creates_one_execution_with_every_result_once() throws Exception {
    // given
    Path project = fixture("forkcount3");
    // when
    Build build = mvn(project, "verify");
    // then
    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(resultsFiles(project)).as("one results file per fork (six test classes)").hasSize(6);
    assertThat(xray.executionsCreated()).as("Test Executions created").isEqualTo(1);
    assertThat(xray.acceptedImports()).hasSize(6)
        .allSatisfy(body -> assertThat(body.path("testExecutionKey").asText(XrayStandIn.CREATED_KEY))
            .isEqualTo(XrayStandIn.CREATED_KEY));
    assertThat(Files.readString(project.resolve("target/xray/xray-execution.properties")))
        .as("the six forks were recognised as one build through the Maven JVM they share (one recorder)")
        .contains("test-execution-key=" + XrayStandIn.CREATED_KEY)
        .containsPattern("(?m)^recorders=\\d+@\\d+$");
    assertThat(xray.acceptedResults()).isEqualTo(once("CALC-101", "CALC-102", "CALC-103", "CALC-104", "CALC-105",
        "CALC-106", "CALC-107", "CALC-108", "CALC-109", "CALC-110", "CALC-111", "CALC-112"));
  }

  @Test
  void surefire_and_failsafe_in_one_build_share_one_execution_and_the_next_build_gets_its_own() throws Exception {
    // given
    Path project = fixture("surefire-failsafe");
    // when
    Build build = mvn(project, "verify");
    // then
    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(xray.executionsCreated()).as("Test Executions created").isEqualTo(1);
    assertThat(xray.acceptedResults())
        .isEqualTo(once("CALC-201", "CALC-202", "CALC-203", "CALC-301", "CALC-302"));

    // when: the same project is built again (a new Maven process), its old key file still in target/xray
    Build next = mvn(project, "verify");
    // then: a second Test Execution, every result once more
    assertThat(next.exitCode()).as(next.log()).isZero();
    assertThat(xray.executionsCreated()).isEqualTo(2);
    assertThat(xray.acceptedResults().values()).containsOnly(2);
  }

  private static Map<String, Integer> once(String... keys) {
    Map<String, Integer> map = new java.util.TreeMap<>();
    for (String key : keys) {
      map.put(key, 1);
    }
    return map;
  }

  private static List<Path> resultsFiles(Path project) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("target/xray"))) {
      return files.filter(f -> f.getFileName().toString().matches("xray-results-.*\\.json")).toList();
    }
  }

  /** Copies a fixture project to target/it-work, filling in the versions. */
  private static Path fixture(String name) throws IOException {
    return BUILDS.fixture(name, Map.of("xray4j.version", FixtureBuilds.property("it.xray4j.version"),
        "junit.version", FixtureBuilds.property("it.junit.version")));
  }

  private Build mvn(Path project, String... goals) throws Exception {
    List<String> args = new ArrayList<>(List.of("-q"));
    args.addAll(List.of(goals));
    Build build = BUILDS.mvn(project, project.getFileName().toString(), Map.of(
        "XRAY_URL", xray.url(),
        "XRAY_TOKEN", "test-token-it-123",
        "XRAY_PROJECT_KEY", "CALC",
        "XRAY_PUBLISH_TIMEOUT", "60s"), args);
    assertThat(build.log()).as("the token never appears in the build's output").doesNotContain("test-token-it-123");
    return build;
  }
}
