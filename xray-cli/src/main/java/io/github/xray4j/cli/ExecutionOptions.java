package io.github.xray4j.cli;

import static io.github.xray4j.cli.ConnectionOptions.put;

import io.github.xray4j.core.config.XrayKey;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The Test Execution's fields: options of {@code publish} and {@code create-execution}. */
final class ExecutionOptions {

  @Option(names = "--summary", paramLabel = "TEXT",
      description = "Summary of a new Test Execution. Key xray.summary.")
  @Nullable String summary;

  @Option(names = "--description", paramLabel = "TEXT",
      description = "Description of a new Test Execution. Key xray.description.")
  @Nullable String description;

  @Option(names = "--test-plan", paramLabel = "KEY",
      description = "Test Plan to link the Test Execution to, such as CALC-100. Key xray.test-plan-key.")
  @Nullable String testPlan;

  @Option(names = "--environments", paramLabel = "ENV[,ENV...]",
      description = "Test Environments, comma-separated (chrome,linux). Key xray.test-environments.")
  @Nullable String environments;

  @Option(names = "--fix-version", paramLabel = "VERSION", description = "Fix version. Key xray.fix-version.")
  @Nullable String fixVersion;

  @Option(names = "--revision", paramLabel = "REV",
      description = "Source revision tested, such as a commit id. Key xray.revision.")
  @Nullable String revision;

  void addTo(Map<String, String> values) {
    put(values, XrayKey.SUMMARY, summary);
    put(values, XrayKey.DESCRIPTION, description);
    put(values, XrayKey.TEST_PLAN_KEY, testPlan);
    put(values, XrayKey.TEST_ENVIRONMENTS, environments);
    put(values, XrayKey.FIX_VERSION, fixVersion);
    put(values, XrayKey.REVISION, revision);
  }
}
