package io.github.xray4j.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.XraySandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the xray variants publish: an {@link XraySandbox} on loopback in this JVM, seeded with project
 * {@code BENCH} and Generic Tests {@code BENCH-1..BENCH-n}, and the configuration that points xray4j at it (or
 * puts it in dry-run). The sandbox is reset after every publishing run, so what it holds does not grow over
 * the repeats; it is seeded with just the Tests a size needs ({@link #seed}), because a reset reloads the seed.
 */
final class XrayTarget implements AutoCloseable {

  private final Duration importDelay;
  private final Path dir;
  private final ObjectMapper mapper = new ObjectMapper();
  private @Nullable XraySandbox sandbox;
  private int seededTests = -1;

  private XrayTarget(Path dir, Duration importDelay) {
    this.dir = dir;
    this.importDelay = importDelay;
  }

  /** A target whose sandbox is started by {@link #seed}, with its seed files under {@code dir}. */
  static XrayTarget in(Path dir) {
    return new XrayTarget(dir, Duration.ZERO);
  }

  /** The same, with a sandbox that answers each import only after {@code importDelay}: a slow Xray. */
  static XrayTarget in(Path dir, Duration importDelay) {
    return new XrayTarget(dir, importDelay);
  }

  /** (Re)starts the sandbox knowing the Tests {@code BENCH-1..BENCH-tests}, unless it already does. */
  XrayTarget seed(int tests) throws IOException {
    if (sandbox != null && seededTests == tests) {
      return this;
    }
    close();
    sandbox = XraySandbox.builder().seed(writeSeed(tests)).importDelay(importDelay).start();
    seededTests = tests;
    return this;
  }

  private XraySandbox sandbox() {
    if (sandbox == null) {
      throw new IllegalStateException("the sandbox is not started: call seed(tests) first");
    }
    return sandbox;
  }

  private Path writeSeed(int tests) throws IOException {
    Path seed = Files.createDirectories(dir).resolve("seed-" + tests + ".json");
    try (JsonGenerator json = new JsonFactory().createGenerator(seed.toFile(), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeArrayFieldStart("projects");
      json.writeStartObject();
      json.writeStringField("key", SyntheticResults.PROJECT);
      json.writeStringField("name", "Benchmarks");
      json.writeArrayFieldStart("issues");
      for (int i = 1; i <= tests; i++) {
        json.writeStartObject();
        json.writeStringField("key", SyntheticResults.PROJECT + "-" + i);
        json.writeStringField("issuetype", "Test");
        json.writeStringField("testType", "Generic");
        json.writeStringField("summary", "benchmark test " + i);
        json.writeStringField("definition", "bench.test" + i);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return seed;
  }

  /** Configuration that publishes to the sandbox (Server/DC, personal access token), results files in {@code output}. */
  Map<String, String> publishing(Path output) {
    Map<String, String> properties = common(output);
    properties.put("xray.url", sandbox().url());
    properties.put("xray.token", SandboxCredentials.PERSONAL_ACCESS_TOKEN);
    properties.put("xray.dry-run", "false");
    return properties;
  }

  /** Configuration for a dry run: the document is written to {@code output}, nothing is sent. */
  Map<String, String> dryRun(Path output) {
    Map<String, String> properties = common(output);
    properties.put("xray.dry-run", "true");
    return properties;
  }

  private static Map<String, String> common(Path output) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("xray.enabled", "true");
    properties.put("xray.project-key", SyntheticResults.PROJECT);
    properties.put("xray.summary", "xray4j benchmark");
    properties.put("xray.output-dir", output.toString());
    return properties;
  }

  /**
   * Checks that the sandbox received {@code expectedRuns} Test Runs since the last reset, then resets it.
   *
   * @throws IllegalStateException if it did not: the measured run did not publish what it should have
   */
  void checkPublished(Path output, int expectedRuns) throws IOException {
    JsonNode state = mapper.readTree(sandbox().stateJson());
    int runs = 0;
    for (JsonNode execution : state.path("testExecutions")) {
      runs += execution.path("runs").size();
    }
    reset();
    if (runs != expectedRuns) {
      throw new IllegalStateException("the sandbox received " + runs + " test runs, expected " + expectedRuns
          + "; the results files are in " + output);
    }
  }

  /** Back to the seed. */
  void reset() {
    sandbox().reset();
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
