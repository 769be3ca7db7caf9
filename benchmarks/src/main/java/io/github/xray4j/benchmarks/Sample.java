package io.github.xray4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall and CPU time of one measured run. CPU time is the measuring thread's (ThreadMXBean): the thread the
 * launcher or runtime executes the suite on.
 *
 * @param wallNanos elapsed time
 * @param cpuNanos CPU time of the measuring thread
 */
record Sample(long wallNanos, long cpuNanos) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Work that is measured. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Collects the garbage of the previous run (so it is not collected during this one), then measures. */
  static Sample measure(Work work) throws Exception {
    System.gc();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    work.run();
    long wallEnd = System.nanoTime();
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    return new Sample(wallEnd - wall, cpuEnd - cpu);
  }

  double wallMicrosPer(int count) {
    return wallNanos / 1_000.0 / count;
  }

  double cpuMicrosPer(int count) {
    return cpuNanos / 1_000.0 / count;
  }
}
