package io.github.xray4j.junit5;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What a re-run node's text says about its earlier attempts (see {@link Reruns}): the last attempt decides the
 * outcome, so the earlier ones are told here, never hidden. A one-line note first, such as
 * {@code Flaky: failed 1 time before passing on attempt 2 of 2} or {@code Failed on all 3 attempts}, then the
 * last attempt's failure, then each earlier attempt's failure.
 */
final class RerunNote {

  private RerunNote() {}

  /** The one-line note, or null if the node ran once or every attempt passed (or was skipped). */
  static @Nullable String headline(Leaf leaf) {
    List<Leaf.Attempt> earlier = leaf.earlier;
    if (earlier.isEmpty()) {
      return null;
    }
    Outcome last = leaf.outcome != null ? leaf.outcome : Outcome.SKIPPED;
    if (!troubled(last) && earlier.stream().noneMatch(attempt -> troubled(attempt.outcome()))) {
      return null;
    }
    int attempts = earlier.size() + 1;
    boolean earlierAllFailed = earlier.stream().allMatch(attempt -> attempt.outcome() == Outcome.FAILED);
    if (earlierAllFailed && last == Outcome.SUCCESSFUL) {
      return "Flaky: failed " + times(earlier.size()) + " before passing on attempt " + attempts + " of " + attempts;
    }
    if (earlierAllFailed && last == Outcome.FAILED) {
      return "Failed on all " + attempts + " attempts";
    }
    StringJoiner outcomes = new StringJoiner(", ", "Ran " + attempts + " times (", "); the last attempt counts");
    earlier.forEach(attempt -> outcomes.add(word(attempt.outcome())));
    outcomes.add(word(last));
    return outcomes.toString();
  }

  /**
   * The node's text with what its earlier attempts ended with: the note, the last attempt's {@code detail},
   * then {@code Attempt 1:} and its failure, and so on. Just {@code detail} when there is no note.
   */
  static @Nullable String withAttempts(Leaf leaf, @Nullable String detail) {
    String headline = headline(leaf);
    if (headline == null) {
      return detail;
    }
    StringJoiner parts = new StringJoiner("\n\n");
    parts.add(headline);
    if (detail != null) {
      parts.add(detail);
    }
    for (int i = 0; i < leaf.earlier.size(); i++) {
      String earlierDetail = leaf.earlier.get(i).detail();
      if (earlierDetail != null) {
        parts.add("Attempt " + (i + 1) + ":\n" + earlierDetail);
      }
    }
    return parts.toString();
  }

  private static boolean troubled(Outcome outcome) {
    return outcome == Outcome.FAILED || outcome == Outcome.ABORTED;
  }

  private static String times(int count) {
    return count == 1 ? "1 time" : count + " times";
  }

  private static String word(Outcome outcome) {
    return outcome == Outcome.SUCCESSFUL ? "passed" : outcome.name().toLowerCase(Locale.ROOT);
  }
}
