package io.github.xray4j.maven;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.Publisher;
import io.github.xray4j.core.publish.Recovery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code xray4j:publish}: re-sends the results files in {@code xray.output-dir} (default {@code target/xray}) that
 * were not sent yet, for example after Xray was down during the test run, as {@code xray-cli publish} does.
 */
@Mojo(name = "publish", threadSafe = true)
public final class PublishMojo extends XrayMojo {

  @Override
  String goal() {
    return "publish";
  }

  @Override
  List<String> run(XrayConfig config) {
    List<String> problems = new ArrayList<>();
    for (Recovery.Recovered run : recover(config, problems::add)) {
      if (run.outcome().isFailure()) {
        problems.add(run.summaryLine());
      } else {
        getLog().info("xray4j: " + run.summaryLine());
      }
    }
    PublishOutcome outcome = publish(config);
    if (outcome.isFailure()) {
      problems.add(outcome.summaryLine());
    } else if (problems.isEmpty() || outcome.kind() != PublishOutcome.Kind.NOTHING_TO_PUBLISH) {
      getLog().info("xray4j: " + outcome.summaryLine());
    }
    return problems;
  }

  /**
   * The journals of runs whose JVM died, recovered first as {@code xray-cli publish} does: each into the Test
   * Execution its run used; one whose creating request got no answer only into {@code xray.test-execution-key}.
   */
  static List<Recovery.Recovered> recover(XrayConfig config, Consumer<String> refused) {
    if (config.dryRun()) {
      return List.of();
    }
    try (Publisher publisher = Publisher.create(config)) {
      return Recovery.recover(config.outputDir(), publisher, (runId, journal, results) -> {
        if (config.testExecutionKey().isPresent()) {
          return Optional.of(new Recovery.Target(config.testExecutionKey().get()));
        }
        refused.accept(journal + " holds " + results + " results of a run whose request creating its Test"
            + " Execution got no answer: Xray may have created one (its description names run " + runId + ")."
            + " Set xray.test-execution-key to it, or send them with java -jar xray-cli.jar publish --new.");
        return Optional.empty();
      });
    }
  }

  /**
   * The one call into xray-core's publishing: the results files of {@code xray.output-dir}, as the CLI's
   * {@code publish} sends them.
   */
  static PublishOutcome publish(XrayConfig config) {
    try (Publisher publisher = Publisher.create(config)) {
      return publisher.publishFiles(List.of(config.outputDir()));
    }
  }
}
