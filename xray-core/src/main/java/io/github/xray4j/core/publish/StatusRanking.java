package io.github.xray4j.core.publish;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StatusRank;

/**
 * Which of two statuses wins when results of the same Test are merged: the one rule of {@link StatusRank}, with
 * the configured {@code xray.status.*} names.
 */
final class StatusRanking {

  private final StatusRank rank;

  StatusRanking(Status failed, Status aborted, Status skipped, Status passed) {
    this.rank = new StatusRank(passed, failed, aborted, skipped);
  }

  static StatusRanking of(XrayConfig config) {
    return new StatusRanking(
        config.statusFailed(), config.statusAborted(), config.statusSkipped(), config.statusPassed());
  }

  /** The status of the two merged; the first when they rank the same. */
  Status worse(Status a, Status b) {
    return rank.combine(a, b);
  }
}
