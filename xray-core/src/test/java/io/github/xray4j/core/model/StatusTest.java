package io.github.xray4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

  @ParameterizedTest
  @CsvSource({"PASS, PASS, PASSED", "FAIL, FAIL, FAILED", "TODO, TODO, TODO", "EXECUTING, EXECUTING, EXECUTING",
      "ABORTED, ABORTED, ABORTED", "passed, PASS, PASSED", "Failed, FAIL, FAILED"})
  void built_in_statuses_know_both_names(String given, String server, String cloud) {
    Status status = Status.of(given);

    assertThat(status.nameFor(Flavour.SERVER)).isEqualTo(server);
    assertThat(status.nameFor(Flavour.CLOUD)).isEqualTo(cloud);
  }

  @Test
  void custom_statuses_keep_their_name_on_both_flavours() {
    Status skipped = Status.of("skipped");

    assertThat(skipped.nameFor(Flavour.SERVER)).isEqualTo("SKIPPED");
    assertThat(skipped.nameFor(Flavour.CLOUD)).isEqualTo("SKIPPED");
    assertThat(skipped.isFailure()).isFalse();
    assertThat(Status.FAIL.isFailure()).isTrue();
  }

  @Test
  void names_xray_cannot_hold_are_rejected_clearly() {
    assertThatThrownBy(() -> Status.of("not ok")).hasMessageContaining("'not ok' is not a valid Xray status");
    assertThatThrownBy(() -> Status.of("X")).hasMessageContaining("2 to 18");
  }
}
