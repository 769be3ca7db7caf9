package io.github.xray4j.core.features;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How to import features: the project and Xray's options. {@code folder} (Server/DC) puts the files under that
 * Test Repository path: the zip sent holds them under it and Xray is asked to {@code updateRepository}, which
 * organises the Tests after the zip's folders. {@code source}, {@code testInfo} and {@code precondInfo} are Xray
 * Cloud's (see {@link io.github.xray4j.core.client.FeatureImportRequest}).
 *
 * @param projectKey the project, such as {@code CALC}
 * @param folder Server/DC: the Test Repository path, such as {@code Calculator/BDD}, or null
 * @param updateRepository Server/DC: organise the Tests after the folders (implied by {@code folder})
 * @param source Cloud: the source name, or null
 * @param testInfo Cloud: JSON of Jira fields for the Tests created, or null
 * @param precondInfo Cloud: JSON of Jira fields for the Pre-Conditions created, or null
 */
public record FeatureImportOptions(
    String projectKey, @Nullable String folder, boolean updateRepository, @Nullable String source,
    @Nullable String testInfo, @Nullable String precondInfo) {
  public FeatureImportOptions {
    requireNonNull(projectKey, "projectKey");
    if (folder != null) {
      folder = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
      if (folder.isEmpty() || folder.contains("..") || folder.contains("//")) {
        throw new IllegalArgumentException("the Test Repository folder must be a path such as Calculator/BDD, was \""
            + folder + "\"");
      }
    }
  }

  /** An import into this project with no options. */
  public static FeatureImportOptions into(String projectKey) {
    return new FeatureImportOptions(projectKey, null, false, null, null, null);
  }
}
