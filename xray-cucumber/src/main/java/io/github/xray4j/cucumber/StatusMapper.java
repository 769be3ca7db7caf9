package io.github.xray4j.cucumber;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StatusRank;

/**
 * Maps Cucumber's result statuses to Xray's: passed to {@code xray.status.passed}, skipped to
 * {@code xray.status.skipped}, everything else (failed, pending, undefined, ambiguous) to
 * {@code xray.status.failed}. Xray Cloud's names ({@code PASSED}, {@code FAILED}) are chosen when the
 * document is written. Outline rows combine by core's one rule ({@link StatusRank}).
 */
final class StatusMapper {

  private final XrayConfig config;
  private final StatusRank rank;

  StatusMapper(XrayConfig config) {
    this.config = config;
    this.rank = new StatusRank(
        config.statusPassed(), config.statusFailed(), config.statusAborted(), config.statusSkipped());
  }

  Status toXray(io.cucumber.plugin.event.Status status) {
    return switch (status) {
      case PASSED -> config.statusPassed();
      case SKIPPED, UNUSED -> config.statusSkipped();
      case FAILED, PENDING, UNDEFINED, AMBIGUOUS -> config.statusFailed();
    };
  }

  /**
   * The status of one Scenario Outline row in {@code examples}, where Xray's format takes only its built-in
   * statuses (no custom {@code xray.status.*} and no ABORTED): passed is PASS, skipped or unused TODO, anything
   * else FAIL. The run's own status still follows the configured ones.
   */
  static Status toExample(io.cucumber.plugin.event.Status status) {
    return switch (status) {
      case PASSED -> Status.PASS;
      case SKIPPED, UNUSED -> Status.TODO;
      case FAILED, PENDING, UNDEFINED, AMBIGUOUS -> Status.FAIL;
    };
  }

  /** The status of the rows together. */
  Status combine(Status a, Status b) {
    return rank.combine(a, b);
  }
}
