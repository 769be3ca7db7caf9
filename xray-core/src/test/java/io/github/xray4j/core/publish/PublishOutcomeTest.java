package io.github.xray4j.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.publish.PublishOutcome.Kind;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishOutcomeTest {

  private static final Path FILE = Path.of("/build/target/xray/xray-results-20261128T090000Z.json");
  private static final Path SPACED = Path.of("/my build/xray-results-20261128T090000Z-2.json");

  @Test
  void says_where_the_results_went_with_the_link_the_time_and_each_problem() {
    // given
    PublishOutcome outcome = new PublishOutcome(Kind.PUBLISHED, "CALC-2001",
        URI.create("https://jira.example.com/browse/CALC-2001"), 128, 127,
        List.of(new Problem("CALC-9", "Xray rejected it")), null, List.of(FILE), List.of(), Duration.ofMillis(1420));

    // when
    String line = outcome.summaryLine();

    // then
    assertThat(line).isEqualTo("Xray: 127 results published to CALC-2001 (https://jira.example.com/browse/CALC-2001)"
        + " in 1.4 s; 1 not accepted. 1 problem: CALC-9: Xray rejected it.");
  }

  @Test
  void ends_a_failure_with_the_command_that_resends_the_kept_files_quoting_paths_with_spaces() {
    // given
    PublishOutcome outcome = new PublishOutcome(Kind.FAILED, "CALC-2001", null, 3, 2,
        List.of(new Problem("CALC-1", "evidence big.png was left out")), "Xray is unavailable (503)",
        List.of(FILE, SPACED), List.of(SPACED), Duration.ofSeconds(3));

    // when
    String line = outcome.summaryLine();

    // then
    assertThat(line).isEqualTo("Xray: publishing 3 results failed after 2 went into CALC-2001: Xray is unavailable"
        + " (503). 1 problem: CALC-1: evidence big.png was left out. The results are kept in " + SPACED
        + "; re-send them with: java -jar xray-cli.jar publish \"" + SPACED + "\"");
    assertThat(outcome.resendCommand()).contains("java -jar xray-cli.jar publish \"" + SPACED + "\"");
  }

  @Test
  void has_no_resend_command_when_nothing_is_left_to_send() {
    // given
    PublishOutcome outcome = PublishOutcome.nothingToPublish("no test reported a result for Xray");

    // when / then
    assertThat(outcome.resendCommand()).isEmpty();
    assertThat(outcome.summaryLine()).isEqualTo("Xray: nothing to publish: no test reported a result for Xray");
  }

  @Test
  void says_what_the_adapter_left_out_after_what_was_published_and_when_nothing_was() {
    // given
    String note = "4 tests have no Xray key (add @XrayTest, or set xray.report-unannotated=true)";
    PublishOutcome published = new PublishOutcome(Kind.PUBLISHED, "CALC-25", null, 12, 12, List.of(), null,
        List.of(FILE), List.of(), Duration.ofMillis(600)).withLeftOut(note);
    PublishOutcome nothing = PublishOutcome.nothingToPublish("no test reported a result for Xray").withLeftOut(note);

    // when / then
    assertThat(published.summaryLine()).isEqualTo("Xray: 12 results published to CALC-25 in 0.6 s; " + note);
    assertThat(nothing.summaryLine()).isEqualTo("Xray: nothing to publish: no test reported a result for Xray; "
        + note);
  }

  @Test
  void names_the_directory_and_the_count_instead_of_a_hundred_files() {
    // given
    Path directory = Path.of("/build/target/xray");
    List<Path> files = java.util.stream.IntStream.rangeClosed(1, 100)
        .mapToObj(n -> directory.resolve("xray-results-20261128T090000Z-" + n + ".json")).toList();
    PublishOutcome dryRun = new PublishOutcome(Kind.DRY_RUN, null, null, 50_000, 0, List.of(), null, files,
        List.of(), Duration.ZERO);
    PublishOutcome failed = new PublishOutcome(Kind.FAILED, null, null, 50_000, 0, List.of(), "Xray is unavailable",
        files, files, Duration.ZERO);

    // when / then
    assertThat(dryRun.summaryLine()).isEqualTo("Xray: dry run, 50000 results written to 100 files in " + directory
        + " (nothing sent; set xray.dry-run=false to publish)");
    assertThat(failed.summaryLine()).isEqualTo("Xray: publishing 50000 results failed: Xray is unavailable. The"
        + " results are kept in 100 files in " + directory + "; re-send them with: java -jar xray-cli.jar publish "
        + directory);
  }
}
