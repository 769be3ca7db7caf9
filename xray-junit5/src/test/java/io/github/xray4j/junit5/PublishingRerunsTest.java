package io.github.xray4j.junit5;

import static io.github.xray4j.junit5.PublishingThroughTheLauncherTest.ANY;
import static io.github.xray4j.junit5.PublishingThroughTheLauncherTest.INFO;
import static io.github.xray4j.junit5.PublishingThroughTheLauncherTest.invocation;
import static io.github.xray4j.junit5.PublishingThroughTheLauncherTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.junit5.fixtures.RerunFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Failed tests re-run in the same launcher session, as Maven Surefire's {@code rerunFailingTestsCount} does
 * (a new test plan selecting the failed tests by UniqueId): the last attempt decides, the earlier attempts are
 * told in the comment or the iteration's log. The document Xray receives, compared whole as JSON.
 */
class PublishingRerunsTest extends XrayServerTest {

  static final String FIXTURES = RerunFixtures.class.getName();

  @BeforeEach
  void resetFixtures() {
    RerunFixtures.reset();
  }

  @Test
  void passes_a_test_that_failed_once_then_passed_when_re_run_and_says_it_is_flaky() {
    // when
    TestExecutionSummary rerun = FixtureRun.of(RerunFixtures.FailsOnce.class).rerunningFailures(1)
        .publishingTo(xray).execute();

    // then
    assertThat(rerun.getTestsSucceededCount()).as("the re-run passed").isEqualTo(1);
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-90", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "comment": "Flaky: failed 1 time before passing on attempt 2 of 2\\n\\nAttempt 1:\\n{code}\\norg.opentest4j.AssertionFailedError: not ready on attempt 1 ==> expected: <true> but was: <false>\\n\\tat %3$s$FailsOnce.flaky(RerunFixtures.java:40)\\n{code}"}
         ]}""".formatted(INFO, ANY, FIXTURES));
  }

  @Test
  void fails_a_test_that_failed_on_every_attempt_with_the_last_failure_and_the_earlier_ones() {
    // when
    FixtureRun.of(RerunFixtures.AlwaysFails.class).rerunningFailures(2).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-91", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "Failed on all 3 attempts\\n\\n%3$s\\n\\nAttempt 1:\\n%4$s\\n\\nAttempt 2:\\n%5$s"}
         ]}""".formatted(INFO, ANY, broken(3), broken(1), broken(2)));
  }

  @Test
  void merges_two_methods_with_one_key_as_before_the_failure_of_one_is_not_undone_by_the_other() {
    // when
    FixtureRun.of(RerunFixtures.SharedKey.class).rerunningFailures(1).publishingTo(xray).execute();

    // then
    String failure = "{code}\\norg.opentest4j.AssertionFailedError: the first method broke\\n\\tat " + FIXTURES
        + "$SharedKey.a_fails(RerunFixtures.java:59)\\n{code}";
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-92", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "Failed on all 2 attempts\\n\\n%3$s\\n\\nAttempt 1:\\n%3$s",
           "iterations": [
            {"name": "CALC-92 #1", "status": "FAIL"},
            {"name": "CALC-92 #2", "status": "PASS"}
           ]}
         ]}""".formatted(INFO, ANY, failure));
  }

  @Test
  void replaces_the_re_run_invocation_of_a_parameterized_test_and_notes_it_in_its_log() {
    // when
    FixtureRun.of(RerunFixtures.InvocationFailsOnce.class).rerunningFailures(1).publishingTo(xray).execute();

    // then
    String note = "Flaky: failed 1 time before passing on attempt 2 of 2";
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-93", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "comment": "%4$s: %5$s\\n\\n%4$s: %5$s\\n\\nAttempt 1:\\n{code}\\norg.opentest4j.AssertionFailedError: not ready on attempt 1 ==> expected: <true> but was: <false>\\n\\tat %6$s$InvocationFailsOnce.counts(RerunFixtures.java:74)\\n{code}",
           "iterations": [
            {"name": "%3$s", "status": "PASS", "parameters": [{"name": "n", "value": "1"}]},
            {"name": "%4$s", "status": "PASS", "parameters": [{"name": "n", "value": "2"}]}
           ]}
         ]}""".formatted(INFO, ANY, json(invocation(1, "n", "1")), json(invocation(2, "n", "2")), note, FIXTURES));
  }

  @Test
  void passes_the_tests_of_a_class_whose_setup_failed_once_when_the_class_is_re_run() {
    // when
    FixtureRun.of(RerunFixtures.SetupFailsOnce.class).rerunningFailures(1).publishingTo(xray).execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [
          {"testKey": "CALC-94", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "comment": "Flaky: failed 1 time before passing on attempt 2 of 2\\n\\nAttempt 1:\\n{code}\\njava.lang.IllegalStateException: database not up yet on attempt 1\\n\\tat %3$s$SetupFailsOnce.connect(RerunFixtures.java:84)\\n{code}"}
         ]}""".formatted(INFO, ANY, FIXTURES));
  }

  /** The failure of {@code AlwaysFails.broken()} on this attempt, as a {@code {code}} block inside JSON. */
  private static String broken(int attempt) {
    return "{code}\\norg.opentest4j.AssertionFailedError: still broken on attempt " + attempt + "\\n\\tat " + FIXTURES
        + "$AlwaysFails.broken(RerunFixtures.java:49)\\n{code}";
  }
}
