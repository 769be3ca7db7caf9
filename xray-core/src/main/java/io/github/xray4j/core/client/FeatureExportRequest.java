package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.IssueKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to export as {@code .feature} files: issue keys (Tests, Test Sets, Test Plans, Test Executions,
 * requirements: Xray exports the Cucumber Tests they hold) and/or the id of a saved Jira filter, as Xray's
 * {@code export/test} (Server/DC) and {@code export/cucumber} (Cloud) take them ({@code keys}, {@code filter}).
 *
 * <pre>{@code
 * byte[] zip = xray.exportFeatures(new FeatureExportRequest(List.of("CALC-13", "CALC-24"), null));
 * }</pre>
 *
 * @param keys the issue keys, such as {@code CALC-13}; may be empty when a filter is given
 * @param filter the saved filter's id, such as {@code 10100}, or null
 */
public record FeatureExportRequest(List<String> keys, @Nullable String filter) {
  public FeatureExportRequest {
    keys = List.copyOf(requireNonNull(keys, "keys"));
    for (String key : keys) {
      if (!IssueKey.isValid(key)) {
        throw new IllegalArgumentException("\"" + key + "\" is not an issue key: give keys such as CALC-13");
      }
    }
    if (filter != null && !filter.matches("[0-9]+")) {
      throw new IllegalArgumentException("the filter must be a saved filter's numeric id (such as 10100), was \""
          + filter + "\"");
    }
    if (keys.isEmpty() && filter == null) {
      throw new IllegalArgumentException("name what to export: issue keys (Tests, Test Plans, ...) or a filter id");
    }
  }
}
