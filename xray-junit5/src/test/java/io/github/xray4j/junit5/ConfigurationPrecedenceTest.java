package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.junit5.fixtures.RunInForkedJvm;
import io.github.xray4j.junit5.fixtures.SecondPlanFixture;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the listener's settings come from, end to end: a forked JVM with a real environment, real system
 * properties and real {@code junit-platform.properties} and {@code xray.properties} files on its classpath,
 * runs a fixture class through the Launcher, and Xray receives what the highest layer said for each key.
 */
class ConfigurationPrecedenceTest {

  @RegisterExtension
  static final WireMockExtension WIRE_MOCK = XrayServer.wireMock();

  @TempDir
  Path work;

  @Test
  void a_system_property_beats_the_environment_which_beats_junit_platform_properties_which_beat_xray_properties()
      throws Exception {
    // given
    XrayServer xray = XrayServer.on(WIRE_MOCK, work.resolve("out"));
    Path resources = Files.createDirectories(work.resolve("classpath"));
    Files.writeString(resources.resolve("xray.properties"), """
        xray.test-execution-key=CALC-5001
        xray.test-plan-key=CALC-5100
        xray.fix-version=5.0
        xray.revision=rev-from-xray-properties
        """, StandardCharsets.ISO_8859_1);
    Files.writeString(resources.resolve("junit-platform.properties"), """
        xray.test-execution-key=CALC-4001
        xray.test-plan-key=CALC-4100
        xray.fix-version=4.0
        """, StandardCharsets.ISO_8859_1);
    Map<String, String> environment = Map.of(
        "XRAY_ENABLED", "true",
        "XRAY_TEST_EXECUTION_KEY", "CALC-3001",
        "XRAY_TEST_PLAN_KEY", "CALC-3100");
    Map<String, String> systemProperties = Map.of(
        "xray.test-execution-key", "CALC-2001",
        "xray.url", xray.url(),
        "xray.token", XrayServer.TOKEN,
        "xray.output-dir", work.resolve("out").toString());

    // when
    int exit = runForked(resources, environment, systemProperties, SecondPlanFixture.class.getName());

    // then
    assertThat(exit).isZero();
    xray.assertOneImport("""
        {"testExecutionKey": "CALC-2001",
         "info": {"summary": "%1$s", "startDate": "%1$s", "finishDate": "%1$s", "testPlanKey": "CALC-3100",
                  "version": "4.0", "revision": "rev-from-xray-properties"},
         "tests": [{"testKey": "CALC-70", "status": "PASS", "start": "%1$s", "finish": "%1$s"}]}"""
        .formatted(PublishingThroughTheLauncherTest.ANY));
  }

  /** Runs {@link RunInForkedJvm} in a new JVM with exactly these Xray settings in its environment. */
  private int runForked(Path resources, Map<String, String> environment, Map<String, String> systemProperties,
      String... fixtures) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(resources + File.pathSeparator + System.getProperty("java.class.path"));
    command.add(RunInForkedJvm.class.getName());
    command.addAll(List.of(fixtures));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("forked.log").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("XRAY_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the forked JVM did not finish in 2 minutes");
    }
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
        () -> "forked JVM output:\n" + readLog());
    return process.exitValue();
  }

  private String readLog() {
    try {
      return Files.readString(work.resolve("forked.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
