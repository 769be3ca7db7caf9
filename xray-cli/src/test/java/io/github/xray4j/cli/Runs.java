package io.github.xray4j.cli;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.XrayReporter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Test runs reported the way the JUnit and Cucumber adapters report them: through {@link XrayReporter}. */
final class Runs {

  private Runs() {}

  /** Reports one run of these Test keys (all passed) with this configuration. */
  static PublishOutcome report(Map<String, String> config, String... testKeys) {
    XrayReporter reporter = XrayReporter.create(XrayConfig.of(config));
    for (String key : testKeys) {
      reporter.add(TestResult.builder(Status.PASS).testKey(key).comment("ran " + key).build());
    }
    return reporter.finish();
  }

  /** Writes a results file for these Test keys into {@code dir} without sending it (a dry run). */
  static Path writeResultsFile(Path dir, String... testKeys) {
    Map<String, String> config = new HashMap<>();
    config.put("xray.dry-run", "true");
    config.put("xray.output-dir", dir.toString());
    config.put("xray.project-key", "CALC");
    PublishOutcome outcome = report(config, testKeys);
    if (outcome.files().size() != 1) {
      throw new AssertionError("expected one results file, got " + outcome);
    }
    return outcome.files().get(0);
  }
}
