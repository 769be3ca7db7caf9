package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.json.UnreadableEvidenceException;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a document of results, leaving out each evidence file that turns out unreadable while it is written (a
 * directory, a file deleted since the test attached it): that evidence is a {@link PublishOutcome.Problem} naming
 * it and the document is written again without it, so one missing file never costs the results, and is never
 * taken for a failure of where the document goes.
 */
final class ReadableEvidence {

  /** One attempt at writing the document, from its start (an earlier attempt may have been cut short). */
  interface Attempt {
    void write(ExecutionResults part) throws IOException;
  }

  private ReadableEvidence() {}

  /**
   * Writes {@code part} with {@code attempt}, again without each evidence file that cannot be read. Returns what
   * was written.
   *
   * @throws IOException when the attempt fails for another reason than an evidence file
   */
  static ExecutionResults write(ExecutionResults part, Attempt attempt, Consumer<PublishOutcome.Problem> problems)
      throws IOException {
    ExecutionResults current = part;
    while (true) {
      try {
        attempt.write(current);
        return current;
      } catch (UnreadableEvidenceException e) {
        Evidence unreadable = e.evidence();
        List<TestResult> kept = new ArrayList<>(current.tests().size());
        String test = null;
        for (TestResult result : current.tests()) {
          TestResult without = EvidenceWalk.map(result, file -> file.equals(unreadable) ? null : file);
          if (without != result && test == null) {
            test = result.identity();
          }
          kept.add(without);
        }
        if (test == null) {
          throw e; // not evidence of these results: nothing to leave out
        }
        problems.accept(new PublishOutcome.Problem(test, e.getMessage() + " while the results were written, and"
            + " was left out; check that the file exists until the run ends"));
        current = current.withTests(kept);
      }
    }
  }
}
