package io.github.xray4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.model.TestStep;
import io.github.xray4j.core.model.TestType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shape Xray's format refuses, found by validating xray4j's documents against the schemas of both
 * flavours: the model refuses it with a message naming what is wrong and what to do, or the writer maps it to
 * what Xray takes. The schemas refuse the same shapes written by hand, so they check what they claim to.
 */
class XrayJsonShapesTest {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private static ExecutionResults one(TestResult test) {
    return new ExecutionResults("CALC-2001", ExecutionInfo.empty(), List.of(test));
  }

  @ParameterizedTest
  @CsvSource({"BROKEN", "SKIPPED", "ABORTED"})
  void an_example_status_outside_xrays_enum_is_refused(String status) {
    // when / then
    assertThatThrownBy(() -> TestResult.builder(Status.FAIL).testKey("CALC-4")
        .example(Status.PASS).example(Status.of(status)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("example status " + status + " of test CALC-4")
        .hasMessageContaining("(PASS, FAIL, TODO, EXECUTING)");
  }

  @Test
  void examples_of_built_in_statuses_are_valid_on_both_flavours() {
    // given
    TestResult outline = TestResult.builder(Status.FAIL).testKey("CALC-4")
        .example(Status.PASS).example(Status.FAIL).example(Status.TODO).example(Status.EXECUTING).build();

    // when
    JsonNode server = XrayJsonSchemas.written(Flavour.SERVER, one(outline));
    JsonNode cloud = XrayJsonSchemas.written(Flavour.CLOUD, one(outline));

    // then
    assertThat(server.at("/tests/0/examples").toString()).isEqualTo("[\"PASS\",\"FAIL\",\"TODO\",\"EXECUTING\"]");
    assertThat(cloud.at("/tests/0/examples").toString()).isEqualTo("[\"PASSED\",\"FAILED\",\"TODO\",\"EXECUTING\"]");
  }

  @Test
  void a_test_info_names_its_type_type_on_server_as_xrays_own_reporter_sends_it() {
    // given
    TestResult provisioned = TestResult.builder(Status.PASS)
        .testInfo(TestInfo.generic("CALC", "login works", "com.acme.LoginTest.login", List.of(), List.of())).build();

    // when
    JsonNode server = XrayJsonSchemas.written(Flavour.SERVER, one(provisioned));

    // then
    assertThat(server.at("/tests/0/testInfo/type").asText()).isEqualTo("Generic");
    assertThat(server.at("/tests/0/testInfo").has("testType")).isFalse();
  }

  @Test
  void an_iterations_log_goes_into_the_runs_comment_on_server_and_stays_in_the_iteration_on_cloud() {
    // given
    TestResult dataDriven = TestResult.builder(Status.FAIL).testKey("CALC-3").comment("2 iterations")
        .iteration(new Iteration("[1] a=1", List.of(new Parameter("a", "1")), Status.PASS, null,
            Duration.ofSeconds(2), List.of()))
        .iteration(new Iteration("[2] a=2", List.of(new Parameter("a", "2")), Status.FAIL, "expected 3 but was 4",
            Duration.ofSeconds(1), List.of()))
        .build();

    // when
    JsonNode server = XrayJsonSchemas.written(Flavour.SERVER, one(dataDriven));
    JsonNode cloud = XrayJsonSchemas.written(Flavour.CLOUD, one(dataDriven));

    // then
    assertThat(server.at("/tests/0/comment").asText()).isEqualTo("2 iterations\n\n[2] a=2: expected 3 but was 4");
    assertThat(server.at("/tests/0/iterations/1").has("log")).isFalse();
    assertThat(server.at("/tests/0/iterations/0").has("duration")).isFalse();
    assertThat(cloud.at("/tests/0/comment").asText()).isEqualTo("2 iterations");
    assertThat(cloud.at("/tests/0/iterations/1/log").asText()).isEqualTo("expected 3 but was 4");
    assertThat(cloud.at("/tests/0/iterations/1/duration").asText()).isEqualTo("1s");
  }

  @Test
  void a_log_the_comment_already_holds_is_not_written_twice_on_server() {
    // given
    TestResult dataDriven = TestResult.builder(Status.FAIL).testKey("CALC-3").comment("[2] a=2:\nexpected 3")
        .iteration(new Iteration("[2] a=2", List.of(), Status.FAIL, "expected 3", null, List.of())).build();

    // when
    JsonNode server = XrayJsonSchemas.written(Flavour.SERVER, one(dataDriven));

    // then
    assertThat(server.at("/tests/0/comment").asText()).isEqualTo("[2] a=2:\nexpected 3");
  }

  @Test
  void a_test_info_with_more_than_one_of_definition_steps_and_scenario_is_refused() {
    // when / then
    assertThatThrownBy(() -> new TestInfo("CALC", "checkout", TestType.MANUAL, "com.acme.Checkout",
        List.of(new TestStep("pay", null, null)), null, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'checkout' has more than one of definition, steps and scenario");
    assertThatThrownBy(() -> new TestInfo("CALC", "adds", TestType.CUCUMBER, "com.acme.Adds", List.of(),
        "Given 1", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evidence_without_a_file_name_is_refused() {
    // when / then
    assertThatThrownBy(() -> Evidence.ofBytes("", "text/plain", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence needs a file name");
    assertThatThrownBy(() -> Evidence.ofFile(java.nio.file.Path.of("log.txt"), " ", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence needs a file name");
  }

  @Test
  void a_label_with_a_space_is_refused_with_the_label_to_use_instead() {
    // when / then
    assertThatThrownBy(() -> TestInfo.generic("CALC", "login", "com.acme.Login.login", List.of(),
        List.of("smoke test")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'smoke test' is not a Jira label")
        .hasMessageContaining("'smoke_test'");
  }

  @Test
  void a_finish_before_the_start_is_refused_for_a_run_and_for_the_execution() {
    // when / then
    assertThatThrownBy(() -> TestResult.builder(Status.PASS).testKey("CALC-1").start(T0).finish(T0.minusSeconds(1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test CALC-1 finishes (2026-05-01T09:59:59Z) before it starts (2026-05-01T10:00:00Z)");
    assertThatThrownBy(() -> ExecutionInfo.empty().withDates(T0, T0.minusSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the Test Execution finishes");
  }

  @ParameterizedTest
  @CsvSource(value = {"NULL,Nightly,project", "CALC,NULL,summary", "NULL,NULL,project and summary"},
      nullValues = "NULL")
  void a_multipart_info_without_project_or_summary_is_refused(String project, String summary, String missing) {
    // given
    ExecutionInfo info = new ExecutionInfo(project, summary, null, null, null, null, null, null, null, List.of());

    // when / then
    for (Flavour flavour : Flavour.values()) {
      assertThatThrownBy(() -> XrayJsonWriter.of(flavour).multipartInfoBytes(info))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs " + missing + ": set xray.project-key and xray.summary");
    }
  }

  @Test
  void a_server_multipart_info_refuses_what_it_would_drop_instead_of_dropping_it() {
    // given
    ExecutionInfo info = new ExecutionInfo("CALC", "Nightly", null, null, "9f1c2e0", "ci-bot", T0,
        T0.plusSeconds(60), "CALC-100", List.of("chrome"));

    // when / then
    assertThatThrownBy(() -> XrayJsonWriter.of(Flavour.SERVER).multipartInfoBytes(info))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on Xray Server/DC cannot carry testPlanKey, testEnvironments, revision, user,"
            + " startDate, finishDate")
        .hasMessageContaining("send them with the standard import");
  }

  @Test
  void a_cloud_multipart_info_carries_test_plan_and_environments_and_refuses_revision_user_and_dates() {
    // given
    ExecutionInfo info = new ExecutionInfo("CALC", "Nightly", null, null, "9f1c2e0", null, T0, null, "CALC-100",
        List.of("chrome"));

    // when / then
    assertThatThrownBy(() -> XrayJsonWriter.of(Flavour.CLOUD).multipartInfoBytes(info))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on Xray Cloud cannot carry revision, startDate (its xrayFields take only testPlanKey"
            + " and environments)");
  }

  /** Hand-written documents of each refused shape: the flavour's schema refuses each, naming the place. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SERVER|{\"testKey\":\"CALC-4\",\"status\":\"FAIL\",\"examples\":[\"PASS\",\"SKIPPED\"]}|/tests/0/examples/1",
      "CLOUD|{\"testKey\":\"CALC-4\",\"status\":\"FAILED\",\"examples\":[\"ABORTED\"]}|/tests/0/examples/0",
      "SERVER|{\"testKey\":\"CALC-3\",\"status\":\"FAIL\",\"iterations\":[{\"status\":\"FAIL\",\"log\":\"x\"}]}|/tests/0/iterations/0",
      "SERVER|{\"testKey\":\"CALC-3\",\"status\":\"FAIL\",\"iterations\":[{\"status\":\"FAIL\",\"duration\":\"1s\"}]}|/tests/0/iterations/0",
      "SERVER|{\"testInfo\":{\"projectKey\":\"CALC\",\"summary\":\"s\",\"testType\":\"Generic\",\"definition\":\"d\"},\"status\":\"PASS\"}|/tests/0/testInfo",
      "CLOUD|{\"testInfo\":{\"projectKey\":\"CALC\",\"summary\":\"s\",\"type\":\"Manual\",\"definition\":\"d\",\"steps\":[{\"action\":\"a\"}]},\"status\":\"PASSED\"}|/tests/0/testInfo",
      "CLOUD|{\"testKey\":\"CALC-1\",\"status\":\"PASSED\",\"evidence\":[{\"data\":\"AQ==\",\"filename\":\"\"}]}|/tests/0/evidence/0/filename",
      "SERVER|{\"testInfo\":{\"projectKey\":\"CALC\",\"summary\":\"s\",\"type\":\"Generic\",\"definition\":\"d\",\"labels\":[\"smoke test\"]},\"status\":\"PASS\"}|/tests/0/testInfo/labels/0",
      "SERVER|{\"testKey\":\"CALC-1\",\"status\":\"PASS\",\"evidence\":[{\"data\":\"AQ==\",\"filename\":\"a.txt\"}]}|/tests/0",
      "CLOUD|{\"testKey\":\"CALC-1\",\"status\":\"PASSED\",\"evidences\":[{\"data\":\"AQ==\",\"filename\":\"a.txt\"}]}|/tests/0",
  })
  void the_schema_refuses_each_shape_written_by_hand(Flavour flavour, String test, String where) {
    // when
    Set<ValidationMessage> problems = XrayJsonSchemas.problems(flavour, "{\"tests\":[" + test + "]}");

    // then
    assertThat(problems).isNotEmpty();
    assertThat(problems).anySatisfy(p -> assertThat(p.getInstanceLocation().toString().replace("$", "")
        .replaceAll("\\.(\\w+)", "/$1").replaceAll("\\[(\\d+)]", "/$1")).startsWith(where));
  }
}
