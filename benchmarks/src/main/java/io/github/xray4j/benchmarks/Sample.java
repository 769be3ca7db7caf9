package io.github.xray4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Wall and CPU time of one measured run. CPU time is the measuring thread's (ThreadMXBean): the thread the
 * launcher or runtime executes the suite on. The sandbox's CPU time (its HTTP threads, in this JVM) is
 * measured as well, because the wall time of a publishing run includes the sandbox's work, which a real Xray
 * does on another machine.
 *
 * @param wallNanos elapsed time
 * @param cpuNanos CPU time of the measuring thread
 * @param sandboxCpuNanos CPU time of the sandbox's threads
 */
record Sample(long wallNanos, long cpuNanos, long sandboxCpuNanos) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Work that is measured. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Collects the garbage of the previous run (so it is not collected during this one), then measures. */
  static Sample measure(Work work) throws Exception {
    System.gc();
    long sandbox = sandboxThreadsCpuNanos();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    work.run();
    long wallEnd = System.nanoTime();
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    return new Sample(wallEnd - wall, cpuEnd - cpu, sandboxThreadsCpuNanos() - sandbox);
  }

  /** CPU time used so far by the sandbox's threads (its worker pool and the JDK HTTP server's dispatcher). */
  private static long sandboxThreadsCpuNanos() {
    long total = 0;
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null
          && (thread.getThreadName().startsWith("xray-sandbox-") || thread.getThreadName().equals("HTTP-Dispatcher"))) {
        total += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
      }
    }
    return total;
  }

  double wallMicrosPer(int count) {
    return wallNanos / 1_000.0 / count;
  }

  double cpuMicrosPer(int count) {
    return cpuNanos / 1_000.0 / count;
  }

  double sandboxMicrosPer(int count) {
    return sandboxCpuNanos / 1_000.0 / count;
  }
}
