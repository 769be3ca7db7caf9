package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

/**
 * The one rule for combining statuses (a Test's invocations, a Cucumber outline's rows, the results merged into
 * one Test Run): failed, then aborted, then any other custom status, then {@code EXECUTING}, then passed, then
 * skipped ({@code TODO}). A run with any passed part and no failed or aborted part is passed; only a run that
 * was skipped throughout is skipped. The statuses configured for passed, failed, aborted and skipped rank as
 * what they stand for.
 *
 * <pre>{@code
 * StatusRank rank = StatusRank.builtIn();
 * rank.combine(Status.PASS, Status.TODO);    // PASS
 * rank.combine(Status.PASS, Status.ABORTED); // ABORTED
 * }</pre>
 *
 * @param passed the status reported for passed ({@code xray.status.passed})
 * @param failed the status reported for failed ({@code xray.status.failed})
 * @param aborted the status reported for aborted ({@code xray.status.aborted})
 * @param skipped the status reported for skipped ({@code xray.status.skipped})
 */
public record StatusRank(Status passed, Status failed, Status aborted, Status skipped) {

  public StatusRank {
    requireNonNull(passed, "passed");
    requireNonNull(failed, "failed");
    requireNonNull(aborted, "aborted");
    requireNonNull(skipped, "skipped");
  }

  /** The rule for the built-in statuses only. */
  public static StatusRank builtIn() {
    return new StatusRank(Status.PASS, Status.FAIL, Status.ABORTED, Status.TODO);
  }

  /** The status of a run made of these two parts; the first when they rank the same. */
  public Status combine(Status a, Status b) {
    return rank(b) > rank(a) ? b : a;
  }

  private int rank(Status status) {
    if (status.equals(Status.FAIL) || status.equals(failed)) {
      return 5;
    }
    if (status.equals(Status.ABORTED) || status.equals(aborted)) {
      return 4;
    }
    if (status.equals(Status.TODO) || status.equals(skipped)) {
      return 0;
    }
    if (status.equals(Status.PASS) || status.equals(passed)) {
      return 1;
    }
    if (status.equals(Status.EXECUTING)) {
      return 2;
    }
    return 3;
  }
}
