package io.github.xray4j.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs every benchmark of issue 7 and prints one {@code name=value} line per figure, then a table.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar                # the full run (about 3 minutes on 2 cores)
 * java -jar benchmarks/target/benchmarks.jar --smoke        # tiny sizes, one repeat: does it all run?
 * java -jar benchmarks/target/benchmarks.jar --only=junit,serialization
 * </pre>
 *
 * <p>Each section measures the alternatives side by side in this run and reports medians of repeated runs
 * after warm-up: {@link JunitOverhead}, {@link Serialization}, {@link Memory}, {@link Scaling},
 * {@link CucumberOverhead}. Progress goes to stderr; stdout carries only the figures and the table.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.full();
    for (String arg : args) {
      if (arg.equals("--smoke")) {
        settings = Settings.smoke().onlySections(settings.sections());
      } else if (arg.startsWith("--only=")) {
        Set<String> only = new LinkedHashSet<>(Arrays.asList(arg.substring("--only=".length()).split(",")));
        settings = settings.onlySections(only);
      } else {
        System.err.println("usage: java -jar benchmarks.jar [--smoke] [--only=" + String.join(",", Settings.SECTIONS)
            + "]");
        System.exit(2);
      }
    }
    Figures figures = run(settings, new Progress(System.err));
    print(figures, System.out);
  }

  /** Runs the sections {@code settings} selects in a fresh temporary directory, deleted afterwards. */
  static Figures run(Settings settings, Progress progress) throws Exception {
    Figures figures = new Figures();
    Path work = Files.createTempDirectory("xray4j-benchmarks-");
    progress.say("xray4j benchmarks: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments()
        + ", work dir " + work);
    try (XrayTarget xray = XrayTarget.in(work.resolve("sandbox"))) {
      if (settings.runs("junit")) {
        new JunitOverhead(settings, figures, work, xray, progress).run();
      }
      if (settings.runs("serialization")) {
        new Serialization(settings, figures, progress).run();
      }
      if (settings.runs("memory")) {
        new Memory(settings, figures, work, xray, progress).run();
      }
      if (settings.runs("scaling")) {
        new Scaling(settings, figures, work, xray, progress).run();
      }
      if (settings.runs("cucumber")) {
        new CucumberOverhead(settings, figures, work, xray, progress).run();
      }
    } finally {
      TempFiles.deleteRecursively(work);
    }
    progress.say("done");
    return figures;
  }

  static void print(Figures figures, PrintStream out) {
    figures.printLines(out);
    out.println();
    figures.printTable(out);
    out.flush();
  }
}
