package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
import io.github.xray4j.sandbox.internal.Records.TestEntry;
import io.github.xray4j.sandbox.internal.Records.TestInfo;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import io.github.xray4j.sandbox.internal.StateView.ExecutionView;
import io.github.xray4j.sandbox.internal.StateView.IssueView;
import io.github.xray4j.sandbox.internal.StateView.PlanView;
import io.github.xray4j.sandbox.internal.StateView.ProjectView;
import io.github.xray4j.sandbox.internal.StateView.RequestView;
import io.github.xray4j.sandbox.internal.StateView.TestView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything the sandbox holds, in memory, behind one lock: projects and their issues (Tests, requirements,
 * Test Plans, Test Executions with their Test Runs), seeded from a JSON document and reset to it on demand.
 * Applies validated imports with Xray's rules: new executions take the next free number in the project,
 * importing into an existing execution replaces the runs of the Tests imported, Tests given by
 * {@code testInfo} are found again by definition (Generic) or summary (Cucumber, Manual) or created.
 */
final class SandboxStore {

  static final String TEST = "Test";
  static final String TEST_EXECUTION = "Test Execution";
  static final String TEST_PLAN = "Test Plan";
  private static final Set<String> REQUIREMENT_TYPES = Set.of("Story", "Requirement", "Epic");
  private static final Set<String> TEST_TYPES = Set.of("Generic", "Cucumber", "Manual");
  private static final Pattern ISSUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]*)");
  private static final int REQUEST_LOG_SIZE = 1000;

  /** A Jira issue of any type; fields that do not apply to its type stay empty. Guarded by the store. */
  private static final class Issue {
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
  }

  /** A reference to an issue, as Jira and Xray answer it ({@code self} is added by the HTTP layer). */
  record IssueRef(String id, String key) {
  }

  /** What an import did: the Test Execution and the Tests whose runs it wrote, in order. */
  record Imported(IssueRef testExecution, List<IssueRef> tests) {
  }

  private final String url;
  private final JsonNode seed;
  private final Map<String, String> projects = new LinkedHashMap<>();
  private final Map<String, Integer> lastNumber = new LinkedHashMap<>();
  private final Map<String, Issue> issuesByKey = new LinkedHashMap<>();
  private final Map<String, Issue> issuesById = new LinkedHashMap<>();
  private final List<String> customStatuses = new ArrayList<>();
  private final Deque<RequestView> requests = new ArrayDeque<>();
  private long nextIssueId;
  private long nextRunId;
  private long revision;

  SandboxStore(String url, JsonNode seed) {
    this.url = url;
    this.seed = seed;
    load();
  }

  synchronized void reset() {
    load();
  }

  synchronized List<String> customStatuses() {
    return List.copyOf(customStatuses);
  }

  /**
   * Grows with every request that may have changed what the store holds (each one to {@code /rest/} or
   * {@code /api/} other than a GET) and with every reset: the page reloads itself when it changes.
   */
  synchronized long revision() {
    return revision;
  }

  synchronized void logRequest(String method, String path, int status) {
    if (!method.equals("GET")) {
      revision++;
    }
    if (requests.size() == REQUEST_LOG_SIZE) {
      requests.removeFirst();
    }
    requests.addLast(new RequestView(method, path, status));
  }

  // ---- imports -------------------------------------------------------------------------------------------

  /** Checks the document against what exists, then applies it; nothing changes when anything is wrong. */
  synchronized Imported importExecution(ImportDocument doc, String via) {
    List<String> errors = new ArrayList<>();
    Issue execution = null;
    if (doc.testExecutionKey() != null) {
      Issue existing = issuesByKey.get(doc.testExecutionKey());
      if (existing == null || !existing.is(TEST_EXECUTION)) {
        errors.add("Test Execution with key " + doc.testExecutionKey() + " was not found!");
      } else {
        execution = existing;
      }
    }
    String planKey = doc.info().testPlanKey();
    if (planKey != null && !isOfType(planKey, TEST_PLAN)) {
      errors.add("Test Plan with key " + planKey + " was not found!");
    }
    List<TestEntry> valid = new ArrayList<>();
    for (TestEntry entry : doc.tests()) {
      String key = entry.testKey();
      TestInfo info = entry.testInfo();
      if (key != null) {
        if (!isOfType(key, TEST)) {
          if (!doc.skipUnknownTests()) {
            errors.add("Test with key " + key + " was not found!");
          }
          continue;
        }
      } else if (info != null) {
        if (!projects.containsKey(info.projectKey())) {
          errors.add(entry.label() + ": project " + info.projectKey() + " does not exist");
          continue;
        }
        for (String requirement : info.requirementKeys()) {
          if (!isRequirement(requirement)) {
            errors.add(requirement + " is not a requirement issue or is not a valid issue key.");
          }
        }
      }
      valid.add(entry);
    }
    String project = doc.info().project();
    if (execution == null && doc.testExecutionKey() == null) {
      if (project == null && doc.skipUnknownTests() && !valid.isEmpty()) {
        project = projectOf(valid.get(0));
      }
      if (project == null && doc.skipUnknownTests() && valid.isEmpty()) {
        errors.add("There are no valid tests imported");
      } else if (project == null) {
        errors.add("Error assembling issue data: project is required");
      } else if (!projects.containsKey(project)) {
        errors.add("Error assembling issue data: project " + project + " does not exist");
      }
    }
    if (errors.isEmpty() && valid.isEmpty()) {
      errors.add("There are no valid tests imported");
    }
    XrayJsonReader.throwIfAny(errors);

    if (execution == null) {
      execution = newIssue(project, TEST_EXECUTION, summaryOf(doc.info()));
      execution.createdVia = via;
    }
    execution.fields = doc.info().orElse(execution.fields);
    if (doc.info().summary() != null) {
      execution.summary = doc.info().summary();
    }
    List<IssueRef> tests = new ArrayList<>();
    for (TestEntry entry : valid) {
      Issue test = entry.testKey() != null ? issuesByKey.get(entry.testKey()) : provision(entry.testInfo());
      TestRun previous = execution.runs.get(test.key);
      long runId = previous != null ? previous.id() : nextRunId++;
      execution.runs.put(test.key, TestRun.of(runId, test.key, entry.content()));
      IssueRef ref = new IssueRef(test.id, test.key);
      if (!tests.contains(ref)) {
        tests.add(ref);
      }
    }
    if (planKey != null) {
      Issue plan = issuesByKey.get(planKey);
      tests.forEach(t -> plan.planTests.add(t.key()));
      plan.planExecutions.add(execution.key);
    }
    return new Imported(new IssueRef(execution.id, execution.key), tests);
  }

  private String projectOf(TestEntry entry) {
    String key = entry.testKey();
    return key != null ? issuesByKey.get(key).project : entry.testInfo().projectKey();
  }

  private static String summaryOf(ExecutionFields info) {
    if (info.summary() != null) {
      return info.summary();
    }
    return "Execution results" + (info.startDate() != null ? " [" + info.startDate() + "]" : "");
  }

  private Issue provision(TestInfo info) {
    Issue test = issuesByKey.values().stream()
        .filter(i -> i.is(TEST) && i.project.equals(info.projectKey()) && info.type().equals(i.testType))
        .filter(i -> info.type().equals("Generic")
            ? info.definition() != null && info.definition().equals(i.definition)
            : info.summary().equals(i.summary))
        .findFirst()
        .orElseGet(() -> {
          Issue created = newIssue(info.projectKey(), TEST, info.summary());
          created.testType = info.type();
          created.definition = info.definition();
          return created;
        });
    test.requirementKeys.addAll(info.requirementKeys());
    test.labels.addAll(info.labels());
    return test;
  }

  // ---- Jira and Xray resources ---------------------------------------------------------------------------

  /** Creates a Test Execution as Jira's create-issue does; the checks give Jira's error shape. */
  synchronized IssueRef createTestExecution(@Nullable String project, @Nullable String summary,
      @Nullable String description, List<String> environments,
      String via) {
    if (project == null) {
      throw ApiError.jira(400, "project", "project is required");
    }
    if (!projects.containsKey(project)) {
      throw ApiError.jira(400, "project", "valid project is required (project " + project + " does not exist)");
    }
    if (summary == null || summary.isBlank()) {
      throw ApiError.jira(400, "summary", "You must specify a summary of the issue.");
    }
    Issue execution = newIssue(project, TEST_EXECUTION, summary);
    execution.createdVia = via;
    execution.fields = new ExecutionFields(project, summary, description, null, null, null, null, null, null,
        environments.isEmpty() ? null : List.copyOf(environments));
    return new IssueRef(execution.id, execution.key);
  }

  /** Finds an issue by key or by id. */
  synchronized Optional<Map<String, Object>> issue(String keyOrId) {
    Issue issue = issuesByKey.containsKey(keyOrId) ? issuesByKey.get(keyOrId) : issuesById.get(keyOrId);
    if (issue == null) {
      return Optional.empty();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", issue.summary);
    fields.put("issuetype", Map.of("name", issue.issueType));
    fields.put("project", Map.of("key", issue.project, "name", projects.get(issue.project)));
    if (issue.is(TEST_EXECUTION) && issue.fields.description() != null) {
      fields.put("description", issue.fields.description());
    }
    if (!issue.labels.isEmpty()) {
      fields.put("labels", List.copyOf(issue.labels));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", issue.id);
    json.put("key", issue.key);
    json.put("self", selfOf(issue.id));
    json.put("fields", fields);
    return Optional.of(json);
  }

  /** {@code GET api/test?keys=}: the Tests among the keys, in the order asked. */
  synchronized List<Map<String, Object>> tests(List<String> keys) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (String key : keys) {
      Issue test = issuesByKey.get(key);
      if (test == null || !test.is(TEST)) {
        continue;
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", test.id);
      json.put("key", test.key);
      json.put("self", selfOf(test.id));
      json.put("type", test.testType);
      json.put("definition", test.definition == null ? "" : test.definition);
      json.put("requirementKeys", List.copyOf(test.requirementKeys));
      json.put("labels", List.copyOf(test.labels));
      result.add(json);
    }
    return result;
  }

  /** A Cucumber Test as the feature export writes it. */
  record CucumberTest(String key, String summary, String definition, List<String> requirementKeys,
            List<String> labels) {
  }

  /** What the feature import did with one scenario: the Test, and whether it was created. */
  record ImportedScenario(IssueRef test, boolean created) {
  }

  /**
   * The Cucumber Tests these keys hold, each once, in order: a Test itself, the Tests of a Test Plan, or those
   * covering a requirement.
   */
  synchronized List<CucumberTest> cucumberTests(List<String> keys) {
    Set<Issue> found = new LinkedHashSet<>();
    for (String key : keys) {
      Issue issue = issuesByKey.get(key);
      if (issue == null) {
        continue;
      }
      if (issue.is(TEST)) {
        found.add(issue);
      } else if (issue.is(TEST_PLAN)) {
        issue.planTests.stream().map(issuesByKey::get).filter(java.util.Objects::nonNull).forEach(found::add);
      } else if (isRequirement(key)) {
        issuesByKey.values().stream().filter(t -> t.is(TEST) && t.requirementKeys.contains(key))
            .forEach(found::add);
      }
    }
    return found.stream().filter(t -> "Cucumber".equals(t.testType))
        .map(t -> new CucumberTest(t.key, t.summary, t.definition == null ? "" : t.definition,
            List.copyOf(t.requirementKeys), List.copyOf(t.labels)))
        .toList();
  }

  /**
   * Creates or updates a Cucumber Test from an imported scenario, as Xray does: by its key (which must be a Test),
   * else the Cucumber Test with the same summary in the project, else a new one.
   *
   * @throws IllegalArgumentException naming the key when it is not a Test (Xray refuses that scenario)
   */
  synchronized ImportedScenario importScenario(String project, @Nullable String key, String summary,
      String definition, List<String> requirementKeys,
      List<String> labels) {
    if (!projects.containsKey(project)) {
      throw ApiError.badRequest("Project " + project + " does not exist");
    }
    Issue test = key == null ? issuesByKey.values().stream()
        .filter(i -> i.is(TEST) && i.project.equals(project) && "Cucumber".equals(i.testType)
            && i.summary.equals(summary))
        .findFirst().orElse(null) : issuesByKey.get(key);
    if (key != null && (test == null || !test.is(TEST))) {
      throw new IllegalArgumentException("Test with key " + key + " was not found");
    }
    boolean created = test == null;
    if (created) {
      test = newIssue(project, TEST, summary);
      test.testType = "Cucumber";
    }
    test.summary = summary;
    test.definition = definition;
    requirementKeys.stream().filter(this::isRequirement).forEach(test.requirementKeys::add);
    test.labels.addAll(labels);
    return new ImportedScenario(new IssueRef(test.id, test.key), created);
  }

  /** {@code GET api/testexec/{key}/test}: the runs of an execution as {@code [{id,key,rank,status}]}. */
  synchronized List<Map<String, Object>> executionTests(String executionKey) {
    Issue execution = execution(executionKey);
    List<Map<String, Object>> result = new ArrayList<>();
    int rank = 1;
    for (TestRun run : execution.runs.values()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", run.id());
      json.put("key", run.testKey());
      json.put("rank", rank++);
      json.put("status", run.status());
      result.add(json);
    }
    return result;
  }

  /** {@code POST api/testexec/{key}/test}: adds TODO runs and removes runs; answers Xray's list of errors. */
  synchronized List<String> changeExecutionTests(String executionKey, List<String> add, List<String> remove,
      String todoStatus) {
    Issue execution = execution(executionKey);
    List<String> errors = new ArrayList<>();
    for (String key : add) {
      if (!isOfType(key, TEST)) {
        errors.add("Test with key " + key + " was not found!");
      } else if (!execution.runs.containsKey(key)) {
        execution.runs.put(key, TestRun.of(nextRunId++, key, new Records.RunContent(todoStatus, null, null,
            null, List.of(), List.of(), List.of(), List.of(), List.of())));
      }
    }
    for (String key : remove) {
      if (execution.runs.remove(key) == null) {
        errors.add("Test with key " + key + " is not associated with Test Execution " + executionKey);
      }
    }
    return errors;
  }

  /** The runs of one execution, or of every execution of a Test Plan, by execution key. */
  synchronized Map<String, List<TestRun>> runs(@Nullable String executionKey, @Nullable String planKey) {
    Map<String, List<TestRun>> result = new LinkedHashMap<>();
    if (executionKey != null) {
      result.put(executionKey, List.copyOf(execution(executionKey).runs.values()));
    }
    if (planKey != null) {
      Issue plan = issuesByKey.get(planKey);
      if (plan == null || !plan.is(TEST_PLAN)) {
        throw ApiError.xray(404, "Test Plan with key " + planKey + " was not found!");
      }
      for (String key : plan.planExecutions) {
        result.putIfAbsent(key, List.copyOf(execution(key).runs.values()));
      }
    }
    return result;
  }

  synchronized TestRun run(String executionKey, String testKey) {
    TestRun run = execution(executionKey).runs.get(testKey);
    if (run == null) {
      throw ApiError.xray(404, "Test Run for Test " + testKey + " in Test Execution " + executionKey
          + " was not found!");
    }
    return run;
  }

  synchronized TestRun run(long id) {
    return issuesByKey.values().stream()
        .flatMap(i -> i.runs.values().stream())
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(() -> ApiError.xray(404, "Test Run with id " + id + " was not found!"));
  }

  synchronized @Nullable String executionKeyOfRun(long id) {
    return issuesByKey.values().stream()
        .filter(i -> i.runs.values().stream().anyMatch(r -> r.id() == id))
        .map(i -> i.key)
        .findFirst()
        .orElse(null);
  }

  private Issue execution(String key) {
    Issue execution = issuesByKey.get(key);
    if (execution == null || !execution.is(TEST_EXECUTION)) {
      throw ApiError.xray(404, "Test Execution with key " + key + " was not found!");
    }
    return execution;
  }

  synchronized StateView snapshot() {
    List<ProjectView> projectViews = new ArrayList<>();
    projects.forEach((key, name) -> projectViews.add(new ProjectView(key, name)));
    List<TestView> tests = new ArrayList<>();
    List<IssueView> others = new ArrayList<>();
    List<PlanView> plans = new ArrayList<>();
    List<ExecutionView> executions = new ArrayList<>();
    for (Issue i : issuesByKey.values()) {
      switch (i.issueType) {
        case TEST -> tests.add(new TestView(i.id, i.key, i.project, i.testType, i.summary, i.definition,
            List.copyOf(i.requirementKeys), List.copyOf(i.labels)));
        case TEST_PLAN -> plans.add(new PlanView(i.id, i.key, i.project, i.summary,
            List.copyOf(i.planTests), List.copyOf(i.planExecutions)));
        case TEST_EXECUTION -> {
          ExecutionFields f = i.fields;
          executions.add(new ExecutionView(i.id, i.key, i.project, i.summary, f.description(),
              f.version(), f.revision(), f.user(), f.startDate(), f.finishDate(), f.testPlanKey(),
              f.testEnvironments() == null ? List.of() : f.testEnvironments(), i.createdVia,
              List.copyOf(i.runs.values())));
        }
        default -> others.add(new IssueView(i.id, i.key, i.project, i.issueType, i.summary));
      }
    }
    return new StateView(url, projectViews, tests, others, plans, executions, List.copyOf(requests));
  }

  String url() {
    return url;
  }

  String selfOf(String id) {
    return url + "/rest/api/2/issue/" + id;
  }

  // ---- seed ----------------------------------------------------------------------------------------------

  private boolean isOfType(String key, String type) {
    Issue issue = issuesByKey.get(key);
    return issue != null && issue.is(type);
  }

  private boolean isRequirement(String key) {
    Issue issue = issuesByKey.get(key);
    return issue != null && REQUIREMENT_TYPES.contains(issue.issueType);
  }

  private Issue newIssue(String project, String type, String summary) {
    int number = lastNumber.merge(project, 1, Integer::sum);
    return register(new Issue(String.valueOf(nextIssueId++), project + "-" + number, project, type, summary));
  }

  private Issue register(Issue issue) {
    issuesByKey.put(issue.key, issue);
    issuesById.put(issue.id, issue);
    return issue;
  }

  private void load() {
    projects.clear();
    lastNumber.clear();
    issuesByKey.clear();
    issuesById.clear();
    customStatuses.clear();
    requests.clear();
    nextIssueId = 10000;
    nextRunId = 1;
    revision++;
    List<String> errors = new ArrayList<>();
    customStatuses.addAll(XrayJsonReader.texts(seed, "customStatuses", "seed", errors));
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
      projects.put(key, project.path("name").asText(key));
      lastNumber.put(key, 0);
      for (JsonNode node : project.path("issues")) {
        loadIssue(key, node, errors);
      }
    }
    if (projects.isEmpty()) {
      errors.add("seed: at least one project is required: {\"projects\":[{\"key\":\"CALC\",...}]}");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("The sandbox seed is not valid: " + String.join("; ", errors));
    }
  }

  private void loadIssue(String project, JsonNode node, List<String> errors) {
    String key = node.path("key").asText("");
    Matcher matcher = ISSUE_KEY.matcher(key);
    if (!matcher.matches() || !matcher.group(1).equals(project) || issuesByKey.containsKey(key)) {
      errors.add("seed: issue key \"" + key + "\" must be new and look like " + project + "-<number>");
      return;
    }
    String type = node.path("issuetype").asText("");
    if (type.isEmpty()) {
      errors.add("seed: " + key + " needs an issuetype (Test, Test Plan, Test Execution, Story, ...)");
      return;
    }
    Issue issue = new Issue(String.valueOf(nextIssueId++), key, project, type, node.path("summary").asText(key));
    lastNumber.merge(project, Integer.parseInt(matcher.group(2)), Math::max);
    if (issue.is(TEST)) {
      issue.testType = node.path("testType").asText("Generic");
      if (!TEST_TYPES.contains(issue.testType)) {
        errors.add("seed: " + key + " testType must be one of Generic, Cucumber, Manual");
      }
      issue.definition = node.hasNonNull("definition") ? node.get("definition").asText() : null;
      issue.requirementKeys.addAll(XrayJsonReader.texts(node, "requirementKeys", "seed " + key, errors));
      issue.labels.addAll(XrayJsonReader.texts(node, "labels", "seed " + key, errors));
    } else if (issue.is(TEST_PLAN)) {
      issue.planTests.addAll(XrayJsonReader.texts(node, "tests", "seed " + key, errors));
    } else if (issue.is(TEST_EXECUTION)) {
      issue.fields = new ExecutionFields(project, issue.summary, null, null, null, null, null, null, null, null);
    }
    register(issue);
  }
}
