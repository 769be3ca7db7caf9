package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Issues.IssueRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The subset of Xray Cloud's GraphQL that the examples and xray-cli use: the {@code createTestExecution}
 * mutation, {@code getStatuses}, and finding Xray issues by key with {@code getTests}, {@code getTestExecutions},
 * {@code getTestPlans}, {@code getTestSets}, {@code getPreconditions} and {@code getCoverableIssues}
 * (requirements), linking Tests to a requirement with {@code addTestsToRequirement} ({@code jql: "key = K"} or
 * {@code "key in (K1, K2)"}, {@code limit}, {@code start}). Several operations in one document (with aliases) are
 * answered each under its alias. Arguments come as variables ({@code jql: $jql}) or literals ({@code limit: 1});
 * each answer has every field the subset knows, whatever the selection asks. Like GraphQL, the sandbox answers 200
 * and reports trouble in {@code errors}.
 */
final class GraphQl {

  /** A root field: alias, name, arguments; not the operation's own name ({@code mutation addTestsToRequirement(..)}). */
  private static final Pattern OPERATION = Pattern.compile(
      "(?<!(?:mutation|query)\\s{1,4})(?:(\\w+)\\s*:\\s*)?\\b(createTestExecution|getStatuses|getTests|getTestExecutions|getTestPlans|getTestSets"
          + "|getPreconditions|getCoverableIssues|addTestsToRequirement)\\b\\s*(?:\\(([^)]*)\\))?");
  private static final Pattern ARGUMENT = Pattern.compile("(\\w+)\\s*:\\s*(\\$\\w+|-?\\d+|\"[^\"]*\")");
  private static final Pattern JQL_KEYS = Pattern.compile(
      "\\s*key\\s*(?:=\\s*(\"?[\\w-]+\"?)|in\\s*\\(([^)]*)\\))\\s*", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> ISSUE_TYPES = Map.of(
      "getTests", Issues.TEST,
      "getTestExecutions", Issues.TEST_EXECUTION,
      "getTestPlans", Issues.TEST_PLAN,
      "getTestSets", "Test Set",
      "getPreconditions", "Pre-Condition");

  private final SandboxStore store;

  GraphQl(SandboxStore store) {
    this.store = store;
  }

  Map<String, Object> answer(JsonNode request, String via) {
    String query = request.path("query").asText("");
    Map<String, Object> data = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    Matcher operation = OPERATION.matcher(query);
    while (operation.find()) {
      String name = operation.group(2);
      String alias = operation.group(1) != null ? operation.group(1) : name;
      Map<String, JsonNode> arguments = arguments(operation.group(3), request.path("variables"));
      try {
        data.put(alias, switch (name) {
          case "createTestExecution" -> createTestExecution(arguments, via);
          case "getStatuses" -> statuses();
          case "addTestsToRequirement" -> addTestsToRequirement(arguments);
          default -> issues(ISSUE_TYPES.get(name), name, arguments);
        });
      } catch (ApiError e) {
        data.put(alias, null);
        errors.add(e.getMessage());
      }
    }
    if (data.isEmpty()) {
      errors.add("The Xray sandbox answers only createTestExecution, getStatuses, getTests, getTestExecutions,"
          + " getTestPlans, getTestSets, getPreconditions, getCoverableIssues and addTestsToRequirement"
          + " on /api/v2/graphql");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    if (!errors.isEmpty()) {
      answer.put("errors", errors.stream().map(m -> Map.of("message", m)).toList());
    }
    answer.put("data", data.isEmpty() ? null : data);
    return answer;
  }

  private static Map<String, JsonNode> arguments(@Nullable String text, JsonNode variables) {
    Map<String, JsonNode> arguments = new LinkedHashMap<>();
    if (text != null) {
      Matcher argument = ARGUMENT.matcher(text);
      while (argument.find()) {
        String value = argument.group(2);
        arguments.put(argument.group(1), value.startsWith("$") ? variables.path(value.substring(1))
            : Call.parseJson(value.getBytes(java.nio.charset.StandardCharsets.UTF_8), "A GraphQL argument"));
      }
    }
    return arguments;
  }

  private Map<String, Object> createTestExecution(Map<String, JsonNode> arguments, String via) {
    JsonNode fields = arguments.containsKey("jira") ? arguments.get("jira").path("fields") : null;
    if (fields == null || !fields.isObject()) {
      throw ApiError.badRequest("createTestExecution needs the argument jira: {fields: {project: {key}, summary}},"
          + " passed as a variable (jira: $jira) in the Xray sandbox");
    }
    List<String> environments = new ArrayList<>();
    JsonNode environmentsNode = arguments.get("testEnvironments");
    if (environmentsNode != null) {
      environmentsNode.forEach(e -> environments.add(e.asText()));
    }
    IssueRef created = store.createTestExecution(fields, environments, via);
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("issueId", created.id());
    execution.put("jira", Map.of("key", created.key()));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("testExecution", execution);
    result.put("warnings", List.of());
    return result;
  }

  /** Links Tests (by issue id) to a requirement (by issue id), as Xray Cloud's coverage mutation does. */
  private Map<String, Object> addTestsToRequirement(Map<String, JsonNode> arguments) {
    JsonNode requirement = arguments.get("issueId");
    JsonNode tests = arguments.get("testIssueIds");
    if (requirement == null || !requirement.isTextual() || tests == null || !tests.isArray()) {
      throw ApiError.badRequest("addTestsToRequirement needs issueId (the requirement's) and testIssueIds");
    }
    List<String> added = new ArrayList<>();
    for (JsonNode test : tests) {
      store.linkTestToRequirement(test.asText(), requirement.asText());
      added.add(test.asText());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("addedTests", added);
    result.put("warning", null);
    return result;
  }

  private List<Map<String, Object>> statuses() {
    List<String> builtIn = ApiFlavour.CLOUD.builtInStatuses();
    List<String> all = new ArrayList<>(builtIn);
    all.addAll(store.customStatuses());
    List<Map<String, Object>> statuses = new ArrayList<>();
    for (String name : all) {
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("name", name);
      status.put("description", builtIn.contains(name) ? "Built-in status " + name : "Custom status " + name);
      status.put("final", !name.equals("TODO") && !name.equals("EXECUTING"));
      status.put("color", null);
      statuses.add(status);
    }
    return statuses;
  }

  /** The issues of one type among the keys the JQL names, one page of them. */
  private Map<String, Object> issues(@Nullable String issueType, String operation, Map<String, JsonNode> arguments) {
    JsonNode limitNode = arguments.get("limit");
    if (limitNode == null || !limitNode.canConvertToInt() || limitNode.asInt() < 1 || limitNode.asInt() > 100) {
      throw ApiError.badRequest(operation + " needs the argument limit, from 1 to 100");
    }
    int limit = limitNode.asInt();
    int start = arguments.containsKey("start") ? Math.max(0, arguments.get("start").asInt(0)) : 0;
    List<Map<String, Object>> found = new ArrayList<>();
    for (String key : keys(operation, arguments.get("jql"))) {
      Optional<Map<String, Object>> issue = store.issue(key);
      if (issue.isPresent() && issue.get().get("fields") instanceof Map<?, ?> fields
          && fields.get("issuetype") instanceof Map<?, ?> type && ofType(issueType, type.get("name"))) {
        found.add(result(issue.get(), fields));
      }
    }
    List<Map<String, Object>> page = start >= found.size() ? List.of()
        : found.subList(start, Math.min(found.size(), start + limit));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("total", found.size());
    results.put("start", start);
    results.put("limit", limit);
    results.put("results", page);
    return results;
  }

  /** An issue of that type; with none ({@code getCoverableIssues}), an issue of a requirement type. */
  private static boolean ofType(@Nullable String issueType, @Nullable Object name) {
    return issueType == null ? Issues.REQUIREMENT_TYPES.contains(String.valueOf(name)) : issueType.equals(name);
  }

  private Map<String, Object> result(Map<String, Object> issue, Map<?, ?> fields) {
    String key = issue.get("key").toString();
    Map<String, Object> jira = new LinkedHashMap<>();
    jira.put("key", key);
    fields.forEach((field, value) -> jira.put(field.toString(), value));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("issueId", issue.get("id"));
    store.tests(List.of(key)).forEach(test -> {
      result.put("testType", Map.of("name", test.get("type")));
      result.put("unstructured", test.get("definition"));
    });
    result.put("jira", jira);
    return result;
  }

  private static List<String> keys(String operation, @Nullable JsonNode jql) {
    Matcher keys = jql == null || !jql.isTextual() ? null : JQL_KEYS.matcher(jql.asText());
    if (keys == null || !keys.matches()) {
      throw ApiError.badRequest(operation + ": the Xray sandbox understands only jql \"key = CALC-1\" or"
          + " \"key in (CALC-1, CALC-2)\", not " + (jql == null ? "no jql" : jql.toString()));
    }
    String list = keys.group(1) != null ? keys.group(1) : keys.group(2);
    List<String> result = new ArrayList<>();
    for (String key : list.split(",")) {
      String bare = key.strip().replace("\"", "");
      if (!bare.isEmpty()) {
        result.add(bare);
      }
    }
    return result;
  }

}
