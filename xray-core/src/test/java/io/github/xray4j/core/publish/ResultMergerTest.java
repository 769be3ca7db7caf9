package io.github.xray4j.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultMergerTest {

  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
  private final ResultMerger merger = new ResultMerger(StatusRanking.of(XrayConfig.of(Map.of())));

  @ParameterizedTest(name = "{0} and {1} merge to {2}")
  @CsvSource({
      "PASS, FAIL, FAIL", "FAIL, PASS, FAIL", "ABORTED, FAIL, FAIL", "PASS, ABORTED, ABORTED",
      "TODO, ABORTED, ABORTED", "PASS, TODO, PASS", "TODO, PASS, PASS", "TODO, EXECUTING, EXECUTING", "EXECUTING, SKIPPED, SKIPPED",
      "SKIPPED, ABORTED, ABORTED", "PASS, PASS, PASS"})
  void keeps_the_worse_status(String first, String second, String merged) {
    // given
    List<TestResult> results = List.of(result("CALC-1", Status.of(first)), result("CALC-1", Status.of(second)));

    // when
    List<TestResult> out = merger.merge(results);

    // then
    assertThat(out).singleElement().extracting(TestResult::status).isEqualTo(Status.of(merged));
  }

  @Test
  void ranks_configured_custom_failed_status_as_a_failure() {
    // given
    ResultMerger custom = new ResultMerger(StatusRanking.of(XrayConfig.of(Map.of("xray.status.failed", "BROKEN"))));

    // when
    List<TestResult> out = custom.merge(List.of(result("CALC-1", Status.of("BROKEN")), result("CALC-1",
        Status.ABORTED)));

    // then
    assertThat(out.get(0).status()).isEqualTo(Status.of("BROKEN"));
  }

  @Test
  void concatenates_iterations_in_order_and_turns_a_plain_result_into_one_named_iteration() {
    // given
    Iteration first = Iteration.of("[1] a=1", List.of(new Parameter("a", "1")), Status.PASS);
    Iteration second = Iteration.of("[2] a=2", List.of(new Parameter("a", "2")), Status.FAIL);
    TestResult parameterized = TestResult.builder(Status.FAIL).testKey("CALC-3").iteration(first).iteration(second)
        .start(T0).finish(T0.plusSeconds(5)).build();
    TestResult plain = TestResult.builder(Status.PASS).testKey("CALC-3").comment("retried")
        .testInfo(TestInfo.generic("CALC", "adds", "com.acme.CalcTest.adds", List.of(), List.of()))
        .start(T0.plusSeconds(10)).finish(T0.plusSeconds(12)).step(StepResult.of(Status.PASS)).build();

    // when
    TestResult merged = merger.merge(List.of(parameterized, plain)).get(0);

    // then
    assertThat(merged.iterations()).containsExactly(first, second,
        new Iteration("com.acme.CalcTest.adds", List.of(), Status.PASS, "retried", Duration.ofSeconds(2),
            List.of(StepResult.of(Status.PASS))));
    assertThat(merged.status()).isEqualTo(Status.FAIL);
    assertThat(merged.start()).isEqualTo(T0);
    assertThat(merged.finish()).isEqualTo(T0.plusSeconds(12));
    assertThat(merged.steps()).isEmpty();
  }

  @Test
  void concatenates_scenario_outline_examples_when_every_result_has_only_examples() {
    // given
    TestResult firstRun = TestResult.builder(Status.PASS).testKey("CALC-4").example(Status.PASS).build();
    TestResult secondRun = TestResult.builder(Status.FAIL).testKey("CALC-4").example(Status.PASS)
        .example(Status.FAIL).build();

    // when
    TestResult merged = merger.merge(List.of(firstRun, secondRun)).get(0);

    // then
    assertThat(merged.examples()).containsExactly(Status.PASS, Status.PASS, Status.FAIL);
    assertThat(merged.iterations()).isEmpty();
    assertThat(merged.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void joins_comments_and_concatenates_evidence_defects_and_custom_fields() {
    // given
    Evidence shot = Evidence.ofBytes("a.png", null, new byte[] {1});
    Evidence log = Evidence.ofBytes("b.log", null, new byte[] {2});
    TestResult a = TestResult.builder(Status.PASS).testKey("CALC-5").comment("first").evidence(shot)
        .defect("CALC-77").customField(new CustomField("cf_1", null, "x")).build();
    TestResult b = TestResult.builder(Status.FAIL).testKey("CALC-5").comment("second").evidence(log)
        .defect("CALC-77").defect("CALC-78").customField(new CustomField("cf_1", null, "y"))
        .customField(new CustomField(null, "Browser", "chrome")).build();

    // when
    TestResult merged = merger.merge(List.of(a, b)).get(0);

    // then
    assertThat(merged.comment()).isEqualTo("first\n\nsecond");
    assertThat(merged.evidence()).containsExactly(shot, log);
    assertThat(merged.defects()).containsExactly("CALC-77", "CALC-78");
    assertThat(merged.customFields())
        .containsExactly(new CustomField("cf_1", null, "x"), new CustomField(null, "Browser", "chrome"));
  }

  @Test
  void merges_results_without_a_key_by_project_type_and_definition_and_keeps_others_apart() {
    // given
    TestInfo login = TestInfo.generic("CALC", "login", "com.acme.LoginTest.login", List.of(), List.of());
    TestInfo logout = TestInfo.generic("CALC", "logout", "com.acme.LoginTest.logout", List.of(), List.of());
    List<TestResult> results = List.of(
        TestResult.builder(Status.PASS).testInfo(login).build(),
        TestResult.builder(Status.PASS).testInfo(logout).build(),
        TestResult.builder(Status.FAIL).testInfo(login).build());

    // when
    List<TestResult> merged = merger.merge(results);

    // then
    assertThat(merged).extracting(TestResult::identity)
        .containsExactly("com.acme.LoginTest.login", "com.acme.LoginTest.logout");
    assertThat(merged.get(0).status()).isEqualTo(Status.FAIL);
    assertThat(merged.get(0).iterations()).hasSize(2);
  }

  private static TestResult result(String key, Status status) {
    return TestResult.builder(status).testKey(key).build();
  }
}
