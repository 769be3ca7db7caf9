package io.github.xray4j.core.publish;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;

/**
 * Which of two statuses is worse, for merging results of the same Test: failed, then aborted, then any other
 * custom status, then {@code EXECUTING}, then to do, then passed. The configured {@code xray.status.*} names rank
 * with the built-in status they stand for.
 */
final class StatusRanking {

  private final Status failed;
  private final Status aborted;
  private final Status skipped;
  private final Status passed;

  StatusRanking(Status failed, Status aborted, Status skipped, Status passed) {
    this.failed = failed;
    this.aborted = aborted;
    this.skipped = skipped;
    this.passed = passed;
  }

  static StatusRanking of(XrayConfig config) {
    return new StatusRanking(
        config.statusFailed(), config.statusAborted(), config.statusSkipped(), config.statusPassed());
  }

  /** The worse of the two; the first when they rank the same. */
  Status worse(Status a, Status b) {
    return rank(b) > rank(a) ? b : a;
  }

  int rank(Status status) {
    if (status.equals(Status.FAIL) || status.equals(failed)) {
      return 5;
    }
    if (status.equals(Status.ABORTED) || status.equals(aborted)) {
      return 4;
    }
    if (status.equals(Status.PASS) || status.equals(passed)) {
      return 0;
    }
    if (status.equals(Status.TODO) || status.equals(skipped)) {
      return 1;
    }
    if (status.equals(Status.EXECUTING)) {
      return 2;
    }
    return 3;
  }
}
