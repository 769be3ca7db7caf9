package io.github.xray4j.maven;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.Publisher;
import java.util.List;
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
    PublishOutcome outcome = publish(config);
    if (outcome.isFailure()) {
      return List.of(outcome.summaryLine());
    }
    getLog().info("xray4j: " + outcome.summaryLine());
    return List.of();
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
