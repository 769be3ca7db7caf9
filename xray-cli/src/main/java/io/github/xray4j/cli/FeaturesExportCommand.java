package io.github.xray4j.cli;

import io.github.xray4j.core.client.FeatureExportRequest;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.features.ExportedFeatures;
import io.github.xray4j.core.features.FeatureSync;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code features export}: Xray's Cucumber Tests as {@code .feature} files in a directory. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Writes Xray's Cucumber Tests as .feature files.",
    description = {
        "Writes the Cucumber Tests of the issues given (Tests, Test Sets, Test Plans, Test Executions,"
            + " requirements) or of a saved Jira filter as .feature files into --into, as Xray writes them: with its"
            + " tags (@TEST_CALC-13, @REQ_CALC-9), names and folders.%n",
        "The files of the previous export there (listed in " + FeatureSync.MANIFEST + ") are replaced; no other"
            + " file is touched. A zip entry that would land outside --into refuses the whole export."})
public final class FeaturesExportCommand implements Callable<Integer> {

  @ParentCommand FeaturesCommand features;
  @Spec CommandSpec spec;

  @Option(names = "--keys", split = ",", paramLabel = "KEY[,KEY...]",
      description = "Issues whose Cucumber Tests to export: Tests, Test Sets, Test Plans, Test Executions or"
          + " requirements, such as CALC-13,CALC-14.")
  List<String> keys = new ArrayList<>();

  @Option(names = "--test-plan", paramLabel = "KEY",
      description = "Export the Cucumber Tests of this Test Plan, such as CALC-24.")
  @Nullable String testPlan;

  @Option(names = "--filter", paramLabel = "ID",
      description = "Export the Cucumber Tests of this saved Jira filter (its numeric id, such as 10100).")
  @Nullable String filter;

  @Option(names = "--into", paramLabel = "DIR", defaultValue = "src/test/resources/features",
      description = "Directory to write into; default ${DEFAULT-VALUE}.")
  Path into = Path.of("src/test/resources/features");

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(keys);
    if (testPlan != null) {
      all.add(testPlan);
    }
    FeatureExportRequest request;
    try {
      request = new FeatureExportRequest(all.stream().map(String::strip).toList(), filter);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()
          + " (--keys CALC-13,CALC-14, --test-plan CALC-24 or --filter 10100)");
    }
    XrayConfig config = features.cli.load(connection, Map.of());
    Path dir = into.toAbsolutePath();
    try (XrayClient xray = XrayClient.create(config)) {
      ExportedFeatures exported = FeatureSync.export(xray, request, dir);
      exported.lines().forEach(out::println);
      return XrayCli.OK;
    } catch (XrayException | IOException e) {
      err.println("xray-cli: features not exported: " + e.getMessage());
      return XrayCli.PUBLISH_FAILED;
    }
  }
}
