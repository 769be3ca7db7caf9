package io.github.xray4j.core.features;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.client.FeatureImportResult;
import io.github.xray4j.core.client.IssueRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a feature import did, told as created or updated: Xray answers only "created or updated", so an issue
 * whose key the files sent already named (a tag {@code @TEST_CALC-13}, {@code @CALC-13} or
 * {@code @PRECOND_CALC-7}) was updated, any other created.
 *
 * @param result Xray's answer
 * @param keysInFiles the Test and Pre-Condition keys the files sent named
 * @param files how many {@code .feature} files were sent
 */
public record ImportedFeatures(FeatureImportResult result, Set<String> keysInFiles, int files) {
  public ImportedFeatures {
    requireNonNull(result, "result");
    keysInFiles = Set.copyOf(requireNonNull(keysInFiles, "keysInFiles"));
  }

  /** Whether Xray refused anything (a scenario, a file): a failure of the import for the CLI's exit code. */
  public boolean anyRefused() {
    return result.anyRefused();
  }

  /** One line per Test and Pre-Condition created or updated and per refusal, then a summary line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int created = 0;
    int updated = 0;
    for (IssueRef test : result.tests()) {
      boolean known = keysInFiles.contains(test.key());
      lines.add((known ? "updated Test " : "created Test ") + test.key());
      created += known ? 0 : 1;
      updated += known ? 1 : 0;
    }
    for (IssueRef precondition : result.preconditions()) {
      boolean known = keysInFiles.contains(precondition.key());
      lines.add((known ? "updated Pre-Condition " : "created Pre-Condition ") + precondition.key());
      created += known ? 0 : 1;
      updated += known ? 1 : 0;
    }
    result.refused().forEach(reason -> lines.add("refused by Xray: " + reason));
    lines.add(files + (files == 1 ? " feature file" : " feature files") + " imported: " + created + " created, "
        + updated + " updated" + (result.anyRefused() ? ", " + result.refused().size() + " refused" : ""));
    return lines;
  }
}
