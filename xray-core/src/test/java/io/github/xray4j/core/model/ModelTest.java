package io.github.xray4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTest {

  @Test
  void a_result_needs_a_key_or_test_info() {
    assertThatThrownBy(() -> TestResult.builder(Status.PASS).build())
        .hasMessageContaining("needs a test key or test info");
  }

  @Test
  void a_result_has_at_most_one_kind_of_detail() {
    TestResult.Builder builder =
        TestResult.builder(Status.FAIL)
            .testKey("CALC-1")
            .example(Status.PASS)
            .iteration(Iteration.of("[1]", List.of(), Status.FAIL));

    assertThatThrownBy(builder::build).hasMessageContaining("at most one of iterations, examples and steps (test CALC-1)");
  }

  @Test
  void lists_are_copied_so_results_stay_immutable() {
    java.util.ArrayList<String> envs = new java.util.ArrayList<>(List.of("chrome"));
    ExecutionInfo info = new ExecutionInfo(null, null, null, null, null, null, null, null, null, envs);
    envs.add("linux");

    assertThat(info.testEnvironments()).containsExactly("chrome");
  }

  @Test
  void batches_split_in_order_and_keep_key_and_info() {
    List<TestResult> tests =
        List.of("CALC-1", "CALC-2", "CALC-3").stream()
            .map(k -> TestResult.builder(Status.PASS).testKey(k).build())
            .toList();
    ExecutionResults run = new ExecutionResults("CALC-9", ExecutionInfo.empty(), tests);

    List<ExecutionResults> batches = run.batches(2);

    assertThat(batches).hasSize(2);
    assertThat(batches.get(0).tests()).extracting(TestResult::testKey).containsExactly("CALC-1", "CALC-2");
    assertThat(batches.get(1).tests()).extracting(TestResult::testKey).containsExactly("CALC-3");
    assertThat(batches).allSatisfy(b -> assertThat(b.testExecutionKey()).isEqualTo("CALC-9"));
    assertThat(run.withTests(List.of()).batches(10)).isEmpty();
  }

  @Test
  void a_generic_test_needs_a_definition() {
    assertThatThrownBy(() -> TestInfo.generic("CALC", "login", " ", List.of(), List.of()))
        .hasMessageContaining("needs a definition");
  }

  @Test
  void file_evidence_takes_name_and_type_from_the_path(@TempDir Path dir) throws Exception {
    Path shot = Files.write(dir.resolve("login.png"), new byte[] {1, 2, 3});

    Evidence evidence = Evidence.ofFile(shot);

    assertThat(evidence.filename()).isEqualTo("login.png");
    assertThat(evidence.contentType()).isEqualTo("image/png");
    assertThat(evidence.size()).isEqualTo(3);
    try (var in = evidence.open()) {
      assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
    }
  }

  @Test
  void byte_evidence_is_copied_and_compared_by_content() {
    byte[] content = {1, 2};
    Evidence a = Evidence.ofBytes("log.txt", null, content);
    content[0] = 9;

    assertThat(a).isEqualTo(Evidence.ofBytes("log.txt", "text/plain", new byte[] {1, 2}));
    assertThat(a.contentType()).isEqualTo("text/plain");
    assertThat(a.toString()).contains("2 bytes");
  }
}
