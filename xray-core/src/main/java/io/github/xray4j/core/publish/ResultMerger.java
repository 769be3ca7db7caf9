package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges results for the same Test into one Test Run (Xray keeps only one per Test in a Test Execution). The
 * rules are documented on {@link XrayReporter}.
 */
final class ResultMerger {

  private final StatusRanking ranking;

  ResultMerger(StatusRanking ranking) {
    this.ranking = ranking;
  }

  /** The results with those for the same Test merged, in the order each Test was first added. */
  List<TestResult> merge(Collection<TestResult> results) {
    Map<String, List<TestResult>> byTest = new LinkedHashMap<>();
    for (TestResult result : results) {
      byTest.computeIfAbsent(identityOf(result), k -> new ArrayList<>(1)).add(result);
    }
    List<TestResult> merged = new ArrayList<>(byTest.size());
    for (List<TestResult> same : byTest.values()) {
      merged.add(same.size() == 1 ? same.get(0) : mergeAll(same));
    }
    return merged;
  }

  /** Which Test a result is for: its key, else what Xray finds a Test by (project, type, definition or summary). */
  static String identityOf(TestResult result) {
    if (result.testKey() != null) {
      return "key:" + result.testKey();
    }
    TestInfo info = result.testInfo();
    if (info == null) {
      throw new IllegalStateException("a result has a test key or test info");
    }
    String by = info.definition() != null ? info.definition() : info.summary();
    return "info:" + info.projectKey() + '\u0000' + info.type() + '\u0000' + by;
  }

  private TestResult mergeAll(List<TestResult> same) {
    TestResult first = same.get(0);
    TestResult.Builder merged = TestResult.builder(first.status());
    Status worst = first.status();
    @Nullable String testKey = null;
    @Nullable TestInfo testInfo = null;
    @Nullable Instant start = null;
    @Nullable Instant finish = null;
    List<String> comments = new ArrayList<>();
    Set<String> defects = new LinkedHashSet<>();
    Map<String, CustomField> customFields = new LinkedHashMap<>();
    for (TestResult result : same) {
      worst = ranking.worse(worst, result.status());
      testKey = testKey != null ? testKey : result.testKey();
      testInfo = testInfo != null ? testInfo : result.testInfo();
      start = earlier(start, result.start());
      finish = later(finish, result.finish());
      if (result.comment() != null && !result.comment().isBlank()) {
        comments.add(result.comment());
      }
      defects.addAll(result.defects());
      merged.evidence(result.evidence());
      for (CustomField field : result.customFields()) {
        customFields.putIfAbsent(field.id() != null ? "id:" + field.id() : "name:" + field.name(), field);
      }
    }
    merged.status(worst).testKey(testKey).testInfo(testInfo).start(start).finish(finish);
    if (!comments.isEmpty()) {
      merged.comment(String.join("\n\n", comments));
    }
    defects.forEach(merged::defect);
    customFields.values().forEach(merged::customField);
    if (same.stream().allMatch(r -> !r.examples().isEmpty())) {
      same.forEach(r -> merged.examples(r.examples()));
    } else {
      for (int i = 0; i < same.size(); i++) {
        merged.iterations(iterationsOf(same.get(i), i + 1));
      }
    }
    return merged.build();
  }

  /** A result's iterations, or the result as iterations (one, or one per Scenario Outline example). */
  private static List<Iteration> iterationsOf(TestResult result, int position) {
    if (!result.iterations().isEmpty()) {
      return result.iterations();
    }
    String name = nameOf(result, position);
    @Nullable Duration duration =
        result.start() != null && result.finish() != null ? Duration.between(result.start(), result.finish()) : null;
    if (!result.examples().isEmpty()) {
      List<Iteration> examples = new ArrayList<>();
      for (int row = 0; row < result.examples().size(); row++) {
        examples.add(new Iteration(
            name + " example " + (row + 1), List.of(), result.examples().get(row), null, null, List.of()));
      }
      return examples;
    }
    return List.of(new Iteration(name, List.of(), result.status(), result.comment(), duration, result.steps()));
  }

  private static String nameOf(TestResult result, int position) {
    TestInfo info = result.testInfo();
    if (info != null) {
      return info.definition() != null ? info.definition() : info.summary();
    }
    return result.identity() + " #" + position;
  }

  private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
