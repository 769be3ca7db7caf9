package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.junit5.fixtures.ClassKeyFixture;
import io.github.xray4j.junit5.fixtures.ContainerFailureFixture;
import io.github.xray4j.junit5.fixtures.EvidenceFixture;
import io.github.xray4j.junit5.fixtures.IterationsFixture;
import io.github.xray4j.junit5.fixtures.ManyFailuresFixture;
import io.github.xray4j.junit5.fixtures.MalformedKeysFixture;
import io.github.xray4j.junit5.fixtures.NestedFixture;
import io.github.xray4j.junit5.fixtures.OutcomesFixture;
import io.github.xray4j.junit5.fixtures.ParallelFixture;
import io.github.xray4j.junit5.fixtures.SecondPlanFixture;
import io.github.xray4j.junit5.fixtures.UnannotatedFixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Fixture classes run through the real Launcher, the listeners registered by the ServiceLoader, publishing to
 * a fake Xray: the document Xray receives, compared whole as JSON. Times vary from run to run and are matched
 * by the {@code ${json-unit.any-string}} placeholder; everything else is exact.
 */
class PublishingThroughTheLauncherTest extends XrayServerTest {

  /** Start, finish or duration: present, value varies. */
  static final String ANY = "${json-unit.any-string}";

  static final String INFO = """
      "info": {"project": "CALC", "summary": "${json-unit.any-string}", "description": "${json-unit.any-string}",
               "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"}""";

  /** JUnit 6 writes the default name of a parameterized invocation differently: {@code [1] n = 1}. */
  static final boolean JUNIT_6 = org.junit.platform.launcher.core.LauncherFactory.class.getPackage()
      .getImplementationVersion().startsWith("6.");

  /** The default display name of a parameterized invocation with these arguments, on the JUnit line running. */
  static String invocation(int index, String... namesAndValues) {
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.add(JUNIT_6 ? namesAndValues[i] + " = " + namesAndValues[i + 1]
          : namesAndValues[i] + "=" + namesAndValues[i + 1].replace("\"", ""));
    }
    return "[" + index + "] " + String.join(", ", arguments);
  }

  @Test
  void publishes_pass_fail_error_abort_and_disabled() {
    // when
    FixtureRun.of(OutcomesFixture.class).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-1", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-2", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\norg.opentest4j.AssertionFailedError: sum ==> expected: <3> but was: <4>\\n\\tat io.github.xray4j.junit5.fixtures.OutcomesFixture.b_fails(OutcomesFixture.java:23)\\n{code}"},
          {"testKey": "CALC-3", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\njava.lang.IllegalStateException: the calculator is out of batteries\\n\\tat io.github.xray4j.junit5.fixtures.OutcomesFixture.c_errors(OutcomesFixture.java:29)\\n{code}"},
          {"testKey": "CALC-4", "status": "ABORTED", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\norg.opentest4j.TestAbortedException: Assumption failed: not on this platform\\n\\tat io.github.xray4j.junit5.fixtures.OutcomesFixture.d_aborts(OutcomesFixture.java:35)\\n{code}"},
          {"testKey": "CALC-5", "status": "TODO", "comment": "Skipped: waiting for CALC-99"}
         ]}""".formatted(INFO, ANY));
  }

  @Test
  void publishes_each_parameterized_repeated_and_dynamic_test_as_one_run_with_an_iteration_per_invocation() {
    // when
    FixtureRun.of(IterationsFixture.class).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-10", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "%4$s:\\n{code}\\norg.opentest4j.AssertionFailedError: expected: <5> but was: <4>\\n\\tat io.github.xray4j.junit5.fixtures.IterationsFixture.a_adds(IterationsFixture.java:28)\\n{code}",
           "iterations": [
            {"name": "%3$s", "status": "PASS", "parameters": [{"name": "first", "value": "1"}, {"name": "second", "value": "2"},
                            {"name": "sum", "value": "3"}]},
            {"name": "%4$s", "status": "FAIL", "parameters": [{"name": "first", "value": "2"}, {"name": "second", "value": "2"},
                            {"name": "sum", "value": "5"}]}
           ]},
          {"testKey": "CALC-11", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "iterations": [
            {"name": "repetition 1 of 2", "status": "PASS"},
            {"name": "repetition 2 of 2", "status": "PASS"}
           ]},
          {"testKey": "CALC-12", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "group > two:\\n{code}\\norg.opentest4j.AssertionFailedError: two is not right\\n\\tat io.github.xray4j.junit5.fixtures.IterationsFixture.lambda$c_generates$1(IterationsFixture.java:41)\\n{code}",
           "iterations": [
            {"name": "one", "status": "PASS"},
            {"name": "group > two", "status": "FAIL"},
            {"name": "group > three", "status": "PASS"}
           ]},
          {"testKey": "CALC-13", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "iterations": [
            {"name": "greeting 1", "status": "PASS", "parameters": [{"name": "name", "value": ""}, {"name": "suffix", "value": " "}]},
            {"name": "greeting 2", "status": "PASS", "parameters": [{"name": "name", "value": "Ada"}, {"name": "suffix", "value": "[1, 2]"}]}
           ]}
         ]}""".formatted(INFO, ANY,
        json(invocation(1, "first", "\"1\"", "second", "\"2\"", "sum", "\"3\"")),
        json(invocation(2, "first", "\"2\"", "second", "\"2\"", "sum", "\"5\""))));
  }

  @Test
  void reports_nested_display_named_and_inherited_tests_by_their_keys() {
    // when
    FixtureRun.of(NestedFixture.class).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-21", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-20", "status": "PASS", "start": "%2$s", "finish": "%2$s"}
         ]}""".formatted(INFO, ANY));
  }

  @Test
  void reports_a_class_key_as_one_test_with_an_iteration_per_test_method() {
    // when
    FixtureRun.of(ClassKeyFixture.class).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-31", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-32", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "iterations": [{"name": "%4$s", "status": "PASS", "parameters": [{"name": "m", "value": "5"}]}]},
          {"testKey": "CALC-30", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "b_second():\\n{code}\\norg.opentest4j.AssertionFailedError: the second step broke\\n\\tat io.github.xray4j.junit5.fixtures.ClassKeyFixture.b_second(ClassKeyFixture.java:23)\\n{code}",
           "iterations": [
            {"name": "a_first()", "status": "PASS"},
            {"name": "b_second()", "status": "FAIL"},
            {"name": "%3$s", "status": "PASS", "parameters": [{"name": "n", "value": "1"}]},
            {"name": "Inner > deeper()", "status": "PASS"}
           ]}
         ]}""".formatted(INFO, ANY, "d_counts(int) > " + invocation(1, "n", "1"), invocation(1, "m", "5")));
  }

  @Test
  void reports_tests_whose_class_setup_failed_or_whose_class_is_disabled() {
    // when
    FixtureRun.of(ContainerFailureFixture.class).publishingTo(xray).execute();

    // then
    String setupFailed = "{code}\\njava.lang.IllegalStateException: database is down\\n\\tat "
        + ContainerFailureFixture.class.getName() + "$SetupFails.connect(ContainerFailureFixture.java:18)\\n{code}";
    xray.assertOneImportInAnyOrder("""
        {%s,
         "tests": [
          {"testKey": "CALC-82", "status": "TODO", "comment": "Skipped: feature switched off"},
          {"testKey": "CALC-81", "status": "FAIL", "comment": "%2$s"},
          {"testKey": "CALC-80", "status": "FAIL", "comment": "%2$s"}
         ]}""".formatted(INFO, setupFailed));
  }

  @Test
  void attaches_published_files_as_evidence_next_to_the_failure_and_adds_report_entries_to_the_comment() throws IOException {
    // TestReporter.publishFile is JUnit 5.12+: on 5.10 and 5.11 there is no file to attach
    org.junit.jupiter.api.Assumptions.assumeFalse(
        org.junit.platform.launcher.core.LauncherFactory.class.getPackage().getImplementationVersion()
            .matches("1\\.1[01]\\..*"), "publishFile needs JUnit 5.12+");
    // given
    String json = Base64.getEncoder().encodeToString("{\"total\":3}".getBytes());
    String screen = Base64.getEncoder().encodeToString("what the screen showed".getBytes());

    // when
    try (LogCapture log = new LogCapture()) {
      FixtureRun.of(EvidenceFixture.class).publishingTo(xray).with("xray.evidence-max-size", "1KB").execute();

      // then
      assertThat(log.messages()).filteredOn(message -> message.contains("trace.log")).singleElement()
          .asString().startsWith("WARNING Xray: evidence file ")
          .endsWith("trace.log (2.0 KB) of CALC-50 is larger than xray.evidence-max-size (1.0 KB) and is left"
              + " out; raise xray.evidence-max-size or publish a smaller file");
    }
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-50", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "comment": "{noformat}\\nbrowser: firefox\\na note\\n{noformat}",
           "evidences": [{"data": "%3$s", "filename": "response.json", "contentType": "application/json"}]},
          {"testKey": "CALC-51", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\njava.lang.AssertionError: the total is wrong\\n\\tat io.github.xray4j.junit5.fixtures.EvidenceFixture.fails_with_a_screenshot(EvidenceFixture.java:32)\\n{code}",
           "evidences": [{"data": "%4$s", "filename": "screen.txt", "contentType": "text/plain"}]}
         ]}""".formatted(INFO, ANY, json, screen));
  }

  @Test
  void leaves_out_tests_with_malformed_keys_and_says_so_once_for_each() {
    // when
    try (LogCapture log = new LogCapture()) {
      FixtureRun.of(MalformedKeysFixture.class).publishingTo(xray).execute();

      // then
      String fixture = MalformedKeysFixture.class.getName();
      assertThat(log.messages()).filteredOn(message -> message.contains("is not a Jira issue key")).containsExactlyInAnyOrder(
          "WARNING Xray: @XrayTest(\"calc-1\") on " + fixture + ".lower_case() is not a Jira issue key (expected an"
              + " upper-case project key, a dash and a number, such as CALC-1880); its results are not sent to Xray"
              + " until the key is fixed.",
          "WARNING Xray: @XrayTest(\"CALC-\") on " + fixture + ".no_number() is not a Jira issue key (expected an"
              + " upper-case project key, a dash and a number, such as CALC-1880); its results are not sent to Xray"
              + " until the key is fixed.",
          "WARNING Xray: @XrayTest(\"CALC 1\") on " + fixture + ".space() is not a Jira issue key (expected an"
              + " upper-case project key, a dash and a number, such as CALC-1880); its results are not sent to Xray"
              + " until the key is fixed.",
          "WARNING Xray: @Requirement(\"req 9\") on " + fixture + ".bad_requirement() is not a Jira issue key"
              + " (expected an upper-case project key, a dash and a number, such as CALC-1880); that requirement is"
              + " left out until the key is fixed.");
    }
    xray.assertOneImport("""
        {%s,
         "tests": [{"testKey": "CALC-60", "status": "PASS", "start": "%2$s", "finish": "%2$s"}]}"""
        .formatted(INFO, ANY));
  }

  @Test
  void ignores_tests_without_a_key_unless_asked_to_report_them() {
    // when
    TestExecutionSummary summary = FixtureRun.of(UnannotatedFixture.class).publishingTo(xray).execute();

    // then
    assertThat(summary.getTestsStartedCount()).isEqualTo(4);
    assertThat(xray.requestCount()).isZero();
    assertThat(outputDir).isEmptyDirectory();
  }

  @Test
  void provisions_tests_without_a_key_by_their_definition_when_asked_with_their_tags_as_labels() {
    // when
    FixtureRun.of(UnannotatedFixture.class).publishingTo(xray).with("xray.report-unannotated", "true")
        .with("xray.junit.tags-as-labels", "true").execute();

    // then
    String fixture = UnannotatedFixture.class.getName();
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testInfo": {"projectKey": "CALC", "summary": "login works", "type": "Generic",
                        "definition": "%3$s.a_logs_in", "requirementKeys": ["CALC-8", "CALC-9"],
                        "labels": ["smoke"]},
           "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testInfo": {"projectKey": "CALC", "summary": "b_logs_out", "type": "Generic",
                        "definition": "%3$s.b_logs_out", "requirementKeys": ["CALC-8"],
                        "labels": ["slow", "smoke"]},
           "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\norg.opentest4j.AssertionFailedError: still logged in\\n\\tat %3$s.b_logs_out(UnannotatedFixture.java:28)\\n{code}"},
          {"testInfo": {"projectKey": "CALC", "summary": "c_counts", "type": "Generic",
                        "definition": "%3$s.c_counts", "requirementKeys": ["CALC-8"], "labels": ["smoke"]},
           "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "iterations": [{"name": "%4$s", "status": "PASS"},
                          {"name": "%5$s", "status": "PASS"}]}
         ]}""".formatted(INFO, ANY, fixture, invocation(1, "n", "1"), invocation(2, "n", "2")));
  }

  @Test
  void gives_created_tests_no_labels_from_their_junit_tags_unless_asked() {
    // given UnannotatedFixture's tests are tagged smoke and slow

    // when
    FixtureRun.of(UnannotatedFixture.class).publishingTo(xray).with("xray.report-unannotated", "true").execute();

    // then
    assertThat(xray.imports()).hasSize(1);
    assertThat(xray.imports().get(0)).contains("\"definition\"").doesNotContain("labels");
  }

  @Test
  void says_once_that_tests_without_a_key_need_a_project_key() {
    // when
    try (LogCapture log = new LogCapture()) {
      FixtureRun.of(UnannotatedFixture.class, SecondPlanFixture.class).publishingTo(xray)
          .with("xray.report-unannotated", "true")
          .with("xray.project-key", "")
          .with("xray.test-execution-key", "CALC-2001")
          .execute();

      // then
      assertThat(log.messages()).filteredOn(message -> message.contains("xray.project-key")).containsExactly(
          "WARNING Xray: xray.report-unannotated is true but xray.project-key is not set, so tests without"
              + " @XrayTest (such as " + UnannotatedFixture.class.getName() + ".a_logs_in) are not reported: set"
              + " xray.project-key (XRAY_PROJECT_KEY) to the Jira project their Tests belong to");
    }
    xray.assertOneImport("""
        {"testExecutionKey": "CALC-2001",
         "info": {"summary": "%1$s", "startDate": "%1$s", "finishDate": "%1$s"},
         "tests": [{"testKey": "CALC-70", "status": "PASS", "start": "%1$s", "finish": "%1$s"}]}"""
        .formatted(ANY));
  }

  @Test
  void publishes_once_when_two_plans_run_in_one_session() {
    // when
    FixtureRun.of(NestedFixture.class).plan(SecondPlanFixture.class).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-21", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-20", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-70", "status": "PASS", "start": "%2$s", "finish": "%2$s"}
         ]}""".formatted(INFO, ANY));
  }

  @Test
  void publishes_every_one_of_a_thousand_parallel_tests_exactly_once() throws IOException {
    // when
    TestExecutionSummary summary = FixtureRun.of(ParallelFixture.class).publishingTo(xray)
        .with("xray.batch-size", "2000")
        .parameter("junit.jupiter.execution.parallel.enabled", "true")
        .parameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .parameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8")
        .execute();

    // then
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2000);
    assertThat(ParallelFixture.THREADS).as("threads the invocations ran on").hasSizeGreaterThan(1);
    assertThat(xray.imports()).hasSize(1);
    JsonNode tests = new ObjectMapper().readTree(xray.imports().get(0)).get("tests");
    Map<String, JsonNode> byKey = new HashMap<>();
    List<String> keys = new ArrayList<>();
    tests.forEach(test -> {
      keys.add(test.get("testKey").asText());
      byKey.put(test.get("testKey").asText(), test);
    });
    assertThat(keys).as("every test once").containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 1001).mapToObj(n -> "PAR-" + n).toList());
    List<String> iterations = new ArrayList<>();
    byKey.get("PAR-1001").get("iterations").forEach(iteration -> iterations.add(iteration.get("name").asText()));
    assertThat(iterations).as("every invocation once, in order").containsExactlyElementsOf(
        IntStream.rangeClosed(1, 1000).mapToObj(n -> invocation(n, "n", String.valueOf(n))).toList());
  }

  @Test
  void lists_ten_failures_in_the_comment_and_on_server_appends_the_rest_as_iterations_carry_no_log()
      throws IOException {
    // when
    FixtureRun.of(ManyFailuresFixture.class).publishingTo(xray).execute();

    // then: Xray Server/DC's iterations have no log, so the writer adds the two logs the comment lacks
    JsonNode test = new ObjectMapper().readTree(xray.imports().get(0)).get("tests").get(0);
    String comment = test.get("comment").asText();
    assertThat(comment.split("\\{code}", -1)).hasSize(2 * (UnitRun.MAX_FAILURES_IN_COMMENT + 2) + 1);
    assertThat(comment).contains("AssertionFailedError: failure 10\n")
        .contains("\n\n... and 2 more failed iterations: see their logs.\n\n")
        .containsPattern("\\[11] n ?= ?11: \\{code}\norg.opentest4j.AssertionFailedError: failure 11\n")
        .containsPattern("\\[12] n ?= ?12: \\{code}\norg.opentest4j.AssertionFailedError: failure 12\n");
    assertThat(test.get("iterations")).hasSize(12).allSatisfy(iteration -> assertThat(iteration.has("log")).isFalse());
  }

  @Test
  void reports_the_statuses_configured_for_each_outcome() {
    // when
    FixtureRun.of(OutcomesFixture.class).publishingTo(xray)
        .with("xray.status.skipped", "SKIPPED")
        .with("xray.status.aborted", "BLOCKED")
        .execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-1", "status": "PASS", "start": "%2$s", "finish": "%2$s"},
          {"testKey": "CALC-2", "status": "FAIL", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
          {"testKey": "CALC-3", "status": "FAIL", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
          {"testKey": "CALC-4", "status": "BLOCKED", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
          {"testKey": "CALC-5", "status": "SKIPPED", "comment": "Skipped: waiting for CALC-99"}
         ]}""".formatted(INFO, ANY));
  }

  @Test
  void publishes_to_xray_cloud_with_its_status_names() {
    // given
    WIRE_MOCK.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/v2/authenticate")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("\"test-jwt-123\"")));
    WIRE_MOCK.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/v2/import/execution")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
            "{\"id\":\"10200\",\"key\":\"CALC-2001\",\"self\":\"x\"}")));

    // when
    FixtureRun.of(OutcomesFixture.class).publishingTo(xray)
        .with("xray.token", "")
        .with("xray.client-id", "test-client-id")
        .with("xray.client-secret", "test-client-secret-123")
        .execute();

    // then
    WIRE_MOCK.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v2/import/execution"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("""
            {%s,
             "tests": [
              {"testKey": "CALC-1", "status": "PASSED", "start": "%2$s", "finish": "%2$s"},
              {"testKey": "CALC-2", "status": "FAILED", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
              {"testKey": "CALC-3", "status": "FAILED", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
              {"testKey": "CALC-4", "status": "ABORTED", "start": "%2$s", "finish": "%2$s", "comment": "%2$s"},
              {"testKey": "CALC-5", "status": "TODO", "comment": "Skipped: waiting for CALC-99"}
             ]}""".formatted(INFO, ANY))));
  }

  @Test
  void does_nothing_at_all_unless_configured() {
    // given
    Map<String, String> off = new HashMap<>();
    xray.settings().keySet().forEach(key -> off.put(key, ""));
    off.put("xray.output-dir", outputDir.toString());

    // when
    FixtureRun run = FixtureRun.of(OutcomesFixture.class, IterationsFixture.class);
    off.forEach(run::with);
    TestExecutionSummary summary = run.execute();

    // then
    assertThat(summary.getTestsStartedCount()).isGreaterThan(5);
    assertThat(xray.requestCount()).isZero();
    assertThat(outputDir).isEmptyDirectory();
  }

  /** Text as the inside of a JSON string. */
  static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
