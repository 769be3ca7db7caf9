package io.github.xray4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.XrayReporter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The child JVM of the big-evidence run: one result per evidence file, each file attached with
 * {@link Evidence#ofFile}, collected and published by an {@link XrayReporter} (dry-run or to the sandbox).
 * Prints {@code success}, {@code peak_heap_mb}, {@code seconds} and, on failure, {@code error} as
 * {@code name=value} lines.
 *
 * <p>Peak heap: the largest heap in use just before any garbage collection (from the collectors'
 * notifications) or at the end, which is where the heap peaks.
 *
 * <p>Arguments: {@code dry_run|publish evidenceDir outputDir [xray.key=value ...]}. With {@code results count
 * outputDir ...} instead, it publishes {@code count} passing results without evidence (what the JUnit listener
 * adds per test), one at a time as tests finish, through the journal and the live sender: the whole publishing
 * JVM's peak heap at that size.
 */
public final class EvidenceRun {

  private static final AtomicLong PEAK = new AtomicLong();

  private EvidenceRun() {}

  public static void main(String[] args) throws Exception {
    watchCollections();
    boolean results = args[0].equals("results");
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 3; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      properties.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    long start = System.nanoTime();
    boolean success;
    String error = null;
    try {
      XrayReporter reporter = XrayReporter.create(XrayConfig.of(properties));
      int count;
      if (results) {
        count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
          reporter.add(SyntheticResults.passing(i));
        }
      } else {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[1]))) {
          files = list.sorted().toList();
        }
        int i = 0;
        for (Path file : files) {
          reporter.add(TestResult.builder(Status.PASS)
              .testKey(SyntheticResults.PROJECT + "-" + (++i))
              .evidence(Evidence.ofFile(file))
              .build());
        }
        count = files.size();
      }
      PublishOutcome outcome = reporter.finish();
      boolean expected = !args[0].equals("dry_run")
          ? outcome.kind() == PublishOutcome.Kind.PUBLISHED && outcome.published() == count
          : outcome.kind() == PublishOutcome.Kind.DRY_RUN && outcome.results() == count;
      success = expected && outcome.problems().isEmpty();
      if (!success) {
        error = outcome.summaryLine();
      }
    } catch (Throwable e) {
      success = false;
      error = e.toString();
      e.printStackTrace();
    }
    recordPeak(currentHeap());
    System.out.println("success=" + success);
    System.out.println("peak_heap_mb=" + PEAK.get() / (1024.0 * 1024));
    System.out.println("seconds=" + (System.nanoTime() - start) / 1e9);
    if (error != null) {
      System.out.println("error=" + error.replace('\n', ' '));
    }
    System.out.flush();
  }

  private static void watchCollections() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener(
          (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
              recordPeak(info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                  .mapToLong(MemoryUsage::getUsed).sum() - nonHeap(info));
            }
          },
          null,
          null);
    }
  }

  /** The before-GC map covers every pool; subtract the non-heap ones (metaspace, code cache). */
  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long nonHeap = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
        MemoryUsage usage = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
        if (usage != null) {
          nonHeap += usage.getUsed();
        }
      }
    }
    return nonHeap;
  }

  private static long currentHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void recordPeak(long used) {
    PEAK.accumulateAndGet(used, Math::max);
  }
}
