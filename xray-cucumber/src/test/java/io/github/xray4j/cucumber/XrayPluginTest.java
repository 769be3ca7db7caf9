package io.github.xray4j.cucumber;

import static io.github.xray4j.cucumber.CucumberFixture.filesIn;
import static io.github.xray4j.cucumber.CucumberFixture.only;
import static io.github.xray4j.cucumber.CucumberFixture.resource;
import static io.github.xray4j.cucumber.JsonAssertions.assertJson;
import static io.github.xray4j.cucumber.JsonAssertions.assertJsonInAnyOrder;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The plugin end to end through Cucumber's CLI ({@code io.cucumber.core.cli.Main}) on real feature files. */
class XrayPluginTest {

  /** The Cucumber-JVM this execution runs on (the build's {@code xray4j.expected-cucumber}). */
  private static final String CUCUMBER = System.getProperty("xray4j.expected-cucumber");

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir Path outputDir;

  private FakeXray xray;
  private CucumberFixture cucumber;

  @BeforeEach
  void startXray() {
    xray = FakeXray.server(server, outputDir);
    cucumber = CucumberFixture.publishingTo(xray);
  }

  @Test
  void maps_passed_failed_pending_undefined_ambiguous_skipped_and_hook_failures_with_the_reason() {
    // given features/statuses.feature: one scenario per Cucumber status, and one whose Before hook fails

    // when
    String document = cucumber.publishedByCli("features/statuses.feature");

    // then
    assertJson(document, resource("expected/statuses.json"));
  }

  @Test
  void reports_a_scenario_outline_as_one_test_run_with_each_row_in_order_and_its_own_section() {
    // given features/outline.feature: three rows, the middle one fails

    // when
    String document = cucumber.publishedByCli("features/outline.feature");

    // then
    assertJson(document, resource("expected/outline.json"));
  }

  @Test
  void reports_outline_rows_as_iterations_with_parameters_when_xray_says_the_test_is_generic() {
    // given
    xray.answerTests("[{\"key\": \"CALC-10\", \"type\": \"Generic\"}]");

    // when
    String document = cucumber.publishedByCli("features/outline.feature");

    // then
    assertThat(xray.testTypeQuestions()).containsExactly("CALC-10");
    assertJson(document, resource("expected/outline-generic.json"));
  }

  @Test
  void asks_xray_nothing_when_outline_results_are_configured() {
    // given
    CucumberFixture iterations = cucumber.with("xray.cucumber.outline-results", "iterations");

    // when
    String document = iterations.publishedByCli("features/outline.feature");

    // then
    assertThat(xray.testTypeQuestions()).isEmpty();
    assertJson(document, resource("expected/outline-generic.json"));
  }

  @Test
  void keeps_each_row_in_its_place_when_some_outline_rows_are_filtered_out() {
    // given three Examples blocks, the middle one tagged @slow

    // when
    String document = only(cucumber.runCli(null, List.of("features/filtered-outline.feature"), "--tags", "not @slow"));

    // then
    assertJson(document, """
        {"info": {"project": "CALC", "summary": "Cucumber run", "description": "${json-unit.any-string}",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [{"testKey": "CALC-11", "status": "PASS", "examples": ["PASS", "TODO", "PASS"],
                    "start": "${json-unit.any-string}", "finish": "${json-unit.any-string}",
                    "comment": "${json-unit.any-string}"}]}
        """);
  }

  @Test
  void reports_an_outline_with_a_passed_and_a_skipped_row_as_passed() {
    // given features/mixed-outline.feature: the first row passes, the second is skipped (TestAbortedException)

    // when
    String document = cucumber.publishedByCli("features/mixed-outline.feature");

    // then
    assertJson(document, """
        {"info": {"project": "CALC", "summary": "Cucumber run",
                  "description": "${json-unit.regex}xray4j run [0-9a-f]{32}",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [{"testKey": "CALC-12", "status": "PASS", "examples": ["PASS", "TODO"],
                    "start": "${json-unit.any-string}", "finish": "${json-unit.any-string}",
                    "comment": "${json-unit.any-string}"}]}
        """);
  }

  @Test
  void inherits_tags_from_feature_and_rule_and_reports_a_scenario_with_two_test_tags_to_both() {
    // given a Feature with a requirement tag, a Background, a Rule tagged @TEST_CALC-21 with its own Background
    // and a scenario in it tagged @TEST_CALC-22

    // when
    String document = cucumber.publishedByCli("features/inheritance.feature");

    // then
    assertJson(document, resource("expected/inheritance.json"));
  }

  @Test
  void attaches_what_a_scenario_attaches_and_comments_what_it_logs_leaving_out_oversized_attachments() {
    // given a scenario attaching a screenshot, an unnamed text, a 2 KB dump and a tape, and logging a note

    // when
    String document = cucumber.with("xray.evidence-max-size", "1KB").publishedByCli("features/evidence.feature");

    // then
    assertJson(document, resource("expected/evidence.json"));
  }

  @Test
  void warns_once_about_each_malformed_tag_sends_nothing_for_it_and_ignores_other_tags() {
    // given features/tags.feature: @TEST_calc-1, @TEST_CALC-x and @REQ_9 are malformed, @smoke and @wip are not
    // Xray's, two scenarios are untagged
    List<String> documents;
    try (LogCapture log = new LogCapture()) {

      // when
      documents = cucumber.runCli("features/tags.feature");

      // then
      assertThat(log.messages()).filteredOn(message -> message.contains("is not a valid Xray key")).containsExactly(
          "WARNING Xray: tag @TEST_calc-1 (features/tags.feature:5) is not a valid Xray key: write the prefix"
              + " followed by an issue key, such as @TEST_CALC-1880 or @REQ_CALC-9; the tag is not sent to Xray",
          "WARNING Xray: tag @TEST_CALC-x (features/tags.feature:9) is not a valid Xray key: write the prefix"
              + " followed by an issue key, such as @TEST_CALC-1880 or @REQ_CALC-9; the tag is not sent to Xray",
          "WARNING Xray: tag @REQ_9 (features/tags.feature:9) is not a valid Xray key: write the prefix"
              + " followed by an issue key, such as @TEST_CALC-1880 or @REQ_CALC-9; the tag is not sent to Xray");
    }
    assertJson(only(documents), resource("expected/tags.json"));
  }

  @Test
  void links_the_tests_of_tagged_scenarios_to_the_requirements_of_their_req_tags_once() {
    // given features/inheritance.feature: a Feature tagged @REQ_CALC-9 whose scenarios report to CALC-20, -21, -22

    // when
    cucumber.runCli("features/inheritance.feature");

    // then
    assertThat(xray.issueLinks()).hasSize(3).allSatisfy(link -> assertThat(link).contains(
        "\"type\":{\"name\":\"Tests\"}", "\"outwardIssue\":{\"key\":\"CALC-9\"}"));
    assertThat(xray.issueLinks()).anyMatch(link -> link.contains("\"inwardIssue\":{\"key\":\"CALC-20\"}"))
        .anyMatch(link -> link.contains("\"inwardIssue\":{\"key\":\"CALC-21\"}"))
        .anyMatch(link -> link.contains("\"inwardIssue\":{\"key\":\"CALC-22\"}"));
  }

  @Test
  void says_in_the_summary_line_how_many_scenarios_have_no_test_tag_and_what_to_do() {
    // given features/tags.feature: two untagged scenarios (one an outline), one tagged CALC-40
    try (LogCapture log = new LogCapture()) {

      // when
      cucumber.runCli("features/tags.feature");

      // then
      assertThat(log.messages()).filteredOn(message -> message.startsWith("INFO Xray: ")).singleElement()
          .asString().contains(" published to ").endsWith("; 2 scenarios have no Xray key (add @TEST_ tags, or"
              + " set xray.report-unannotated=true)");
    }
  }

  @Test
  void provisions_untagged_scenarios_as_cucumber_tests_with_their_gherkin_requirements_and_feature_label() {
    // given features/tags.feature, a Feature tagged @REQ_CALC-8: an untagged scenario with @REQ_CALC-9, an
    // untagged outline, and a scenario whose only Test tag is malformed (meant for a Test, so not provisioned)

    // when
    String document = cucumber.with("xray.report-unannotated", "true").publishedByCli("features/tags.feature");

    // then
    assertJson(document, resource("expected/tags-unannotated.json"));
  }

  @Test
  void maps_statuses_to_the_configured_names_and_outline_rows_to_the_built_in_ones_examples_take() {
    // given
    CucumberFixture customStatuses = cucumber.with("xray.status.skipped", "SKIPPED").with("xray.status.failed", "BROKEN");

    // when
    String document = customStatuses.publishedByCli("features/outline.feature");

    // then
    assertJson(document, """
        {"info": {"project": "CALC", "summary": "Cucumber run", "description": "${json-unit.any-string}",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [{"testKey": "CALC-10", "status": "BROKEN", "examples": ["PASS", "FAIL", "PASS"],
                    "start": "${json-unit.any-string}", "finish": "${json-unit.any-string}",
                    "comment": "${json-unit.any-string}"}]}
        """);
  }

  @Test
  void does_nothing_at_all_until_configured() {
    // given no endpoint, no credentials and no dry run
    CucumberFixture unconfigured = CucumberFixture.unconfigured(xray).with("xray.output-dir", outputDir.toString());

    // when
    List<String> documents = unconfigured.runCli("features/statuses.feature");

    // then
    assertThat(documents).isEmpty();
    assertThat(xray.requests()).isZero();
    assertThat(filesIn(outputDir)).isEmpty();
  }

  @Test
  void reads_the_properties_file_named_by_the_plugin_argument(@TempDir Path config) throws Exception {
    // given
    Path file = config.resolve("ci-xray.properties");
    StringBuilder properties = new StringBuilder();
    xray.configuration().forEach((key, value) -> properties.append(key).append('=')
        .append(value.replace("\\", "\\\\")).append('\n'));
    properties.append("xray.test-plan-key=CALC-100\n");
    Files.writeString(file, properties);
    // (the build sets XRAY_ENABLED=false in the environment, which outranks any file)
    CucumberFixture configuredByFile = CucumberFixture.unconfigured(xray).with("xray.enabled", "true");

    // when
    String document = only(configuredByFile.runCli(file.toString(), List.of("features/inheritance.feature")));

    // then
    assertJson(document, resource("expected/inheritance.json").replace(
        "\"summary\": \"Cucumber run\",", "\"summary\": \"Cucumber run\", \"testPlanKey\": \"CALC-100\","));
  }

  @Test
  void reads_xray_keys_from_cucumber_properties_and_junit_platform_properties_on_the_test_classpath(
      @TempDir Path classpath) throws Exception {
    // given
    Files.writeString(classpath.resolve("cucumber.properties"), "xray.test-plan-key=CALC-100\n");
    Files.writeString(classpath.resolve("junit-platform.properties"),
        "xray.test-environments=chrome,linux\nxray.test-plan-key=CALC-999\n");

    // when
    String document = only(cucumber.withOnTestClasspath(classpath).runCli("features/inheritance.feature"));

    // then cucumber.properties wins where both files set a key
    assertJson(document, resource("expected/inheritance.json").replace("\"summary\": \"Cucumber run\",",
        "\"summary\": \"Cucumber run\", \"testPlanKey\": \"CALC-100\", \"testEnvironments\": [\"chrome\", \"linux\"],"));
  }

  @Test
  void reads_cloud_style_test_tags_when_their_prefix_is_configured() {
    // given
    CucumberFixture cloudTags = cucumber.with("xray.cucumber.test-tag-prefixes", "TEST_,TestName:");

    // when
    String document = cloudTags.publishedByCli("features/cloud-tags.feature");

    // then
    assertJson(document, """
        {"info": {"project": "CALC", "summary": "Cucumber run", "description": "${json-unit.any-string}",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [{"testKey": "CALC-50", "status": "PASS", "start": "${json-unit.any-string}",
                    "finish": "${json-unit.any-string}", "comment": "${json-unit.any-string}"},
                   {"testKey": "CALC-51", "status": "PASS", "start": "${json-unit.any-string}",
                    "finish": "${json-unit.any-string}", "comment": "${json-unit.any-string}"}]}
        """);
  }

  @Test
  void logs_an_invalid_configuration_once_and_lets_the_run_pass() {
    // given
    CucumberFixture misconfigured = cucumber.with("xray.cucumber.outline-results", "rows");
    try (LogCapture log = new LogCapture()) {

      // when
      List<String> documents = misconfigured.runCli("features/inheritance.feature");

      // then
      assertThat(documents).isEmpty();
      assertThat(misconfigured.lastExitStatus()).isZero();
      assertThat(log.messages()).containsExactly("SEVERE Xray: nothing will be reported for this Cucumber run, the"
          + " configuration is invalid: xray.cucumber.outline-results='rows' (from system property"
          + " xray.cucumber.outline-results) is not valid: expected one of auto, examples, iterations. Fix it, or"
          + " remove it to use the default (auto).");
    }
  }

  @Test
  void never_fails_the_run_when_xray_rejects_the_import_and_keeps_the_results_file() {
    // given
    xray.failImports(500, "{\"error\": \"Xray is down for maintenance\"}");
    try (LogCapture log = new LogCapture()) {

      // when
      cucumber.runCli("features/inheritance.feature");

      // then
      assertThat(cucumber.lastExitStatus()).isZero();
      assertThat(log.messages()).filteredOn(message -> message.startsWith("WARNING Xray: publishing 3 results failed"))
          .hasSize(1);
    }
    assertThat(filesIn(outputDir)).anyMatch(file -> file.getFileName().toString().startsWith("xray-results-"));
  }

  @Test
  void fails_the_run_when_publishing_fails_and_fail_on_error_is_set() {
    assumeTrue(CucumberVersion.failsTheRunOnPluginError(CUCUMBER), "Cucumber before 7.12 drops what plugins throw");
    // given
    xray.failImports(500, "{\"error\": \"Xray is down for maintenance\"}");
    CucumberFixture strict = cucumber.with("xray.fail-on-error", "true");

    // when
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
        () -> strict.runCli("features/inheritance.feature"));

    // then
    assertThat(failure).isNotNull().hasStackTraceContaining("xray.fail-on-error=true");
  }

  @Test
  void says_that_fail_on_error_cannot_fail_the_run_on_a_cucumber_that_drops_what_plugins_throw() {
    assumeFalse(CucumberVersion.failsTheRunOnPluginError(CUCUMBER), "Cucumber 7.12+ lets plugins fail the run");
    // given
    xray.failImports(500, "{\"error\": \"Xray is down for maintenance\"}");
    CucumberFixture strict = cucumber.with("xray.fail-on-error", "true");
    List<String> messages;

    // when
    try (LogCapture log = new LogCapture()) {
      strict.runCli("features/inheritance.feature");
      messages = log.messages();
    }

    // then
    assertThat(messages).filteredOn(message -> message.startsWith("SEVERE")).singleElement().asString()
        .contains("Xray is down for maintenance", "(xray.fail-on-error=true): Cucumber-JVM " + CUCUMBER
            + " does not let a plugin fail the run (7.12.0 and newer do)");
  }

  @Test
  void reports_each_of_200_scenarios_run_on_cli_threads_exactly_once(@TempDir Path features) throws Exception {
    // given
    ManySums sums = ManySums.in(features, 200);

    // when
    String document = only(cucumber.runCli(null, List.of(sums.feature().toString()), "--threads", "4"));

    // then
    assertJsonInAnyOrder(document, sums.expectedDocument());
  }


  @Test
  void publishes_to_xray_cloud_with_cloud_status_names_and_asks_nothing_about_test_types() {
    // given
    FakeXray cloud = FakeXray.cloud(server, outputDir);

    // when
    String document = only(CucumberFixture.publishingTo(cloud).runCli("features/outline.feature"));

    // then
    assertThat(cloud.testTypeQuestions()).isEmpty();
    assertJson(document, resource("expected/outline.json")
        .replace("\"PASS\"", "\"PASSED\"").replace("\"FAIL\"", "\"FAILED\""));
  }
}
