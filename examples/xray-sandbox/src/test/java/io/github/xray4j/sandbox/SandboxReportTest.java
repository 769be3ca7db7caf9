package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.base64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class SandboxReportTest extends SandboxTest {

  @Test
  void renders_one_table_per_execution_with_status_iterations_examples_and_evidence() {
    // given a JUnit-like import on Server and a Cucumber import on Cloud
    http.post("/rest/raven/2.0/import/execution", SandboxHttp.PAT, """
        {"info": {"project": "CALC", "summary": "Calculator (JUnit 5)"}, "tests": [
          {"testKey": "CALC-1", "status": "PASS",
           "evidence": [{"data": "%s", "filename": "a.txt"}, {"data": "%s", "filename": "b.txt"}]},
          {"testKey": "CALC-12", "status": "FAIL", "iterations": [
             {"name": "[1]", "status": "PASS"}, {"name": "[2]", "status": "FAIL"}, {"name": "[3]", "status": "PASS"}]}]}"""
        .formatted(base64("a"), base64("b")));
    http.post("/api/v2/import/execution/cucumber", http.cloudBearer(), """
        [{"elements": [
          {"type": "scenario", "keyword": "Scenario Outline", "name": "Add", "tags": [{"name": "@TEST_CALC-13"}],
           "steps": [{"result": {"status": "passed"}}]},
          {"type": "scenario", "keyword": "Scenario Outline", "name": "Add", "tags": [{"name": "@TEST_CALC-13"}],
           "steps": [{"result": {"status": "failed"}}]}]}]""");

    // when
    String table = SandboxReport.fetch(sandbox.url() + "/");

    // then
    assertThat(table).isEqualTo("""
        CALC-25  Calculator (JUnit 5): 2 runs (PASS 1, FAIL 1)
          TEST     STATUS  ITERATIONS  EXAMPLES  EVIDENCE
          CALC-1   PASS             0         0         2
          CALC-12  FAIL             3         0         0
        CALC-26  Execution results: 1 run (FAILED 1)
          TEST     STATUS  ITERATIONS  EXAMPLES  EVIDENCE
          CALC-13  FAILED           0         2         0
        """);
    assertThat(SandboxReport.render(sandbox.stateJson(), "CALC-26")).startsWith("CALC-26 ").doesNotContain("CALC-25");
  }

  @Test
  void shows_an_execution_without_runs_by_its_line_only() {
    http.post("/rest/api/2/issue", SandboxHttp.BASIC, """
        {"fields": {"project": {"key": "CALC"}, "summary": "Shards", "issuetype": {"name": "Test Execution"}}}""");

    assertThat(SandboxReport.render(sandbox.stateJson())).isEqualTo("CALC-25  Shards: 0 runs\n");
  }

  @Test
  void says_when_nothing_was_published() {
    assertThat(SandboxReport.render(sandbox.stateJson())).isEqualTo("No Test Execution was published.\n");
    assertThat(SandboxReport.render(sandbox.stateJson(), "CALC-99")).isEqualTo("No Test Execution CALC-99 was published.\n");
  }

  @Test
  void refuses_what_is_not_the_sandbox_state() {
    assertThatThrownBy(() -> SandboxReport.render("{\"id\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not the sandbox state: it has no testExecutions");
    assertThatThrownBy(() -> SandboxReport.fetch(sandbox.url() + "/rest/api/2"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is this the Xray sandbox?");
  }
}
