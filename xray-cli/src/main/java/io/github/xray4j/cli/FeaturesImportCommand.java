package io.github.xray4j.cli;

import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.features.FeatureImportOptions;
import io.github.xray4j.core.features.FeatureSync;
import io.github.xray4j.core.features.ImportedFeatures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code features import DIR|FILE|ZIP}: {@code .feature} files into Xray, which creates or updates the Tests. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Sends .feature files to Xray, which creates or updates the Tests and Pre-Conditions.",
    description = {
        "Sends a directory (every .feature file under it, zipped with their relative paths), one .feature file or"
            + " a zip of them to Xray's feature import into --project. Xray creates or updates a Test per scenario"
            + " and a Pre-Condition per Background; a scenario tagged with a Test key (@TEST_CALC-13, @CALC-13)"
            + " updates that Test.%n",
        "Prints each Test and Pre-Condition created or updated, and each refusal with Xray's reason; exits with 1"
            + " when Xray refused anything."})
public final class FeaturesImportCommand implements Callable<Integer> {

  @ParentCommand FeaturesCommand features;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE|ZIP", description = "A directory of .feature files, a .feature file or a zip.")
  Path path;

  @Option(names = "--folder", paramLabel = "PATH",
      description = "Server/DC: the Test Repository folder to put the Tests in, such as Calculator/BDD (their"
          + " sub-folders follow the directory's).")
  @Nullable String folder;

  @Option(names = "--update-repository",
      description = "Server/DC: organise the Tests in the Test Repository after the directory's folders.")
  boolean updateRepository;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Cloud: a name for where the features come from (such as the repository), which Xray uses to"
          + " find the Tests of the same file again.")
  @Nullable String source;

  @Option(names = "--test-info", paramLabel = "FILE",
      description = "Cloud: a JSON file of Jira fields for the Tests created, such as {\"fields\":{\"labels\":[\"bdd\"]}}.")
  @Nullable Path testInfo;

  @Option(names = "--precond-info", paramLabel = "FILE",
      description = "Cloud: a JSON file of Jira fields for the Pre-Conditions created.")
  @Nullable Path precondInfo;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(spec.commandLine(), path + " does not exist: give a directory of"
          + " .feature files, a .feature file or a zip of them");
    }
    XrayConfig config = features.cli.load(connection, Map.of());
    String project = config.projectKey().orElseThrow(() -> new XrayConfigException(
        "features import needs the project: give --project CALC or set XRAY_PROJECT_KEY"));
    FeatureImportOptions options;
    try {
      options = new FeatureImportOptions(project, folder, updateRepository, source, read(testInfo), read(precondInfo));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (XrayClient xray = XrayClient.create(config)) {
      ImportedFeatures imported = FeatureSync.importFeatures(xray, path, options);
      imported.lines().forEach((imported.anyRefused() ? err : out)::println);
      return imported.anyRefused() ? XrayCli.PUBLISH_FAILED : XrayCli.OK;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (XrayException e) {
      err.println("xray-cli: features not imported: " + e.getMessage());
      return XrayCli.PUBLISH_FAILED;
    }
  }

  private @Nullable String read(@Nullable Path file) throws IOException {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + " does not exist: give a JSON file");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
