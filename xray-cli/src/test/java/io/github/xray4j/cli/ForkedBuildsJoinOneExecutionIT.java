package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path WORK = MODULE.resolve("target/it-work");

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
    Path source = MODULE.resolve("src/it").resolve(name);
    Path target = WORK.resolve(name);
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.writeString(copy, Files.readString(file)
              .replace("@xray4j.version@", property("it.xray4j.version"))
              .replace("@junit.version@", property("it.junit.version")));
        }
      }
    }
    return target;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + " (set by the failsafe configuration)").isNotBlank();
    return value;
  }

  record Build(int exitCode, String log) {}

  private Build mvn(Path project, String... goals) throws Exception {
    Path settings = WORK.resolve("settings.xml");
    String shared = Path.of(property("it.shared.repository")).toUri().toString();
    Files.writeString(settings, """
        <settings>
          <profiles>
            <profile>
              <id>shared-local-repository</id>
              <repositories>
                <repository><id>shared-m2</id><url>%1$s</url></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>shared-m2</id><url>%1$s</url></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>shared-local-repository</activeProfile></activeProfiles>
        </settings>
        """.formatted(shared), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(MODULE.getParent().resolve("mvnw").toString(), "-B", "-q",
        "-s", settings.toString(), "-Dmaven.repo.local=" + property("it.local.repository")));
    command.addAll(List.of(goals));
    Path log = WORK.resolve(project.getFileName() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("XRAY_") || name.startsWith("MAVEN_"));
    env.put("XRAY_URL", xray.url());
    env.put("XRAY_TOKEN", "test-token-it-123");
    env.put("XRAY_PROJECT_KEY", "CALC");
    env.put("XRAY_PUBLISH_TIMEOUT", "60s");
    // Short-lived JVMs: start fast rather than run fast.
    env.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the build of " + project + " did not finish in 5 minutes; see " + log);
    }
    String output = Files.readString(log);
    assertThat(output).as("the token never appears in the build's output").doesNotContain("test-token-it-123");
    return new Build(process.exitValue(), output);
  }
}
