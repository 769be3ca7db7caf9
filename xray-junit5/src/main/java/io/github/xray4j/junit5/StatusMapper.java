package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StatusRank;

/**
 * JUnit outcomes to Xray statuses, as configured: {@code xray.status.passed} (default {@code PASS}),
 * {@code xray.status.failed} ({@code FAIL}), {@code xray.status.aborted} ({@code ABORTED}) and
 * {@code xray.status.skipped} ({@code TODO}, for disabled tests). Invocations combine by core's one rule
 * ({@link StatusRank}).
 */
final class StatusMapper {

  private final Status passed;
  private final Status failed;
  private final Status aborted;
  private final Status skipped;
  private final StatusRank rank;

  StatusMapper(XrayConfig config) {
    this.passed = config.statusPassed();
    this.failed = config.statusFailed();
    this.aborted = config.statusAborted();
    this.skipped = config.statusSkipped();
    this.rank = new StatusRank(passed, failed, aborted, skipped);
  }

  Status statusOf(Outcome outcome) {
    return switch (outcome) {
      case SUCCESSFUL -> passed;
      case FAILED -> failed;
      case ABORTED -> aborted;
      case SKIPPED -> skipped;
    };
  }

  /** The status of a run made of these two parts. */
  Status combine(Status a, Status b) {
    return rank.combine(a, b);
  }
}
