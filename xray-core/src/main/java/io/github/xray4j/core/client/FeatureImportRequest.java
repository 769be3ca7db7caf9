package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.IssueKey;
import org.jspecify.annotations.Nullable;

/**
 * One {@code .feature} file or zip of them to import into a project ({@code POST import/feature}), with Xray's
 * options: on Server/DC {@code updateRepository} (organise the Tests in the Test Repository after the zip's
 * folders); on Cloud {@code source} (a name for where the features come from, which Xray uses to find the
 * Tests again) and the multipart parts {@code testInfo} / {@code precondInfo} (Jira fields, as JSON, for the
 * Tests and Pre-Conditions it creates). An option the flavour does not take is refused by the client.
 *
 * @param projectKey the project, such as {@code CALC}
 * @param filename the file's name; {@code .zip} for a zip, else a {@code .feature}
 * @param content the file's bytes
 * @param updateRepository Server/DC: organise the Tests in the Test Repository after the zip's folders
 * @param source Cloud: the source name, or null
 * @param testInfo Cloud: JSON with Jira fields for created Tests, or null
 * @param precondInfo Cloud: JSON with Jira fields for created Pre-Conditions, or null
 */
public record FeatureImportRequest(
    String projectKey, String filename, byte[] content, boolean updateRepository, @Nullable String source,
    @Nullable String testInfo, @Nullable String precondInfo) {
  public FeatureImportRequest {
    requireNonNull(projectKey, "projectKey");
    requireNonNull(filename, "filename");
    requireNonNull(content, "content");
    if (!IssueKey.isProjectKey(projectKey)) {
      throw new IllegalArgumentException("the project key must look like CALC, was \"" + projectKey + "\"");
    }
    if (!filename.endsWith(".zip") && !filename.endsWith(".feature")) {
      throw new IllegalArgumentException("Xray imports a .feature file or a .zip of them, not \"" + filename + "\"");
    }
  }

  /** A plain import of one file into a project, with no options. */
  public static FeatureImportRequest of(String projectKey, String filename, byte[] content) {
    return new FeatureImportRequest(projectKey, filename, content, false, null, null, null);
  }
}
