package io.github.xray4j.sandbox.internal;

import static io.github.xray4j.sandbox.internal.Issues.TEST;
import static io.github.xray4j.sandbox.internal.Issues.TEST_EXECUTION;
import static io.github.xray4j.sandbox.internal.Issues.TEST_PLAN;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.ImportRules.Imported;
import io.github.xray4j.sandbox.internal.ImportRules.ImportedScenario;
import io.github.xray4j.sandbox.internal.Issues.IssueRef;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the sandbox holds, in memory, behind one lock: the {@link Issues} read from the {@link Seed} (and
 * read again from it on reset), the writes applied by the {@link ImportRules}, the answers of the read endpoints,
 * the log of requests and the revision the page follows. Every method is one step under the lock.
 */
final class SandboxStore {
  private static final int REQUEST_LOG_SIZE = 1000;

  private final String url;
  private final JsonNode seed;
  private final Deque<RequestView> requests = new ArrayDeque<>();
  private Issues issues;
  private ImportRules rules;
  private List<String> customStatuses;
  private long revision;

  SandboxStore(String url, JsonNode seed) {
    this.url = url;
    this.seed = seed;
    Seed read = Seed.read(seed);
    this.issues = read.issues();
    this.rules = new ImportRules(issues);
    this.customStatuses = read.customStatuses();
    revision++;
  }

  /** Back to the seed: the issues it holds, no requests logged. */
  synchronized void reset() {
    Seed read = Seed.read(seed);
    issues = read.issues();
    rules = new ImportRules(issues);
    customStatuses = read.customStatuses();
    requests.clear();
    revision++;
  }

  synchronized List<String> customStatuses() {
    return customStatuses;
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

  // ---- writes, by Xray's rules ---------------------------------------------------------------------------

  /** See {@link ImportRules#importExecution}. */
  synchronized Imported importExecution(ImportDocument doc, String via) {
    return rules.importExecution(doc, via);
  }

  /** See {@link ImportRules#createTestExecution}. */
  synchronized IssueRef createTestExecution(JsonNode fields, List<String> environments, String via) {
    return rules.createTestExecution(fields, environments, via);
  }

  /** See {@link ImportRules#importScenario}. */
  synchronized ImportedScenario importScenario(String project, @Nullable String key, String summary,
      String definition, List<String> requirementKeys, List<String> labels) {
    return rules.importScenario(project, key, summary, definition, requirementKeys, labels);
  }

  /** See {@link ImportRules#changeExecutionTests}. */
  synchronized List<String> changeExecutionTests(String executionKey, List<String> add, List<String> remove,
      String todoStatus) {
    return rules.changeExecutionTests(executionKey, add, remove, todoStatus);
  }

  /**
   * A Test covers a requirement: Jira's {@code Tests} link on Server/DC, GraphQL's {@code addTestsToRequirement}
   * on Cloud. Either issue unknown is Jira's 404. Jira links any two issues, but Xray counts coverage only for a
   * Test and a requirement type, so only such a link is kept; linking again changes nothing.
   */
  synchronized void linkTestToRequirement(String testKeyOrId, String requirementKeyOrId) {
    Issue test = issues.byKeyOrId(testKeyOrId);
    Issue requirement = issues.byKeyOrId(requirementKeyOrId);
    if (test == null || requirement == null) {
      throw ApiError.jiraMessage(404, "Issue Does Not Exist");
    }
    if (test.is(Issues.TEST) && issues.isRequirement(requirement.key) && test.requirementKeys.add(requirement.key)) {
      revision++;
    }
  }

  // ---- reads: Jira and Xray resources --------------------------------------------------------------------

  /** Finds an issue by key or by id. */
  synchronized Optional<Map<String, Object>> issue(String keyOrId) {
    Issue issue = issues.byKeyOrId(keyOrId);
    if (issue == null) {
      return Optional.empty();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", issue.summary);
    fields.put("issuetype", Map.of("name", issue.issueType));
    fields.put("project", Map.of("key", issue.project, "name", issues.projects().get(issue.project)));
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
      Issue test = issues.get(key);
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

  /**
   * The Cucumber Tests these keys hold, each once, in order: a Test itself, the Tests of a Test Plan, or those
   * covering a requirement.
   */
  synchronized List<CucumberTest> cucumberTests(List<String> keys) {
    Set<Issue> found = new LinkedHashSet<>();
    for (String key : keys) {
      Issue issue = issues.get(key);
      if (issue == null) {
        continue;
      }
      if (issue.is(TEST)) {
        found.add(issue);
      } else if (issue.is(TEST_PLAN)) {
        issue.planTests.stream().map(issues::get).filter(Objects::nonNull).forEach(found::add);
      } else if (issues.isRequirement(key)) {
        issues.all().stream().filter(t -> t.is(TEST) && t.requirementKeys.contains(key))
            .forEach(found::add);
      }
    }
    return found.stream().filter(t -> "Cucumber".equals(t.testType))
        .map(t -> new CucumberTest(t.key, t.summary, t.definition == null ? "" : t.definition,
            List.copyOf(t.requirementKeys), List.copyOf(t.labels)))
        .toList();
  }

  /** {@code GET api/testexec/{key}/test}: the runs of an execution as {@code [{id,key,rank,status}]}. */
  synchronized List<Map<String, Object>> executionTests(String executionKey) {
    Issue execution = issues.execution(executionKey);
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

  /** The runs of one execution, or of every execution of a Test Plan, by execution key. */
  synchronized Map<String, List<TestRun>> runs(@Nullable String executionKey, @Nullable String planKey) {
    Map<String, List<TestRun>> result = new LinkedHashMap<>();
    if (executionKey != null) {
      result.put(executionKey, List.copyOf(issues.execution(executionKey).runs.values()));
    }
    if (planKey != null) {
      Issue plan = issues.get(planKey);
      if (plan == null || !plan.is(TEST_PLAN)) {
        throw ApiError.xray(404, "Test Plan with key " + planKey + " was not found!");
      }
      for (String key : plan.planExecutions) {
        result.putIfAbsent(key, List.copyOf(issues.execution(key).runs.values()));
      }
    }
    return result;
  }

  synchronized TestRun run(String executionKey, String testKey) {
    TestRun run = issues.execution(executionKey).runs.get(testKey);
    if (run == null) {
      throw ApiError.xray(404, "Test Run for Test " + testKey + " in Test Execution " + executionKey
          + " was not found!");
    }
    return run;
  }

  synchronized TestRun run(long id) {
    return issues.all().stream()
        .flatMap(i -> i.runs.values().stream())
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(() -> ApiError.xray(404, "Test Run with id " + id + " was not found!"));
  }

  synchronized @Nullable String executionKeyOfRun(long id) {
    return issues.all().stream()
        .filter(i -> i.runs.values().stream().anyMatch(r -> r.id() == id))
        .map(i -> i.key)
        .findFirst()
        .orElse(null);
  }

  synchronized StateView snapshot() {
    List<ProjectView> projectViews = new ArrayList<>();
    issues.projects().forEach((key, name) -> projectViews.add(new ProjectView(key, name)));
    List<TestView> tests = new ArrayList<>();
    List<IssueView> others = new ArrayList<>();
    List<PlanView> plans = new ArrayList<>();
    List<ExecutionView> executions = new ArrayList<>();
    for (Issue i : issues.all()) {
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
}
