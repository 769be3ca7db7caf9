package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The note on a re-run node, for each way its attempts can end. */
class RerunNoteTest {

  @Test
  void says_nothing_about_a_node_that_ran_once() {
    // given
    Leaf once = attempts(Outcome.FAILED);

    // then
    assertThat(RerunNote.headline(once)).isNull();
    assertThat(RerunNote.withAttempts(once, "the failure")).isEqualTo("the failure");
  }

  @Test
  void says_nothing_about_a_node_whose_every_attempt_passed() {
    assertThat(RerunNote.headline(attempts(Outcome.SUCCESSFUL, Outcome.SUCCESSFUL))).isNull();
  }

  @Test
  void counts_the_failures_before_the_pass() {
    assertThat(RerunNote.headline(attempts(Outcome.FAILED, Outcome.FAILED, Outcome.SUCCESSFUL)))
        .isEqualTo("Flaky: failed 2 times before passing on attempt 3 of 3");
  }

  @Test
  void lists_every_outcome_when_the_attempts_are_neither_flaky_nor_all_failed() {
    assertThat(RerunNote.headline(attempts(Outcome.ABORTED, Outcome.SUCCESSFUL)))
        .isEqualTo("Ran 2 times (aborted, passed); the last attempt counts");
    assertThat(RerunNote.headline(attempts(Outcome.SUCCESSFUL, Outcome.FAILED)))
        .isEqualTo("Ran 2 times (passed, failed); the last attempt counts");
  }

  @Test
  void puts_the_note_then_the_last_failure_then_each_earlier_failure() {
    // given
    Leaf third = attempts(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED);

    // when
    String text = RerunNote.withAttempts(third, "{code}\nthird\n{code}");

    // then
    assertThat(text).isEqualTo("""
        Failed on all 3 attempts

        {code}
        third
        {code}

        Attempt 1:
        {code}
        java.lang.AssertionError: attempt 1
        {code}

        Attempt 2:
        {code}
        java.lang.AssertionError: attempt 2
        {code}""");
  }

  /** A node's leaf after attempts ending like this, each failure named by its attempt, without a stack trace. */
  private static Leaf attempts(Outcome... outcomes) {
    Leaf leaf = new Leaf("test()", List.of(1L));
    for (int i = 0; i < outcomes.length; i++) {
      if (i > 0) {
        leaf = leaf.again("test()");
      }
      AssertionError failure = null;
      if (outcomes[i] == Outcome.FAILED || outcomes[i] == Outcome.ABORTED) {
        failure = new AssertionError("attempt " + (i + 1));
        failure.setStackTrace(new StackTraceElement[0]);
      }
      leaf.finished(outcomes[i], failure, null);
    }
    return leaf;
  }
}
