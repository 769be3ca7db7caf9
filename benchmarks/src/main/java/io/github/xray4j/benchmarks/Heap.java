package io.github.xray4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap measurements. */
final class Heap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Heap() {}

  /** Runs full collections until the used heap stops shrinking (at most five). */
  static void settle() {
    long before = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = used();
      if (used >= before - 64 * 1024) {
        return;
      }
      before = used;
    }
  }

  /** Heap in use now, in bytes. */
  static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
