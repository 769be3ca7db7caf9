package io.github.xray4j.junit5;

import java.util.Map;
import java.util.WeakHashMap;
import org.junit.platform.launcher.TestPlan;

/**
 * Where a test plan's {@link XrayTestExecutionListener} (created by the launcher through the
 * {@link java.util.ServiceLoader}) meets the {@link XrayRun} of the launcher session executing that plan
 * (registered on the session's launcher by {@link XrayLauncherSessionListener}). Both see the plan in
 * {@code testPlanExecutionStarted}, before any test runs; whichever comes second completes the pairing, so
 * the launcher's order of listeners does not matter. Plans are held weakly.
 */
final class PlanRendezvous {

  private static final Map<TestPlan, Object> WAITING = new WeakHashMap<>();

  private PlanRendezvous() {}

  /** The listener is ready to record this plan: binds it to the session's run if the session came first. */
  static synchronized void listenerReady(TestPlan plan, PlanBinding binding) {
    Object waiting = WAITING.remove(plan);
    if (waiting instanceof XrayRun run) {
      binding.bind(run);
    } else {
      WAITING.put(plan, binding);
    }
  }

  /** A session is executing this plan: binds the plan's listener if it came first. */
  static synchronized void sessionExecuting(TestPlan plan, XrayRun run) {
    Object waiting = WAITING.remove(plan);
    if (waiting instanceof PlanBinding binding) {
      binding.bind(run);
    } else {
      WAITING.put(plan, run);
    }
  }

  /** Forgets the plan once it has finished. */
  static synchronized void done(TestPlan plan) {
    WAITING.remove(plan);
  }
}
