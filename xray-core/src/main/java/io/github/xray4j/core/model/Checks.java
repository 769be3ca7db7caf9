package io.github.xray4j.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The rules of Xray's JSON format that the model's records share, each in one place. */
final class Checks {

  /** The statuses Xray's schema takes in {@code examples}: its built-in ones but {@code ABORTED}. */
  static final Set<Status> EXAMPLE_STATUSES = Set.of(Status.PASS, Status.FAIL, Status.TODO, Status.EXECUTING);

  private Checks() {}

  /** A finish before its start is refused: Xray would show a negative duration. */
  static void requireOrdered(@Nullable Instant start, @Nullable Instant finish, String what) {
    if (start != null && finish != null && finish.isBefore(start)) {
      throw new IllegalArgumentException(what + " finishes (" + finish + ") before it starts (" + start + "): give"
          + " a finish at or after the start, or leave one of them out");
    }
  }

  /** Jira labels are single words: a label with whitespace is refused. */
  static void requireLabels(List<String> labels) {
    for (String label : labels) {
      if (label.isEmpty() || label.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("'" + label + "' is not a Jira label: labels are non-empty and have no"
            + " spaces; write it as '" + label.trim().replaceAll("\\s+", "_") + "'");
      }
    }
  }

  /** Xray's examples enum: a custom status or ABORTED in {@code examples} is refused. */
  static void requireExampleStatuses(List<Status> examples, String test) {
    for (Status example : examples) {
      if (!EXAMPLE_STATUSES.contains(example)) {
        throw new IllegalArgumentException("example status " + example + " of test " + test + " is not one Xray takes"
            + " in examples (PASS, FAIL, TODO, EXECUTING): map the row to one of these; a custom status or ABORTED"
            + " belongs to the run's own status");
      }
    }
  }
}
