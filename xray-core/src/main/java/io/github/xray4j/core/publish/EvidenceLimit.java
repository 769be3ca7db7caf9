package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Leaves out evidence larger than {@code xray.evidence-max-size}, and evidence files that cannot be read, so that
 * one file cannot cost a run its results. Every file left out becomes a {@link PublishOutcome.Problem} naming the
 * test and the file; nothing is dropped silently.
 */
final class EvidenceLimit {

  private final long maxSize;

  EvidenceLimit(long maxSize) {
    this.maxSize = maxSize;
  }

  /** The result with its oversized or unreadable evidence left out, each noted in {@code problems}. */
  TestResult apply(TestResult result, List<PublishOutcome.Problem> problems) {
    String test = result.identity();
    List<Evidence> evidence = keep(result.evidence(), test, problems);
    List<StepResult> steps = steps(result.steps(), test, problems);
    List<Iteration> iterations = new ArrayList<>(result.iterations().size());
    boolean changed = evidence.size() != result.evidence().size() || steps != result.steps();
    for (Iteration iteration : result.iterations()) {
      List<StepResult> kept = steps(iteration.steps(), test, problems);
      changed |= kept != iteration.steps();
      iterations.add(kept == iteration.steps() ? iteration : new Iteration(
          iteration.name(), iteration.parameters(), iteration.status(), iteration.log(), iteration.duration(), kept));
    }
    if (!changed) {
      return result;
    }
    return new TestResult(result.testKey(), result.testInfo(), result.status(), result.start(), result.finish(),
        result.comment(), result.defects(), evidence, iterations, result.examples(), steps, result.customFields());
  }

  private List<StepResult> steps(List<StepResult> steps, String test, List<PublishOutcome.Problem> problems) {
    List<StepResult> kept = new ArrayList<>(steps.size());
    boolean changed = false;
    for (StepResult step : steps) {
      List<Evidence> evidence = keep(step.evidence(), test, problems);
      if (evidence.size() != step.evidence().size()) {
        changed = true;
        kept.add(new StepResult(step.status(), step.comment(), step.actualResult(), evidence, step.defects()));
      } else {
        kept.add(step);
      }
    }
    return changed ? kept : steps;
  }

  private List<Evidence> keep(List<Evidence> files, String test, List<PublishOutcome.Problem> problems) {
    if (files.isEmpty()) {
      return files;
    }
    List<Evidence> kept = new ArrayList<>(files.size());
    for (Evidence file : files) {
      if (file instanceof Evidence.File onDisk && !Files.isReadable(onDisk.path())) {
        problems.add(new PublishOutcome.Problem(test, "evidence " + onDisk.path() + " cannot be read and was left"
            + " out; check that the file exists when the test finishes"));
        continue;
      }
      long size;
      try {
        size = file.size();
      } catch (UncheckedIOException e) {
        problems.add(new PublishOutcome.Problem(test, "evidence " + file.filename() + " cannot be read ("
            + describe(e.getCause()) + ") and was left out"));
        continue;
      }
      if (size > maxSize) {
        problems.add(new PublishOutcome.Problem(test, "evidence " + where(file) + " (" + megabytes(size)
            + ") is larger than xray.evidence-max-size (" + megabytes(maxSize) + ") and was left out; raise"
            + " xray.evidence-max-size or attach a smaller file"));
        continue;
      }
      kept.add(file);
    }
    return kept;
  }

  private static String where(Evidence file) {
    return file instanceof Evidence.File onDisk ? onDisk.path().toString() : file.filename();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
  }
}
