package io.github.xray4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole benchmark with tiny sizes and one repeat ({@link Settings#smoke()}): every section must run to
 * the end (each checks that the suites ran completely and that the sandbox received every result) and print
 * every figure and target. No timing is asserted: the figures of a smoke run mean nothing.
 */
class BenchmarksSmokeTest {

  // the reporter logs one summary line per publishing run; keep the build log readable
  private static final Logger XRAY_LOG = Logger.getLogger("io.github.xray4j");

  @Test
  void runs_every_section_and_prints_every_figure_and_target() throws Exception {
    // given
    XRAY_LOG.setLevel(Level.WARNING);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    Figures figures =
        Benchmarks.run(Settings.smoke(), new Progress(new PrintStream(progress, true, StandardCharsets.UTF_8)));
    Benchmarks.print(figures, new PrintStream(out, true, StandardCharsets.UTF_8));

    // then
    Map<String, String> printed = nameValueLines(out.toString(StandardCharsets.UTF_8));
    assertThat(printed.keySet())
        .as("figures printed; progress was:%n%s", progress.toString(StandardCharsets.UTF_8))
        .containsExactlyInAnyOrderElementsOf(expectedNames());
    assertThat(printed.values()).allSatisfy(value -> assertThat(value).isNotBlank());
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("| figure ")
        .contains("| target ");
  }

  private static Map<String, String> nameValueLines(String output) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : output.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("|") && !line.contains(" ")) {
        lines.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return lines;
  }

  /** Every figure the smoke sizes give (JUnit 20/40/60 tests, scaling 20..80 results, 10 scenarios). */
  private static List<String> expectedNames() {
    List<String> names = new ArrayList<>();
    for (int size : List.of(20, 40, 60)) {
      String p = "junit." + size + ".";
      for (String variant : List.of("none", "legacy_xml", "xray_publish", "xray_dry_run", "unannotated_none", "xje")) {
        names.add(p + variant + ".wall_us_per_test");
        names.add(p + variant + ".cpu_us_per_test");
      }
      names.addAll(List.of(
          p + "xray_publish_over_none", p + "xray_publish_over_legacy_xml", p + "xray_dry_run_over_none",
          p + "legacy_xml_over_none", p + "xray.callback_ns_per_event", p + "xray_publish.publish_ms",
          p + "xray_dry_run.publish_ms", p + "xray_publish.publish_us_per_test",
          p + "xray_publish.sandbox_cpu_us_per_test", p + "xray.slowest_callback_ms", p + "xray.plan_start_ms",
          p + "xray_publish_over_unannotated_none", p + "xje_over_unannotated_none", p + "none_over_unannotated_none",
          "target.junit_" + size + "_xray_over_nothing", "target.junit_" + size + "_xray_below_xje"));
    }
    // at the size the targets are judged at, live against end-only publishing and against a slow Xray as well
    for (String variant : List.of("xray_end_only", "xray_slow_xray")) {
      names.add("junit.40." + variant + ".wall_us_per_test");
      names.add("junit.40." + variant + ".cpu_us_per_test");
    }
    names.addAll(List.of("junit.40.xray_publish_over_end_only", "junit.40.xray_slow_xray.tests_wall_us_per_test",
        "junit.40.xray_slow_xray.tests_wall_over_unannotated_none",
        "junit.40.xray_slow_xray.tests_wall_over_xray_publish", "target.junit_live_over_end_only",
        "target.junit_slow_xray_tests_wall"));
    names.addAll(List.of(
        "serialization.document_mb", "serialization.xray_writer_mb_per_s", "serialization.plain_jackson_mb_per_s",
        "serialization.xray_writer_over_plain_jackson"));
    names.addAll(List.of(
        "memory.retained_bytes_per_result", "evidence.total_mb",
        "evidence.dry_run.success", "evidence.dry_run.peak_heap_mb", "evidence.dry_run.seconds",
        "evidence.publish.success", "evidence.publish.peak_heap_mb", "evidence.publish.seconds",
        "journal.500.success", "journal.500.peak_heap_mb", "journal.500.seconds"));
    for (int size : List.of(20, 40, 60, 80)) {
      names.addAll(List.of("scaling." + size + ".us_per_test", "scaling." + size + ".collect_us_per_test",
          "scaling." + size + ".finish_us_per_test", "scaling." + size + ".sandbox_cpu_us_per_test",
          "scaling." + size + ".without_sandbox_us_per_test"));
    }
    names.add("scaling.80_over_20");
    for (String variant : List.of("none", "json", "xray_publish")) {
      names.add("cucumber." + variant + ".wall_us_per_scenario");
      names.add("cucumber." + variant + ".cpu_us_per_scenario");
    }
    names.addAll(List.of(
        "cucumber.json.overhead_us_per_scenario", "cucumber.xray_publish.overhead_us_per_scenario",
        "cucumber.xray_publish_over_none", "cucumber.xray_publish_over_json"));
    for (String target : List.of("junit_xray_over_legacy_xml", "junit_callback_cost", "serialization_writer_vs_jackson",
        "memory_per_result", "evidence_in_256m", "journal_heap", "scaling_flat", "cucumber_xray_vs_json")) {
      names.add("target." + target);
    }
    return names;
  }
}
