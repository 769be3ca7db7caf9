package io.github.xray4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of what the sandbox received, as the examples' main command prints it: for each Test Execution its
 * key and summary, then one line per Test Run with the test key, status, number of iterations, number of
 * Scenario Outline examples and number of evidence files.
 *
 * <pre>{@code
 * String table = SandboxReport.render(sandbox.stateJson());
 * // or from a shell, against a running sandbox:
 * // java -cp xray-sandbox.jar io.github.xray4j.sandbox.SandboxReport http://127.0.0.1:8080 [CALC-25 ...]
 * }</pre>
 *
 * <pre>
 * CALC-25  Calculator (JUnit 5): 3 runs (PASS 1, FAIL 2)
 *   TEST     STATUS  ITERATIONS  EXAMPLES  EVIDENCE
 *   CALC-1   PASS             0         0         1
 * </pre>
 */
public final class SandboxReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] HEADER = {"TEST", "STATUS", "ITERATIONS", "EXAMPLES", "EVIDENCE"};

  private SandboxReport() {
  }

  /**
   * Renders the table from the sandbox state (the body of {@code GET /sandbox/state}).
   *
   * @param stateJson the state
   * @param executionKeys the Test Executions to show; none for all
   * @throws IllegalArgumentException if {@code stateJson} is not the sandbox's state
   */
  public static String render(String stateJson, String... executionKeys) {
    JsonNode state;
    try {
      state = JSON.readTree(stateJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not the sandbox state (JSON expected): " + e.getMessage(), e);
    }
    if (!state.path("testExecutions").isArray()) {
      throw new IllegalArgumentException("Not the sandbox state: it has no testExecutions");
    }
    Set<String> wanted = Set.of(executionKeys);
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (JsonNode execution : state.path("testExecutions")) {
      if (!wanted.isEmpty() && !wanted.contains(execution.path("key").asText())) {
        continue;
      }
      shown++;
      execution(out, execution);
    }
    if (shown == 0) {
      out.append(wanted.isEmpty() ? "No Test Execution was published." : "No Test Execution "
          + String.join(", ", executionKeys) + " was published.").append('\n');
    }
    return out.toString();
  }

  /**
   * Fetches the state of a running sandbox and renders it.
   *
   * @param sandboxUrl the sandbox's base URL, e.g. {@code http://127.0.0.1:8080}
   * @throws UncheckedIOException if the sandbox does not answer
   */
  public static String fetch(String sandboxUrl, String... executionKeys) {
    URI uri = URI.create(sandboxUrl.replaceAll("/+$", "") + "/sandbox/state");
    try {
      HttpResponse<String> response = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new UncheckedIOException(new IOException("GET " + uri + " answered " + response.statusCode()
            + "; is this the Xray sandbox?"));
      }
      return render(response.body(), executionKeys);
    } catch (IOException e) {
      throw new UncheckedIOException("The sandbox at " + sandboxUrl + " did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading " + uri, e);
    }
  }

  /**
   * Prints the table of a running sandbox: {@code SandboxReport <sandbox url> [execution key ...]}.
   *
   * @param args the sandbox URL, then optionally the Test Execution keys to show
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("Usage: java -cp xray-sandbox.jar " + SandboxReport.class.getName()
          + " <sandbox url> [execution key ...]");
      System.exit(2);
    }
    System.out.print(fetch(args[0], Arrays.copyOfRange(args, 1, args.length)));
  }

  private static void execution(StringBuilder out, JsonNode execution) {
    JsonNode runs = execution.path("runs");
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (JsonNode run : runs) {
      String status = run.path("status").asText();
      byStatus.merge(status, 1, Integer::sum);
      rows.add(new String[] {run.path("testKey").asText(), status,
          String.valueOf(run.path("iterations").size()), String.valueOf(run.path("examples").size()),
          String.valueOf(run.path("evidence").size())});
    }
    List<String> counts = new ArrayList<>();
    byStatus.forEach((status, count) -> counts.add(status + " " + count));
    out.append(execution.path("key").asText()).append("  ").append(execution.path("summary").asText())
        .append(": ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs")
        .append(counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")").append('\n');
    if (runs.isEmpty()) {
      return;
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        // key and status to the left, the counts to the right
        String cell = i < 2 ? String.format("%-" + widths[i] + "s", row[i])
            : String.format("%" + widths[i] + "s", row[i]);
        line.append(cell).append(i < row.length - 1 ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
