package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Jira issue of any type; fields that do not apply to its type stay empty. Mutable, and guarded by the
 * {@link SandboxStore}'s lock like everything in {@link Issues}.
 */
final class Issue {
  final String id;
  final String key;
  final String project;
  final String issueType;
  String summary;
  // Test
  @Nullable String testType;
  @Nullable String definition;
  final Set<String> requirementKeys = new LinkedHashSet<>();
  final Set<String> labels = new LinkedHashSet<>();
  // Test Execution
  ExecutionFields fields = ExecutionFields.NONE;
  String createdVia = "seed";
  final Map<String, TestRun> runs = new LinkedHashMap<>();
  // Test Plan
  final Set<String> planTests = new LinkedHashSet<>();
  final Set<String> planExecutions = new LinkedHashSet<>();

  Issue(String id, String key, String project, String issueType, String summary) {
    this.id = id;
    this.key = key;
    this.project = project;
    this.issueType = issueType;
    this.summary = summary;
  }

  boolean is(String type) {
    return issueType.equals(type);
  }

  Issues.IssueRef ref() {
    return new Issues.IssueRef(id, key);
  }
}
