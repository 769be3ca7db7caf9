package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed document (see {@code XraySandbox} for its shape) into fresh {@link Issues} and the custom
 * statuses, checking it whole: every problem is named in one {@link IllegalArgumentException}.
 *
 * @param issues the projects and issues it holds
 * @param customStatuses the Server run statuses accepted besides the built-in ones
 */
record Seed(Issues issues, List<String> customStatuses) {
  private static final Set<String> TEST_TYPES = Set.of("Generic", "Cucumber", "Manual");
  private static final Pattern ISSUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]*)");

  Seed {
    customStatuses = List.copyOf(customStatuses);
  }

  /**
   * Reads the seed.
   *
   * @throws IllegalArgumentException naming every problem of the seed
   */
  static Seed read(JsonNode seed) {
    List<String> errors = new ArrayList<>();
    Issues issues = new Issues();
    List<String> customStatuses = JsonFields.texts(seed, "customStatuses", "seed", errors);
    for (String status : customStatuses) {
      if (!status.matches("[a-zA-Z0-9_/]{2,18}")) {
        errors.add("seed: custom status \"" + status + "\" must match ^[a-zA-Z0-9_/]{2,18}$");
      }
    }
    for (JsonNode project : seed.path("projects")) {
      String key = project.path("key").asText("");
      if (!key.matches("[A-Z][A-Z0-9_]*")) {
        errors.add("seed: project key \"" + key + "\" must be upper case letters, digits and _");
        continue;
      }
      issues.addProject(key, project.path("name").asText(key));
      for (JsonNode node : project.path("issues")) {
        readIssue(issues, key, node, errors);
      }
    }
    if (issues.projects().isEmpty()) {
      errors.add("seed: at least one project is required: {\"projects\":[{\"key\":\"CALC\",...}]}");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("The sandbox seed is not valid: " + String.join("; ", errors));
    }
    return new Seed(issues, customStatuses);
  }

  private static void readIssue(Issues issues, String project, JsonNode node, List<String> errors) {
    String key = node.path("key").asText("");
    Matcher matcher = ISSUE_KEY.matcher(key);
    if (!matcher.matches() || !matcher.group(1).equals(project) || issues.contains(key)) {
      errors.add("seed: issue key \"" + key + "\" must be new and look like " + project + "-<number>");
      return;
    }
    String type = node.path("issuetype").asText("");
    if (type.isEmpty()) {
      errors.add("seed: " + key + " needs an issuetype (Test, Test Plan, Test Execution, Story, ...)");
      return;
    }
    Issue issue = issues.add(key, Integer.parseInt(matcher.group(2)), project, type, node.path("summary").asText(key));
    if (issue.is(Issues.TEST)) {
      issue.testType = node.path("testType").asText("Generic");
      if (!TEST_TYPES.contains(issue.testType)) {
        errors.add("seed: " + key + " testType must be one of Generic, Cucumber, Manual");
      }
      issue.definition = node.hasNonNull("definition") ? node.get("definition").asText() : null;
      issue.requirementKeys.addAll(JsonFields.texts(node, "requirementKeys", "seed " + key, errors));
      issue.labels.addAll(JsonFields.texts(node, "labels", "seed " + key, errors));
    } else if (issue.is(Issues.TEST_PLAN)) {
      issue.planTests.addAll(JsonFields.texts(node, "tests", "seed " + key, errors));
    } else if (issue.is(Issues.TEST_EXECUTION)) {
      issue.fields = new ExecutionFields(project, issue.summary, null, null, null, null, null, null, null, null);
    }
  }
}
