package io.github.xray4j.maven;

import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.features.FeatureImportOptions;
import io.github.xray4j.core.features.FeatureSync;
import io.github.xray4j.core.features.ImportedFeatures;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code xray4j:import-features}: sends the {@code .feature} files written in Git to Xray, which creates or
 * updates the Tests and Pre-Conditions ("Git first"). What Xray refuses is a warning (a failure with
 * {@code xray.fail-on-error=true}). Not bound to a phase: run it as {@code mvn xray4j:import-features} or bind it.
 */
@Mojo(name = "import-features", threadSafe = true)
public final class ImportFeaturesMojo extends XrayMojo {

  /** The directory of {@code .feature} files (or one file, or a zip) to import. */
  @Parameter(property = "xray4j.features-directory", defaultValue = "${project.basedir}/src/test/resources/features")
  File featuresDirectory;

  /** Server/DC: the Test Repository folder to put the Tests in, such as {@code Calculator/BDD}. */
  @Parameter(property = "xray4j.folder")
  @Nullable String folder;

  /** Server/DC: organise the Tests in the Test Repository after the directory's folders. */
  @Parameter(property = "xray4j.update-repository", defaultValue = "false")
  boolean updateRepository;

  /** Cloud: a name for where the features come from, which Xray uses to find their Tests again. */
  @Parameter(property = "xray4j.source")
  @Nullable String source;

  @Override
  String goal() {
    return "import-features";
  }

  @Override
  List<String> run(XrayConfig config) throws IOException {
    String project = config.projectKey().orElseThrow(() -> new IllegalArgumentException(
        "import-features needs the project: set xray.project-key (XRAY_PROJECT_KEY), such as CALC"));
    FeatureImportOptions options = new FeatureImportOptions(project, folder, updateRepository, source, null, null);
    try (XrayClient xray = XrayClient.create(config)) {
      ImportedFeatures imported = FeatureSync.importFeatures(xray, featuresDirectory.toPath(), options);
      List<String> lines = imported.lines();
      if (imported.anyRefused()) {
        return lines;
      }
      lines.forEach(line -> getLog().info("xray4j: " + line));
    }
    return List.of();
  }
}
