package io.github.xray4j.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines on stderr (stdout carries only the figures), with the time since the start. */
final class Progress {

  private final PrintStream out;
  private final long start = System.nanoTime();

  Progress(PrintStream out) {
    this.out = out;
  }

  void say(String message) {
    out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
    out.flush();
  }
}
