package io.github.xray4j.benchmarks;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.XrayReporter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Section 3: memory.
 *
 * <ul>
 *   <li>Retained heap per collected result: the used heap after full collections, before and after
 *       {@code memoryResults} results (as the JUnit listener builds them) are added to an {@link XrayReporter}.
 *   <li>Big evidence: {@code evidenceFiles} generated files attached to as many results, published by a child
 *       JVM with {@code -Xmx<evidenceHeap>} ({@link EvidenceRun}), once in dry-run (writing the document) and
 *       once to the sandbox (which runs in this JVM, outside the child's heap). Reports whether it succeeded
 *       and the child's peak heap.
 * </ul>
 */
final class Memory {

  private final Settings settings;
  private final Figures figures;
  private final Path work;
  private final XrayTarget xray;
  private final Progress progress;

  Memory(Settings settings, Figures figures, Path work, XrayTarget xray, Progress progress) {
    this.settings = settings;
    this.figures = figures;
    this.work = work;
    this.xray = xray;
    this.progress = progress;
  }

  void run() throws Exception {
    retainedPerResult();
    bigEvidence();
    journalHeap();
  }

  private void retainedPerResult() throws IOException {
    int count = settings.memoryResults();
    List<Double> perResult = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      progress.say("memory: retained heap of " + count + " collected results, " + (r + 1) + "/3");
      Path output = Files.createDirectories(work.resolve("memory-" + r));
      XrayReporter reporter = XrayReporter.create(XrayConfig.of(xray.dryRun(output)));
      reporter.add(SyntheticResults.passing(count)); // the collector's own first allocation is not per result
      Heap.settle();
      long before = Heap.used();
      for (int i = 0; i < count; i++) {
        TestResult result = SyntheticResults.passing(i);
        reporter.add(result);
      }
      Heap.settle();
      long after = Heap.used();
      Reference.reachabilityFence(reporter);
      perResult.add((double) (after - before) / count);
      TempFiles.deleteRecursively(output);
    }
    double bytes =
        figures.add("memory.retained_bytes_per_result", Stats.median(perResult), "bytes",
            "heap retained per result held by XrayReporter (key, status, start, finish), until finish()");
    figures.target("memory_per_result", "< 1 KB (1024 bytes) retained heap per result without evidence",
        Figures.format(bytes, "bytes") + " bytes", bytes < 1024);
  }

  private void bigEvidence() throws Exception {
    xray.seed(settings.evidenceFiles());
    Path evidence = Files.createDirectories(work.resolve("evidence"));
    progress.say("memory: writing " + settings.evidenceFiles() + " evidence files of "
        + settings.evidenceFileBytes() / 1024 + " KB");
    writeEvidence(evidence);
    double totalMb = settings.evidenceFiles() * settings.evidenceFileBytes() / (1024.0 * 1024);
    figures.add("evidence.total_mb", totalMb, "MiB", "evidence attached to " + settings.evidenceFiles() + " results");
    Map<String, Boolean> success = new HashMap<>();
    for (String mode : List.of("dry_run", "publish")) {
      progress.say("memory: child JVM -Xmx" + settings.evidenceHeap() + ", " + mode);
      Path output = Files.createDirectories(work.resolve("evidence-out-" + mode));
      Map<String, String> childFigures = child(mode, evidence, output);
      boolean ok = "true".equals(childFigures.get("success"));
      success.put(mode, ok);
      String prefix = "evidence." + mode + ".";
      figures.add(prefix + "success", ok ? 1 : 0, "bool", mode + " with all evidence under -Xmx" + settings.evidenceHeap());
      figures.add(prefix + "peak_heap_mb", number(childFigures.get("peak_heap_mb")), "MiB",
          "child JVM peak heap (largest heap in use before a collection, or at the end)");
      figures.add(prefix + "seconds", number(childFigures.get("seconds")), "s", "child JVM time to collect and " + mode);
      if (!ok) {
        progress.say("memory: " + mode + " failed: " + childFigures.getOrDefault("error", "(no message)"));
      }
      xray.reset();
      TempFiles.deleteRecursively(output);
    }
    TempFiles.deleteRecursively(evidence);
    figures.target("evidence_in_256m",
        String.format(Locale.ROOT, "%.0f MiB of evidence published in -Xmx%s", totalMb, settings.evidenceHeap()),
        "dry-run " + (success.get("dry_run") ? "ok" : "failed") + ", publish " + (success.get("publish") ? "ok" : "failed"),
        success.get("publish"));
  }

  /** Section 3b: the peak heap of a whole JVM publishing 100,000 results live, through the journal. */
  private void journalHeap() throws Exception {
    int count = settings.memoryResults();
    xray.seed(count);
    progress.say("memory: child JVM -Xmx" + JOURNAL_HEAP + ", " + count + " results published live through the journal");
    Path output = Files.createDirectories(work.resolve("journal-out"));
    Map<String, String> childFigures = child("results", String.valueOf(count), output, JOURNAL_HEAP);
    boolean ok = "true".equals(childFigures.get("success"));
    String prefix = "journal." + count + ".";
    figures.add(prefix + "success", ok ? 1 : 0, "bool", count + " results published live under -Xmx" + JOURNAL_HEAP);
    double peak = figures.add(prefix + "peak_heap_mb", number(childFigures.get("peak_heap_mb")), "MiB",
        "peak heap of the whole publishing JVM (journal, live sender, end of run)");
    figures.add(prefix + "seconds", number(childFigures.get("seconds")), "s", "child JVM time to add and publish");
    if (!ok) {
      progress.say("memory: journal run failed: " + childFigures.getOrDefault("error", "(no message)"));
    }
    xray.reset();
    TempFiles.deleteRecursively(output);
    figures.target("journal_heap", count + " results: peak heap of the publishing JVM < 64 MB",
        Figures.format(peak, "MiB") + " MiB" + (ok ? "" : " (failed)"), ok && peak < 64);
  }

  /** The heap the journal run gets: the target itself, so that a run that needs more fails. */
  static final String JOURNAL_HEAP = "64m";

  private void writeEvidence(Path dir) throws IOException {
    byte[] block = new byte[64 * 1024];
    new SplittableRandom(7).nextBytes(block);
    for (int f = 0; f < settings.evidenceFiles(); f++) {
      try (OutputStream out = Files.newOutputStream(dir.resolve(String.format(Locale.ROOT, "evidence-%03d.bin", f)))) {
        for (long written = 0; written < settings.evidenceFileBytes(); written += block.length) {
          block[0] = (byte) f;
          out.write(block, 0, (int) Math.min(block.length, settings.evidenceFileBytes() - written));
        }
      }
    }
  }

  /** Runs {@link EvidenceRun} in a child JVM and returns the {@code name=value} lines it printed. */
  private Map<String, String> child(String mode, Path evidence, Path output) throws Exception {
    return child(mode, evidence.toString(), output, settings.evidenceHeap());
  }

  private Map<String, String> child(String mode, String input, Path output, String heap) throws Exception {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), EvidenceRun.class.getName(), mode, input,
        output.toString()));
    Map<String, String> properties = mode.equals("dry_run") ? xray.dryRun(output) : xray.publishing(output);
    properties.forEach((key, value) -> command.add(key + "=" + value));
    Path log = work.resolve("evidence-" + mode + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile()).start();
    Map<String, String> lines = new HashMap<>();
    try (var reader = process.inputReader()) {
      reader.lines().forEach(line -> {
        int eq = line.indexOf('=');
        if (eq > 0) {
          lines.put(line.substring(0, eq), line.substring(eq + 1));
        }
      });
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      lines.put("error", "the child JVM did not finish in 5 minutes");
    }
    if (process.exitValue() != 0 && !lines.containsKey("error")) {
      lines.put("error", "the child JVM exited with " + process.exitValue() + ": " + tail(log));
    }
    return lines;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
  }

  private static double number(String text) {
    return text == null ? Double.NaN : Double.parseDouble(text);
  }
}
