package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.base64;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPageAndStateTest extends SandboxTest {

  private void publish() {
    HttpResponse<String> response = http.post("/rest/raven/2.0/import/execution", BASIC, """
        {"info": {"project": "CALC", "summary": "Nightly <b>build</b>", "testPlanKey": "CALC-24"},
         "tests": [
           {"testKey": "CALC-1", "status": "PASS", "start": "2026-05-01T10:00:00+00:00",
            "finish": "2026-05-01T10:00:01+00:00",
            "comment": "<script>alert('x')</script> & more",
            "evidence": [{"data": "%s", "filename": "shot<1>.png", "contentType": "image/png"}]},
           {"testKey": "CALC-4", "status": "FAIL",
            "iterations": [{"name": "[1] zero", "parameters": [{"name": "divisor", "value": "0"}], "status": "FAIL"},
                           {"name": "[2] divisor=2", "parameters": [{"name": "divisor", "value": "2"}], "status": "PASS"}]},
           {"testKey": "CALC-15", "status": "FAIL", "examples": ["PASS", "FAIL", "PASS"]}]}"""
        .formatted(base64("0123456789abcdef")));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void the_page_lists_executions_runs_iterations_examples_and_evidence() {
    // given
    publish();

    // when
    HttpResponse<String> page = http.get("/");

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.body())
        .contains("<section id=\"CALC-25\">", "<h3>CALC-25 &ndash; Nightly &lt;b&gt;build&lt;/b&gt;</h3>")
        .contains("Test Plan: <b>CALC-24</b>")
        .contains("<td class=\"key\">CALC-1</td><td class=\"PASS\">PASS</td><td class=\"time\">2026-05-01T10:00:00+00:00</td>")
        .contains("<td class=\"key\">CALC-4</td><td class=\"FAIL\">FAIL</td>")
        .contains("<li>[1] zero (divisor=0): <span class=\"FAIL\">FAIL</span></li>")
        .contains("<li>[2] divisor=2: <span class=\"PASS\">PASS</span></li>")
        .contains("<ol><li class=\"PASS\">PASS</li><li class=\"FAIL\">FAIL</li><li class=\"PASS\">PASS</li></ol>")
        .contains("<li>shot&lt;1&gt;.png (image/png, 16 bytes)</li>");
  }

  @Test
  void the_page_escapes_everything_it_received() {
    // given
    publish();

    // when
    String page = http.get("/").body();

    // then
    assertThat(page).contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>")
        .doesNotContain("<script>alert", "<b>build</b>", "shot<1>");
    assertThat(page.split("<script>", -1)).as("only the page's own script").hasSize(2);
  }

  @Test
  void the_page_renders_the_jira_markup_of_comments_escaped() {
    // given
    HttpResponse<String> response = http.post("/rest/raven/2.0/import/execution", BASIC, """
        {"info": {"project": "CALC", "summary": "markup"},
         "tests": [{"testKey": "CALC-1", "status": "FAIL",
           "comment": "*Failed:* adds\\n{code:java}\\nAssertionError: <3> but was <4>\\n\\tat Calc.adds\\n{code}\\n{noformat}\\n_log_ <i>\\n{noformat}"}]}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    // when
    String page = http.get("/").body();

    // then
    assertThat(page).contains("<td class=\"comment\"><div class=\"comment-box\"><p><b>Failed:</b> adds</p>"
        + "<pre class=\"code\">AssertionError: &lt;3&gt; but was &lt;4&gt;\n\tat Calc.adds</pre>"
        + "<pre class=\"noformat\">_log_ &lt;i&gt;</pre></div></td>");
  }

  @Test
  void the_page_shows_the_newest_execution_first_with_its_counts_per_status_and_only_the_columns_it_uses() {
    // given
    publish();
    HttpResponse<String> second = http.post("/rest/raven/2.0/import/execution", BASIC, """
        {"info": {"project": "CALC", "summary": "second"},
         "tests": [{"testKey": "CALC-2", "status": "PASS"}, {"testKey": "CALC-3", "status": "PASS"},
                   {"testKey": "CALC-5", "status": "TODO"}]}""");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

    // when
    String page = http.get("/").body();

    // then
    assertThat(page.indexOf("<section id=\"CALC-26\">")).isPositive().isLessThan(page.indexOf("<section id=\"CALC-25\">"));
    assertThat(page)
        .contains("<tr><td class=\"key\"><a href=\"#CALC-26\">CALC-26</a></td><td>second</td><td>3</td><td>"
            + "<span class=\"badge PASS\">PASS 2</span><span class=\"badge TODO\">TODO 1</span></td>")
        .contains("<p class=\"counts\">3 runs <span class=\"badge PASS\">PASS 2</span><span class=\"badge TODO\">TODO 1</span></p>")
        .contains("<p class=\"counts\">3 runs <span class=\"badge PASS\">PASS 1</span><span class=\"badge FAIL\">FAIL 2</span></p>");
    String newest = page.substring(page.indexOf("<section id=\"CALC-26\">"), page.indexOf("<section id=\"CALC-25\">"));
    assertThat(newest).contains("<tr><th>Test</th><th>Status</th></tr>");
  }

  @Test
  void the_page_keeps_every_table_in_a_container_that_scrolls_sideways_and_wraps_code() {
    // given
    publish();

    // when
    String page = http.get("/").body();

    // then
    assertThat(page.split("<table>", -1).length).isGreaterThan(3)
        .isEqualTo(page.split("<div class=\"scroll\"><table>", -1).length);
    assertThat(page).contains(".scroll{overflow-x:auto;", "pre{white-space:pre-wrap;overflow-wrap:anywhere;");
  }

  @Test
  void the_page_follows_the_revision_which_grows_with_each_change_and_not_with_reads() {
    // given
    long start = json(http.get("/sandbox/revision")).path("revision").asLong();
    assertThat(http.get("/").body()).contains("<body data-revision=\"" + start + "\">", "fetch('/sandbox/revision'");

    // when
    publish();
    http.get("/rest/raven/2.0/api/testrun/1/status", BASIC);
    long afterImport = json(http.get("/sandbox/revision")).path("revision").asLong();
    http.postWithoutAuth("/sandbox/reset", "");
    long afterReset = json(http.get("/sandbox/revision")).path("revision").asLong();

    // then
    assertThat(afterImport).isEqualTo(start + 1);
    assertThat(afterReset).isEqualTo(start + 2);
    assertThat(http.get("/").body()).contains("<body data-revision=\"" + afterReset + "\">");
  }

  @Test
  void the_page_says_when_nothing_was_published() {
    assertThat(http.get("/").body()).contains("Nothing has been published yet.", "CALC-1", "adds two numbers");
  }

  @Test
  void the_state_shows_what_was_received_and_the_requests_without_credentials() {
    // given
    publish();

    // when
    var state = http.state();

    // then
    assertThat(state.path("url").asText()).isEqualTo(sandbox.url());
    assertThat(state.path("testExecutions").get(0).path("runs").findValuesAsText("testKey"))
        .containsExactly("CALC-1", "CALC-4", "CALC-15");
    assertThat(state.path("requests")).isEqualTo(json("""
        [{"method": "POST", "path": "/rest/raven/2.0/import/execution", "status": 200}]"""));
    assertThat(state.toString()).doesNotContain(SandboxCredentials.PASSWORD + "\"", BASIC);
    assertThat(json(sandbox.stateJson())).isEqualTo(state);
  }

  @Test
  void reset_forgets_what_was_published_and_numbers_from_the_seed_again() {
    // given
    publish();

    // when
    HttpResponse<String> reset = http.postWithoutAuth("/sandbox/reset", "");
    publish();

    // then
    assertThat(reset.statusCode()).isEqualTo(204);
    assertThat(http.state().path("testExecutions").findValuesAsText("key")).containsExactly("CALC-25");
    assertThat(http.state().path("testPlans").get(0).path("testExecutions")).isEqualTo(json("[\"CALC-25\"]"));
  }

  @Test
  void refuses_a_seed_with_a_bad_issue_key_naming_it(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, """
        {"projects": [{"key": "DEMO", "issues": [{"key": "OTHER-1", "issuetype": "Test"}]}]}""");

    assertThatThrownBy(() -> XraySandbox.builder().seed(seed).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The sandbox seed is not valid: seed: issue key \"OTHER-1\" must be new and look like DEMO-<number>");
  }

  @Test
  void browse_links_lead_to_the_execution_on_the_page() {
    // given
    publish();

    // when
    HttpResponse<String> browse = http.get("/browse/CALC-25");

    // then
    assertThat(browse.statusCode()).isEqualTo(302);
    assertThat(browse.headers().firstValue("Location")).hasValue("/#CALC-25");
  }
}
