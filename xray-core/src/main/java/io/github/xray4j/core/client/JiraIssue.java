package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * A Jira issue: its reference and its fields as Jira sends them (nested values are maps, lists, strings,
 * numbers and booleans).
 *
 * @param ref id, key and self
 * @param fields the fields by id ({@code summary}, {@code issuetype}, {@code customfield_10100}, ...)
 */
public record JiraIssue(IssueRef ref, Map<String, Object> fields) {
  public JiraIssue {
    requireNonNull(ref, "ref");
    fields = Map.copyOf(fields);
  }

  /** The {@code summary} field. */
  public Optional<String> summary() {
    return Optional.ofNullable(fields.get("summary")).map(Object::toString);
  }

  /** The name of the {@code issuetype} field, such as {@code Test Execution}. */
  public Optional<String> issueType() {
    return fields.get("issuetype") instanceof Map<?, ?> type && type.get("name") != null
        ? Optional.of(type.get("name").toString()) : Optional.empty();
  }
}
