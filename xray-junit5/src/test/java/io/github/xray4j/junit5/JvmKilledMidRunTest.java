package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.junit5.fixtures.AfterTheCrashFixture;
import io.github.xray4j.junit5.fixtures.HaltingMain;
import io.github.xray4j.core.testing.LogCapture;
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
 * A JVM that dies in the middle of a run, through the real Launcher in a child JVM: every result that finished
 * before is in its journal, and the next run that publishes from the same output directory sends them.
 */
class JvmKilledMidRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension wireMock = XrayServer.wireMock();

  @TempDir Path dir;

  @Test
  void sends_every_result_that_finished_before_the_jvm_was_halted_with_the_next_run() throws Exception {
    // given: a child JVM that halts in its sixth test, publishing only at the end (which never comes)
    XrayServer xray = XrayServer.on(wireMock, dir.resolve("xray"));
    int exit = runChild(xray, Map.of("xray.live-interval", "0"));
    assertThat(exit).as("the child JVM halted (see %s)", dir.resolve("child.log")).isEqualTo(3);
    assertThat(xray.imports()).as("nothing was sent before the JVM died").isEmpty();

    // when
    List<String> lines;
    try (LogCapture log = new LogCapture("io.github.xray4j.core.publish")) {
      FixtureRun.of(AfterTheCrashFixture.class).publishingTo(xray).execute();
      lines = log.messages();
    }

    // then
    List<String> imports = xray.imports();
    assertThat(imports).hasSize(2);
    JsonNode recovered = JSON.readTree(imports.get(0));
    assertThat(keys(recovered)).as("every finished result, once; not the one being run when it died")
        .containsExactly("CALC-1", "CALC-2", "CALC-3", "CALC-4", "CALC-5");
    assertThat(recovered.at("/tests/1/status").asText()).isEqualTo("FAIL");
    assertThat(keys(JSON.readTree(imports.get(1)))).containsExactly("CALC-50");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .matches("INFO Xray: recovered 5 results of the run interrupted at .* \\(pid \\d+\\): 5 results published"
            + " to CALC-2001 .*"));
  }

  /** Runs {@link HaltingMain} in a child JVM on this test classpath; returns its exit code. */
  private int runChild(XrayServer xray, Map<String, String> more) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    xray.settings().forEach((key, value) -> command.add("-D" + key + "=" + value));
    more.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-Dxray4j.fixture.halt=true");
    command.add(HaltingMain.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Files.createFile(dir.resolve("child.log")).toFile()).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    return child.exitValue();
  }

  private static List<String> keys(JsonNode body) {
    List<String> keys = new ArrayList<>();
    body.get("tests").forEach(test -> keys.add(test.get("testKey").asText()));
    return keys;
  }
}
