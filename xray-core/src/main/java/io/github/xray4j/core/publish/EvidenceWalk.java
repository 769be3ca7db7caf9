package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites every piece of evidence of a result (its own, its steps', its iterations' steps'), for the evidence
 * limit and for the journal's spilling of bytes to disk: one walk over the model, used by both.
 */
final class EvidenceWalk {

  /** What becomes of one evidence file: itself, another one, or null to leave it out. */
  interface Change {
    @Nullable Evidence apply(Evidence evidence) throws IOException;
  }

  private EvidenceWalk() {}

  /** The result with each evidence file changed; the result itself when nothing changed. */
  static TestResult map(TestResult result, Change change) throws IOException {
    List<Evidence> evidence = files(result.evidence(), change);
    List<StepResult> steps = steps(result.steps(), change);
    boolean changed = evidence != result.evidence() || steps != result.steps();
    List<Iteration> iterations = new ArrayList<>(result.iterations().size());
    for (Iteration iteration : result.iterations()) {
      List<StepResult> kept = steps(iteration.steps(), change);
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

  private static List<StepResult> steps(List<StepResult> steps, Change change) throws IOException {
    List<StepResult> mapped = new ArrayList<>(steps.size());
    boolean changed = false;
    for (StepResult step : steps) {
      List<Evidence> evidence = files(step.evidence(), change);
      if (evidence != step.evidence()) {
        changed = true;
        mapped.add(new StepResult(step.status(), step.comment(), step.actualResult(), evidence, step.defects()));
      } else {
        mapped.add(step);
      }
    }
    return changed ? mapped : steps;
  }

  private static List<Evidence> files(List<Evidence> files, Change change) throws IOException {
    if (files.isEmpty()) {
      return files;
    }
    List<Evidence> mapped = new ArrayList<>(files.size());
    boolean changed = false;
    for (Evidence file : files) {
      Evidence after = change.apply(file);
      changed |= after != file;
      if (after != null) {
        mapped.add(after);
      }
    }
    return changed ? mapped : files;
  }
}
