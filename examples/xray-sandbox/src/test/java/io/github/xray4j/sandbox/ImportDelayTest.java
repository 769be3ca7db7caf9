package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The import delays of {@link XraySandbox.Builder}: answers that come late, after the import was applied. A delay of
 * an hour stands for "not answered": the tests look at what the sandbox holds meanwhile, never at a clock.
 */
class ImportDelayTest {

  private static final String IMPORT = "/rest/raven/2.0/import/execution";
  private static final Duration NEVER = Duration.ofHours(1);
  /** A guard against a hang, not a timing assertion. */
  private static final long GUARD_SECONDS = 30;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void the_nth_creating_import_creates_its_execution_and_keeps_the_client_waiting_while_the_others_answer()
      throws Exception {
    try (XraySandbox sandbox = XraySandbox.builder().lateCreatingImport(2, NEVER).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      // given a first creating import, then one into the execution it created (which creates nothing)
      assertThat(json(http.post(IMPORT, BASIC, creating("CALC-1"))).path("testExecIssue").path("key").asText())
          .isEqualTo("CALC-25");
      assertThat(http.post(IMPORT, BASIC, into("CALC-25", "CALC-2")).statusCode()).isEqualTo(200);

      // when the second creating import is sent
      CompletableFuture<HttpResponse<String>> late = sendAsync(sandbox, creating("CALC-3"));
      awaitExecutions(http, 2);

      // then its execution exists, its answer has not come, and the next creating import answers
      assertThat(http.state().path("testExecutions").get(1).path("runs").findValuesAsText("testKey"))
          .containsExactly("CALC-3");
      assertThat(late).isNotDone();
      assertThat(json(http.post(IMPORT, BASIC, creating("CALC-4"))).path("testExecIssue").path("key").asText())
          .isEqualTo("CALC-27");
      assertThat(late).isNotDone();
      sandbox.close();
      assertThatThrownBy(() -> late.get(GUARD_SECONDS, TimeUnit.SECONDS))
          .as("the client never got an answer").hasCauseInstanceOf(IOException.class);
    }
  }

  @Test
  void delayed_imports_are_applied_at_once_and_hold_no_request_thread_so_the_page_still_answers() {
    try (XraySandbox sandbox = XraySandbox.builder().importDelay(NEVER).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      // given more imports waiting for their answers than the sandbox has request threads (4)
      List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
      for (String test : List.of("CALC-1", "CALC-2", "CALC-3", "CALC-4", "CALC-5", "CALC-6")) {
        waiting.add(sendAsync(sandbox, creating(test)));
      }
      awaitExecutions(http, 6);

      // when
      HttpResponse<String> page = http.get("/");

      // then
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Test Executions (6)");
      assertThat(waiting).noneMatch(CompletableFuture::isDone);
    }
  }

  @Test
  void a_delayed_answer_comes_whole_for_an_accepted_import_and_for_a_refused_one() {
    try (XraySandbox sandbox = XraySandbox.builder().importDelay(Duration.ofMillis(50)).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);

      // when
      HttpResponse<String> accepted = http.post(IMPORT, BASIC, creating("CALC-1"));
      HttpResponse<String> refused = http.post(IMPORT, BASIC, creating("CALC-999"));

      // then
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(json(accepted)).isEqualTo(json("""
          {"testExecIssue": {"id": "10024", "key": "CALC-25", "self": "%1$s/rest/api/2/issue/10024"},
           "testIssues": {"success": [{"id": "10000", "key": "CALC-1", "self": "%1$s/rest/api/2/issue/10000"}]}}"""
          .formatted(sandbox.url())));
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(json(refused).path("error").asText()).isEqualTo("Test with key CALC-999 was not found!");
    }
  }

  @Test
  void a_reset_counts_the_creating_imports_from_one_again() throws Exception {
    try (XraySandbox sandbox = XraySandbox.builder().lateCreatingImport(2, NEVER).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      // given
      assertThat(http.post(IMPORT, BASIC, creating("CALC-1")).statusCode()).isEqualTo(200);

      // when
      sandbox.reset();
      HttpResponse<String> first = sendAsync(sandbox, creating("CALC-2")).get(GUARD_SECONDS, TimeUnit.SECONDS);

      // then
      assertThat(json(first).path("testExecIssue").path("key").asText()).isEqualTo("CALC-25");
    }
  }

  @Test
  void refuses_a_negative_delay_and_a_creating_import_counted_from_zero() {
    XraySandbox.Builder builder = XraySandbox.builder();
    assertThatThrownBy(() -> builder.importDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("An import delay cannot be negative: PT-1S");
    assertThatThrownBy(() -> builder.lateCreatingImport(0, Duration.ofSeconds(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("The late creating import is counted from 1, not 0");
  }

  private static String creating(String testKey) {
    return "{\"info\": {\"project\": \"CALC\"}, \"tests\": [{\"testKey\": \"" + testKey + "\", \"status\": \"PASS\"}]}";
  }

  private static String into(String executionKey, String testKey) {
    return "{\"testExecutionKey\": \"" + executionKey + "\", \"tests\": [{\"testKey\": \"" + testKey
        + "\", \"status\": \"PASS\"}]}";
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(XraySandbox sandbox, String body) {
    return client.sendAsync(HttpRequest.newBuilder(URI.create(sandbox.url() + IMPORT)).header("Authorization", BASIC)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the sandbox holds this many Test Executions: the imports sent meanwhile have been applied. */
  private static void awaitExecutions(SandboxHttp http, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
    while (http.state().path("testExecutions").size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The sandbox did not apply the imports: " + http.state().path("testExecutions"));
      }
      Thread.onSpinWait();
    }
  }
}
