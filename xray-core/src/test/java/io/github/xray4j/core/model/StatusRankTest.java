package io.github.xray4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRankTest {

  @ParameterizedTest(name = "{0} with {1} is {2}")
  @CsvSource({
      "FAIL, ABORTED, FAIL", "ABORTED, FAIL, FAIL", "ABORTED, PASS, ABORTED", "PASS, ABORTED, ABORTED",
      "PASS, TODO, PASS", "TODO, PASS, PASS", "TODO, TODO, TODO", "EXECUTING, PASS, EXECUTING",
      "TODO, EXECUTING, EXECUTING", "BLOCKED, ABORTED, ABORTED", "BLOCKED, PASS, BLOCKED"})
  void combines_failed_over_aborted_over_passed_over_skipped(String first, String second, String combined) {
    assertThat(StatusRank.builtIn().combine(Status.of(first), Status.of(second))).isEqualTo(Status.of(combined));
  }

  @Test
  void configured_statuses_rank_as_what_they_stand_for() {
    StatusRank rank = new StatusRank(Status.of("OK"), Status.of("BROKEN"), Status.of("STOPPED"), Status.of("SKIPPED"));

    assertThat(rank.combine(Status.of("OK"), Status.of("SKIPPED"))).isEqualTo(Status.of("OK"));
    assertThat(rank.combine(Status.of("SKIPPED"), Status.of("OK"))).isEqualTo(Status.of("OK"));
    assertThat(rank.combine(Status.of("OK"), Status.of("STOPPED"))).isEqualTo(Status.of("STOPPED"));
    assertThat(rank.combine(Status.of("STOPPED"), Status.of("BROKEN"))).isEqualTo(Status.of("BROKEN"));
    assertThat(rank.combine(Status.of("BROKEN"), Status.ABORTED)).isEqualTo(Status.of("BROKEN"));
  }
}
