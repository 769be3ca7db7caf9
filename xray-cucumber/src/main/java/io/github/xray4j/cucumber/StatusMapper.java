package io.github.xray4j.cucumber;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;

/**
 * Maps Cucumber's result statuses to Xray's: passed to {@code xray.status.passed}, skipped to
 * {@code xray.status.skipped}, everything else (failed, pending, undefined, ambiguous) to
 * {@code xray.status.failed}. Xray Cloud's names ({@code PASSED}, {@code FAILED}) are chosen when the
 * document is written.
 */
final class StatusMapper {

  /** What a scenario or step came to, in increasing severity: combining keeps the worst. */
  enum Outcome {
    PASSED,
    SKIPPED,
    FAILED;

    Outcome worst(Outcome other) {
      return other.ordinal() > ordinal() ? other : this;
    }
  }

  private final XrayConfig config;

  StatusMapper(XrayConfig config) {
    this.config = config;
  }

  static Outcome outcomeOf(io.cucumber.plugin.event.Status status) {
    return switch (status) {
      case PASSED -> Outcome.PASSED;
      case SKIPPED, UNUSED -> Outcome.SKIPPED;
      case FAILED, PENDING, UNDEFINED, AMBIGUOUS -> Outcome.FAILED;
    };
  }

  Status toXray(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> config.statusPassed();
      case SKIPPED -> config.statusSkipped();
      case FAILED -> config.statusFailed();
    };
  }

  Status toXray(io.cucumber.plugin.event.Status status) {
    return toXray(outcomeOf(status));
  }
}
