package io.github.xray4j.benchmarks;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.XrayReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 4: cost per test at growing sizes: an {@link XrayReporter} publishing to the sandbox collects
 * {@code n} results (as the JUnit listener builds them) and publishes them (merging, batching, JSON writing,
 * the results file, HTTP). Reports the whole cost per test at each size, its two parts (collecting, and
 * {@code finish()}), and the ratio of the largest size to the smallest. The sandbox runs in this JVM and its
 * work is part of the wall time (as Xray's is, on another machine); its CPU time per test is reported too, and
 * the cost without it (wall minus the sandbox's CPU time, an approximation that holds when the machine is not
 * saturated).
 */
final class Scaling {

  private final Settings settings;
  private final Figures figures;
  private final Path work;
  private final XrayTarget xray;
  private final Progress progress;
  private int runNumber;

  Scaling(Settings settings, Figures figures, Path work, XrayTarget xray, Progress progress) {
    this.settings = settings;
    this.figures = figures;
    this.work = work;
    this.xray = xray;
    this.progress = progress;
  }

  void run() throws Exception {
    List<Integer> sizes = settings.scalingSizes();
    for (int w = 0; w < settings.warmups(); w++) {
      progress.say("scaling: warm-up " + (w + 1) + "/" + settings.warmups());
      xray.seed(sizes.get(1));
      once(sizes.get(1));
    }
    double first = Double.NaN;
    double last = Double.NaN;
    for (int size : sizes) {
      List<double[]> runs = new ArrayList<>();
      xray.seed(size);
      for (int r = 0; r < settings.scalingRepeats(); r++) {
        progress.say("scaling: " + size + " results, repeat " + (r + 1) + "/" + settings.scalingRepeats());
        runs.add(once(size));
      }
      String prefix = "scaling." + size + ".";
      double total =
          figures.add(prefix + "us_per_test", Stats.median(runs.stream().map(t -> t[0] + t[1]).toList()), "us/test",
              "collect + merge + write JSON + publish to the sandbox, per result");
      figures.add(prefix + "collect_us_per_test", Stats.median(runs.stream().map(t -> t[0]).toList()), "us/test",
          "building and adding the result");
      figures.add(prefix + "finish_us_per_test", Stats.median(runs.stream().map(t -> t[1]).toList()), "us/test",
          "finish(): merge, write, publish");
      figures.add(prefix + "sandbox_cpu_us_per_test", Stats.median(runs.stream().map(t -> t[2]).toList()), "us/test",
          "CPU time of the sandbox (in this JVM) receiving the results");
      figures.add(prefix + "without_sandbox_us_per_test",
          Stats.median(runs.stream().map(t -> t[0] + t[1] - t[2]).toList()), "us/test",
          "the cost per test less the sandbox's CPU time");
      if (size == sizes.get(0)) {
        first = total;
      }
      last = total;
    }
    int smallest = sizes.get(0);
    int largest = sizes.get(sizes.size() - 1);
    double ratio =
        figures.add("scaling." + largest + "_over_" + smallest, last / first, "ratio",
            "cost per test at " + largest + " / cost per test at " + smallest);
    figures.target("scaling_flat", "cost per test at " + largest + " within 20% of " + smallest + " (ratio <= 1.2)",
        Figures.format(ratio, "ratio"), ratio <= 1.2);
  }

  /** One run; returns microseconds per test collecting, finishing, and of the sandbox's CPU. */
  private double[] once(int size) throws Exception {
    Path output = Files.createDirectories(work.resolve("scaling-" + (++runNumber)));
    XrayReporter reporter = XrayReporter.create(XrayConfig.of(xray.publishing(output)));
    PublishOutcome[] outcome = new PublishOutcome[1];
    Sample collect =
        Sample.measure(
            () -> {
              for (int i = 0; i < size; i++) {
                reporter.add(SyntheticResults.passing(i));
              }
            });
    Sample finish = Sample.measure(() -> outcome[0] = reporter.finish());
    if (outcome[0].kind() != PublishOutcome.Kind.PUBLISHED || outcome[0].published() != size) {
      throw new IllegalStateException("scaling: " + size + " results were not all published: " + outcome[0]);
    }
    xray.reset();
    TempFiles.deleteRecursively(output);
    return new double[] {collect.wallMicrosPer(size), finish.wallMicrosPer(size), finish.sandboxMicrosPer(size)};
  }
}
