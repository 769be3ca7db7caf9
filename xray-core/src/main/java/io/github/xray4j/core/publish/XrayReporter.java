package io.github.xray4j.core.publish;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.TestResult;
import java.time.Clock;
import java.util.Collection;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the JUnit and Cucumber adapters call: they {@link #add add} each finished test's result, from any thread,
 * and {@link #finish()} once when the run ends. The reporter merges, writes, publishes and logs one summary line.
 *
 * <pre>{@code
 * XrayReporter reporter = XrayReporter.create(config);   // when the test plan starts
 * reporter.add(result);                                  // per finished test, from any thread
 * PublishOutcome outcome = reporter.finish();            // when the test plan finishes
 * }</pre>
 *
 * <p>When {@link XrayConfig#isActive()} is false the reporter is inert: {@code add} and {@code finish} do
 * nothing, write no file and open no connection, so adapters need no {@code if (enabled)} of their own.
 *
 * <p>When active, {@link #finish()} builds the run from the configuration ({@code xray.test-execution-key},
 * {@code xray.project-key}, {@code xray.summary} (default {@code "Automated test run <start>"}),
 * {@code xray.description}, {@code xray.fix-version}, {@code xray.revision}, {@code xray.user},
 * {@code xray.test-plan-key}, {@code xray.test-environments}), starting when the run began ({@link #runStarted})
 * and finishing when {@code finish()} is called, and
 * hands it to a {@link Publisher}. It never throws for a network or server failure: the outcome says what went
 * wrong and which file keeps the results.
 *
 * <p><b>Merging.</b> Xray keeps one Test Run per Test in a Test Execution, so results added for the same Test
 * (same Test key, or for tests without a key the same project, type and definition or summary) are merged into
 * one, never losing a failure:
 *
 * <ul>
 *   <li>status: by the one rule of {@link io.github.xray4j.core.model.StatusRank}: failed ({@code FAIL} or
 *       {@code xray.status.failed}), then aborted ({@code ABORTED} or {@code xray.status.aborted}), then any
 *       other custom status, then {@code EXECUTING}, then passed, then skipped ({@code TODO} or
 *       {@code xray.status.skipped}): a Test with any passed result and none failed or aborted is passed;
 *   <li>iterations: concatenated in the order the results were added; a result without iterations becomes one
 *       iteration named after it (its summary or definition, else its key and its position), carrying its
 *       status, comment as log, duration and steps; Scenario Outline examples become one iteration each, unless
 *       every merged result has only examples, in which case the examples are concatenated;
 *   <li>start: the earliest; finish: the latest; comments joined by a blank line; defects (without repeats),
 *       evidence and custom fields concatenated; the first Test key and test info win.
 * </ul>
 */
public interface XrayReporter {

  /**
   * A reporter for this configuration: inert when {@link XrayConfig#isActive()} is false.
   *
   * @throws io.github.xray4j.core.config.XrayConfigException if the configuration cannot be used to publish
   */
  static XrayReporter create(XrayConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** A reporter that reads the start and finish times from {@code clock}. */
  static XrayReporter create(XrayConfig config, Clock clock) {
    if (!config.isActive()) {
      return InertReporter.INSTANCE;
    }
    return new CollectingReporter(config, clock, Publisher.create(config, clock));
  }

  /** An inert reporter: adds nothing, publishes nothing. */
  static XrayReporter inert() {
    return InertReporter.INSTANCE;
  }

  /** Whether this reporter publishes (false for the inert one). */
  boolean isActive();

  /**
   * When the run began (JUnit's {@code testPlanExecutionStarted}, Cucumber's {@code TestRunStarted}): the Test
   * Execution's {@code startDate}, which is otherwise the moment the reporter was created. Call it before the
   * first {@link #add}; a later call, or a later instant than the one already known, changes nothing.
   */
  default void runStarted(Instant when) {}

  /**
   * What the adapter did not report and how to include it, added to the summary line (also when there is nothing
   * to publish), such as {@code 4 tests have no Xray key (add @XrayTest, or set xray.report-unannotated=true)}.
   * The last note given before {@link #finish()} counts; null clears it.
   */
  default void leftOut(@Nullable String note) {}

  /**
   * Adds one finished test's result. Thread-safe, and never waits for Xray: the result is appended to this JVM's
   * journal in {@code xray.output-dir} before the call returns (so a JVM that dies later does not lose it), and
   * a background thread publishes it within {@code xray.live-interval}. A result added after {@code finish()} is
   * not published and is logged.
   */
  void add(TestResult result);

  /**
   * Adds the result of one test unit (a JUnit test method or invocation, a scenario): a later result for the
   * same {@code unit} (a re-run of it, as Surefire's {@code rerunFailingTestsCount} does) takes this one's place
   * instead of being merged with it. Like {@link #add(TestResult)} otherwise; with a null unit, the same.
   */
  default void add(@Nullable String unit, TestResult result) {
    add(result);
  }

  /**
   * Writes evidence bytes to this JVM's journal directory at once and returns evidence read from that file, so that
   * an adapter that must keep evidence until a result is complete (a Cucumber attachment) holds none of it in
   * memory. The file lives as long as the journal (a later run that recovers the journal reads it, and removes
   * it with the journal). Thread-safe. Evidence that is not bytes, or that cannot be written (the journal
   * cannot be), is returned as it is; the inert reporter returns it as it is.
   */
  default Evidence spill(Evidence evidence) {
    return evidence;
  }

  /**
   * Links an existing Test to the requirements it covers ({@code @Requirement} on a keyed JUnit test,
   * {@code @REQ_} tags on a {@code @TEST_}-tagged scenario), once per run, after its results are published. Tests
   * created from {@code testInfo} get their requirements from its {@code requirementKeys} instead. Thread-safe.
   */
  default void linkRequirements(String testKey, Collection<String> requirementKeys) {}

  /**
   * Publishes what was added, once: later calls return the same outcome. Logs one summary line and never throws
   * for a network or server failure.
   */
  PublishOutcome finish();
}
