package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Xray Cloud's one GraphQL query for finding Test Executions by JQL ({@code getTestExecutions}), kept apart so
 * that it can move onto a general GraphQL layer unchanged.
 */
final class TestExecutionSearch {

  static final String QUERY = "query FindTestExecutions($jql: String!, $limit: Int!) {"
      + " getTestExecutions(jql: $jql, limit: $limit) { total results { issueId jira(fields: [\"key\"]) } } }";

  private TestExecutionSearch() {}

  /** The request for at most {@code limit} (1 to 100) Test Executions matching {@code jql}. */
  static Wire.GraphQlRequest request(String jql, int limit) {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be from 1 to 100 (Xray's GraphQL limit), was " + limit);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("jql", jql);
    variables.put("limit", limit);
    return new Wire.GraphQlRequest(QUERY, variables);
  }
}
