package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xray-cli publish} streams: it holds one batch at a time, not every results file parsed, so a directory of
 * files several times larger than the heap is sent (before, 427 MB of files under -Xmx256m gave OutOfMemoryError).
 * The CLI runs in a JVM of its own with a 64 MB heap.
 */
class PublishStreamsFilesTest {

  private static final int FILES = 6;
  private static final int TESTS_PER_FILE = 40;
  private static final int EVIDENCE_BYTES = 600 * 1024; // 800 KB as base64: 32 MB a file, 192 MB in all

  /** How many times each Test key arrived in an import request; counted as requests come, none kept. */
  private final Map<String, Integer> received = new TreeMap<>();

  private final WireMockServer xray = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
      .disableRequestJournal().extensions(new ServeEventListener() {
        @Override
        public void beforeResponseSent(ServeEvent event, Parameters parameters) {
          count(event.getRequest().getBody());
        }

        @Override
        public String getName() {
          return "count-test-keys";
        }
      }));

  @TempDir Path dir;

  @AfterEach
  void stop() {
    xray.stop();
  }

  @Test
  void sends_results_files_totalling_three_times_the_heap_one_batch_at_a_time() throws Exception {
    // given
    xray.start();
    xray.stubFor(post(urlPathMatching(XrayStandIn.IMPORT_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"testExecIssue\":{\"id\":\"500\",\"key\":\"" + XrayStandIn.CREATED_KEY + "\"}}")));
    Path results = Files.createDirectory(dir.resolve("xray"));
    long total = 0;
    for (int file = 0; file < FILES; file++) {
      total += writeResultsFile(results.resolve("xray-results-20261128T0900" + (10 + file) + "Z.json"), file);
    }
    assertThat(total).as("files several times the CLI's 64 MB heap").isGreaterThan(3L * 60 * 1024 * 1024);

    // when
    Path log = dir.resolve("cli.log");
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), XrayCli.class.getName(), "publish",
        results.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("XRAY_"));
    builder.environment().putAll(Map.of("XRAY_URL", "http://127.0.0.1:" + xray.port(),
        "XRAY_TOKEN", "test-token-stream-1", "XRAY_MAX_REQUEST_SIZE", "4MB", "XRAY_PUBLISH_CONCURRENCY", "2"));
    Process cli = builder.start();
    boolean ended = cli.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      cli.destroyForcibly();
    }

    // then
    String output = Files.readString(log);
    assertThat(ended).as(output).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(cli.exitValue()).as(output).isZero();
    assertThat(output).contains(FILES * TESTS_PER_FILE + " results published to " + XrayStandIn.CREATED_KEY);
    Map<String, Integer> everyTestOnce = new TreeMap<>();
    for (int test = 0; test < FILES * TESTS_PER_FILE; test++) {
      everyTestOnce.put(key(test), 1);
    }
    synchronized (received) {
      assertThat(received).isEqualTo(everyTestOnce);
    }
  }

  /** A results file of {@value #TESTS_PER_FILE} passed tests, each with one evidence file; returns its size. */
  private static long writeResultsFile(Path file, int number) throws IOException {
    byte[] evidence = new byte[EVIDENCE_BYTES];
    for (int i = 0; i < evidence.length; i++) {
      evidence[i] = (byte) (i * 31 + number);
    }
    String data = Base64.getEncoder().encodeToString(evidence);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"info\":{\"project\":\"CALC\",\"summary\":\"Nightly\"},\"tests\":[");
      for (int test = 0; test < TESTS_PER_FILE; test++) {
        out.write((test > 0 ? "," : "") + "{\"testKey\":\"" + key(number * TESTS_PER_FILE + test)
            + "\",\"status\":\"PASS\",\"evidences\":[{\"data\":\"");
        out.write(data);
        out.write("\",\"filename\":\"screen.png\",\"contentType\":\"image/png\"}]}");
      }
      out.write("]}");
    }
    return Files.size(file);
  }

  private static String key(int test) {
    return "CALC-" + (1000 + test);
  }

  private void count(byte[] body) {
    try (JsonParser json = new JsonFactory().createParser(body)) {
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        if (token == JsonToken.FIELD_NAME && json.currentName().equals("testKey")
            && json.nextToken() == JsonToken.VALUE_STRING) {
          String key = json.getText();
          synchronized (received) {
            received.merge(key, 1, Integer::sum);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
