package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.core.internal.http.GraphQl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Xray Cloud's GraphQL names issues by id; users hold keys. Looks keys up in batches of 100
 * ({@code getTests(jql: "key in (...)")} and its siblings for the other Xray issue types) and remembers them for
 * the client's life. Thread-safe.
 */
final class IssueIds {

  /** Xray's issue types, each with the query that finds them by JQL. */
  enum Kind {
    TEST("getTests", "Test"),
    TEST_EXECUTION("getTestExecutions", "Test Execution"),
    TEST_PLAN("getTestPlans", "Test Plan"),
    TEST_SET("getTestSets", "Test Set"),
    PRECONDITION("getPreconditions", "Pre-Condition"),
    /** A requirement: an issue of a type Xray covers (a Story, say), among {@code getCoverableIssues}. */
    REQUIREMENT("getCoverableIssues", "requirement");

    final String query;
    final String label;

    Kind(String query, String label) {
      this.query = query;
      this.label = label;
    }

    /** {@code query($jql: String, $limit: Int!, $start: Int) { getTests(jql: $jql, ...) { ... } }}. */
    String document() {
      return "query($jql: String, $limit: Int!, $start: Int) { " + query
          + "(jql: $jql, limit: $limit, start: $start) { total start limit results { issueId jira(fields: [\"key\"]) } } }";
    }
  }

  private final GraphQl graphQl;
  private final Map<String, String> ids = new ConcurrentHashMap<>();

  IssueIds(GraphQl graphQl) {
    this.graphQl = graphQl;
  }

  /** The id of one issue of this kind. */
  String id(Kind kind, String key) {
    return ids(kind, List.of(key)).get(0);
  }

  /**
   * The ids of these issues, in the order of the keys.
   *
   * @throws HttpFailure ({@link FailureKind#NOT_FOUND}) naming the keys that are no issue of this kind (or not visible)
   */
  List<String> ids(Kind kind, Collection<String> keys) {
    Set<String> missing = new LinkedHashSet<>();
    for (String key : keys) {
      if (!ids.containsKey(kind + ":" + key)) {
        missing.add(key);
      }
    }
    List<String> wanted = List.copyOf(missing);
    for (int from = 0; from < wanted.size(); from += GraphQl.PAGE) {
      List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + GraphQl.PAGE));
      for (JsonNode issue : graphQl.all(kind.document(), Map.of("jql", keyIn(batch)), kind.query)) {
        remember(kind, issue);
      }
    }
    List<String> unknown = keys.stream().filter(k -> !ids.containsKey(kind + ":" + k)).distinct().toList();
    if (!unknown.isEmpty()) {
      String named = String.join(", ", unknown);
      throw new HttpFailure(FailureKind.NOT_FOUND, 200, GraphQl.REQUEST, "Xray Cloud has no " + kind.label + " "
          + named + " (" + kind.query + " with jql \"" + keyIn(unknown) + "\" found none; check the key"
          + (unknown.size() > 1 ? "s" : "") + " and that the API key's user may see "
          + (unknown.size() > 1 ? "them" : "it") + ")", null, unknown, null);
    }
    List<String> result = new ArrayList<>();
    keys.forEach(k -> result.add(ids.get(kind + ":" + k)));
    return result;
  }

  /** Remembers the id of an issue Xray answered with {@code issueId} and {@code jira { key }}. */
  void remember(Kind kind, JsonNode issue) {
    String key = issue.path("jira").path("key").asText(null);
    String id = issue.path("issueId").asText(null);
    if (key != null && id != null) {
      ids.put(kind + ":" + key, id);
    }
  }

  /** {@code key in ("CALC-1", "CALC-2")}. */
  static String keyIn(Collection<String> keys) {
    return keys.stream().map(IssueIds::quoted).collect(Collectors.joining(", ", "key in (", ")"));
  }

  /** A key as a JQL string: {@code "CALC-1"}. */
  static String quoted(String key) {
    return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
