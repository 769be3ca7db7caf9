package io.github.xray4j.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one benchmark run, in the order they were measured, and the targets they are judged by.
 * Prints them as {@code name=value} lines (for machines) and as a table (for people).
 */
final class Figures {

  /** One measured value. */
  record Figure(String name, double value, String unit, String label) {
    String text() {
      return format(value, unit);
    }
  }

  /** A goal of the benchmark issue and whether this run reached it ({@code null}: not measured). */
  record Target(String name, String goal, String measured, @Nullable Boolean met) {
    String verdict() {
      return met == null ? "not-measured" : met ? "met" : "missed";
    }
  }

  private final List<Figure> figures = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();

  /** Records a figure and returns its value. */
  synchronized double add(String name, double value, String unit, String label) {
    figures.add(new Figure(name, value, unit, label));
    return value;
  }

  synchronized void target(String name, String goal, String measured, @Nullable Boolean met) {
    targets.add(new Target(name, goal, measured, met));
  }

  synchronized List<Figure> figures() {
    return List.copyOf(figures);
  }

  synchronized List<Target> targets() {
    return List.copyOf(targets);
  }

  /** One {@code name=value} line per figure, then one per target ({@code target.<name>=met|missed}). */
  synchronized void printLines(PrintStream out) {
    for (Figure f : figures) {
      out.println(f.name() + "=" + f.text());
    }
    for (Target t : targets) {
      out.println("target." + t.name() + "=" + t.verdict());
    }
  }

  /** The same figures as a readable table, then the targets. */
  synchronized void printTable(PrintStream out) {
    int nameWidth = Math.max(6, figures.stream().mapToInt(f -> f.name().length()).max().orElse(0));
    int valueWidth = Math.max(5, figures.stream().mapToInt(f -> f.text().length()).max().orElse(0));
    int unitWidth = Math.max(4, figures.stream().mapToInt(f -> f.unit().length()).max().orElse(0));
    String row = "| %-" + nameWidth + "s | %" + valueWidth + "s | %-" + unitWidth + "s | %s |%n";
    out.printf(Locale.ROOT, row, "figure", "value", "unit", "what");
    out.printf(
        Locale.ROOT, row, "-".repeat(nameWidth), "-".repeat(valueWidth), "-".repeat(unitWidth), "----");
    for (Figure f : figures) {
      out.printf(Locale.ROOT, row, f.name(), f.text(), f.unit(), f.label());
    }
    out.println();
    int goalWidth = Math.max(4, targets.stream().mapToInt(t -> t.goal().length()).max().orElse(0));
    int measuredWidth = Math.max(8, targets.stream().mapToInt(t -> t.measured().length()).max().orElse(0));
    String targetRow = "| %-" + goalWidth + "s | %-" + measuredWidth + "s | %s |%n";
    out.printf(Locale.ROOT, targetRow, "target", "measured", "verdict");
    out.printf(Locale.ROOT, targetRow, "-".repeat(goalWidth), "-".repeat(measuredWidth), "-------");
    for (Target t : targets) {
      out.printf(Locale.ROOT, targetRow, t.goal(), t.measured(), t.verdict());
    }
  }

  /** Three significant figures or so, never scientific notation; ratios with three decimals. */
  static String format(double value, String unit) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (unit.equals("ratio")) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    if (unit.equals("bool")) {
      return value != 0 ? "true" : "false";
    }
    double abs = Math.abs(value);
    if (abs >= 100 || value == Math.rint(value) && abs >= 10) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
