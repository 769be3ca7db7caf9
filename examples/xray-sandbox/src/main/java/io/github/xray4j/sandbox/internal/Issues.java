package io.github.xray4j.sandbox.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The projects and their issues, by key and by id, and the numbering of new ones: a new issue takes the next
 * free number in its project, issue ids count from 10000 and Test Run ids from 1. Not thread-safe: the
 * {@link SandboxStore} holds one behind its lock, and a fresh one from the {@link Seed} on every reset.
 */
final class Issues {
  static final String TEST = "Test";
  static final String TEST_EXECUTION = "Test Execution";
  static final String TEST_PLAN = "Test Plan";
  static final Set<String> REQUIREMENT_TYPES = Set.of("Story", "Requirement", "Epic");

  /** A reference to an issue, as Jira and Xray answer it ({@code self} is added by the HTTP layer). */
  record IssueRef(String id, String key) {
  }

  private final Map<String, String> projects = new LinkedHashMap<>();
  private final Map<String, Integer> lastNumber = new LinkedHashMap<>();
  private final Map<String, Issue> byKey = new LinkedHashMap<>();
  private final Map<String, Issue> byId = new LinkedHashMap<>();
  private long nextIssueId = 10000;
  private long nextRunId = 1;

  void addProject(String key, String name) {
    projects.put(key, name);
    lastNumber.put(key, 0);
  }

  boolean hasProject(String key) {
    return projects.containsKey(key);
  }

  /** The projects, key to name, in the seed's order. */
  Map<String, String> projects() {
    return projects;
  }

  @Nullable Issue get(String key) {
    return byKey.get(key);
  }

  @Nullable Issue byKeyOrId(String keyOrId) {
    return byKey.containsKey(keyOrId) ? byKey.get(keyOrId) : byId.get(keyOrId);
  }

  boolean contains(String key) {
    return byKey.containsKey(key);
  }

  /** Every issue, in the order it was seeded or created. */
  Collection<Issue> all() {
    return byKey.values();
  }

  boolean isOfType(String key, String type) {
    Issue issue = byKey.get(key);
    return issue != null && issue.is(type);
  }

  boolean isRequirement(String key) {
    Issue issue = byKey.get(key);
    return issue != null && REQUIREMENT_TYPES.contains(issue.issueType);
  }

  /** The Test Execution with this key, or Xray's 404. */
  Issue execution(String key) {
    Issue execution = byKey.get(key);
    if (execution == null || !execution.is(TEST_EXECUTION)) {
      throw ApiError.xray(404, "Test Execution with key " + key + " was not found!");
    }
    return execution;
  }

  /** A new issue with the next free number of its project. */
  Issue create(String project, String type, String summary) {
    int number = lastNumber.merge(project, 1, Integer::sum);
    return add(project + "-" + number, project, type, summary);
  }

  /** A seeded issue with the key it was given; new issues are numbered after it. */
  Issue add(String key, int number, String project, String type, String summary) {
    lastNumber.merge(project, number, Math::max);
    return add(key, project, type, summary);
  }

  long nextRunId() {
    return nextRunId++;
  }

  private Issue add(String key, String project, String type, String summary) {
    Issue issue = new Issue(String.valueOf(nextIssueId++), key, project, type, summary);
    byKey.put(issue.key, issue);
    byId.put(issue.id, issue);
    return issue;
  }
}
