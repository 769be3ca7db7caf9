package io.github.xray4j.maven;

import io.github.xray4j.core.client.FeatureExportRequest;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.features.ExportedFeatures;
import io.github.xray4j.core.features.FeatureSync;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code xray4j:export-features}: writes the Cucumber Tests written in Xray as {@code .feature} files before the
 * tests run ("Jira first"), replacing the files of its previous export and no others.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.xray4j</groupId>
 *   <artifactId>xray4j-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>export-features</goal></goals></execution></executions>
 *   <configuration><testPlan>CALC-24</testPlan></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "export-features", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public final class ExportFeaturesMojo extends XrayMojo {

  /** Issues whose Cucumber Tests to export (Tests, Test Sets, Test Plans, requirements), comma-separated. */
  @Parameter(property = "xray4j.keys")
  @Nullable List<String> keys;

  /** The Test Plan whose Cucumber Tests to export; default the key {@code xray.test-plan-key}. */
  @Parameter(property = "xray4j.test-plan")
  @Nullable String testPlan;

  /** The id of a saved Jira filter whose Cucumber Tests to export. */
  @Parameter(property = "xray4j.filter")
  @Nullable String filter;

  /** Where to write the features. */
  @Parameter(property = "xray4j.features-directory", defaultValue = "${project.basedir}/src/test/resources/features")
  File featuresDirectory;

  @Override
  String goal() {
    return "export-features";
  }

  @Override
  List<String> run(XrayConfig config) throws IOException {
    List<String> all = new ArrayList<>();
    if (keys != null) {
      keys.stream().flatMap(k -> List.of(k.split(",")).stream()).map(String::strip).filter(k -> !k.isEmpty())
          .forEach(all::add);
    }
    String plan = testPlan != null ? testPlan : config.testPlanKey().orElse(null);
    if (plan != null) {
      all.add(plan);
    }
    FeatureExportRequest request = new FeatureExportRequest(all, filter);
    try (XrayClient xray = XrayClient.create(config)) {
      ExportedFeatures exported = FeatureSync.export(xray, request, featuresDirectory.toPath());
      exported.lines().forEach(line -> getLog().info("xray4j: " + line));
    }
    return List.of();
  }
}
