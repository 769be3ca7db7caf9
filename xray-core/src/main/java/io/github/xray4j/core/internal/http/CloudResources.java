package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Xray Cloud offers besides the imports, through GraphQL ({@link CloudDocuments}): the same resources as
 * Server/DC's REST API, answered as the same {@link Wire} records. Keys become ids through {@link IssueIds}.
 * Failures are {@link HttpFailure}s.
 */
public final class CloudResources {
  private static final int ALL = Integer.MAX_VALUE;

  /** Xray's issue types that Cloud's GraphQL creates: the mutation and its result field. */
  private static final Map<String, String[]> CREATE = Map.of(
      "test", new String[] {"createTest", "test"},
      "test execution", new String[] {"createTestExecution", "testExecution"},
      "test plan", new String[] {"createTestPlan", "testPlan"},
      "test set", new String[] {"createTestSet", "testSet"},
      "pre-condition", new String[] {"createPrecondition", "precondition"},
      "precondition", new String[] {"createPrecondition", "precondition"});

  /** The association lists of Xray's entities, and how Cloud reads and changes each. */
  public enum Linked {
    EXECUTION_TESTS(IssueIds.Kind.TEST_EXECUTION, IssueIds.Kind.TEST, CloudDocuments.GET_TEST_EXECUTION_TESTS,
        "getTestExecution.testRuns", "addTestsToTestExecution", "removeTestsFromTestExecution", "testIssueIds",
        "addedTests"),
    PLAN_TESTS(IssueIds.Kind.TEST_PLAN, IssueIds.Kind.TEST, CloudDocuments.GET_TEST_PLAN_TESTS, "getTestPlan.tests",
        "addTestsToTestPlan", "removeTestsFromTestPlan", "testIssueIds", "addedTests"),
    PLAN_EXECUTIONS(IssueIds.Kind.TEST_PLAN, IssueIds.Kind.TEST_EXECUTION, CloudDocuments.GET_TEST_PLAN_EXECUTIONS,
        "getTestPlan.testExecutions", "addTestExecutionsToTestPlan", "removeTestExecutionsFromTestPlan",
        "testExecIssueIds", "addedTestExecutions"),
    SET_TESTS(IssueIds.Kind.TEST_SET, IssueIds.Kind.TEST, CloudDocuments.GET_TEST_SET_TESTS, "getTestSet.tests",
        "addTestsToTestSet", "removeTestsFromTestSet", "testIssueIds", "addedTests"),
    PRECONDITION_TESTS(IssueIds.Kind.PRECONDITION, IssueIds.Kind.TEST, CloudDocuments.GET_PRECONDITION_TESTS,
        "getPrecondition.tests", "addTestsToPrecondition", "removeTestsFromPrecondition", "testIssueIds",
        "addedTests");

    final IssueIds.Kind entity;
    final IssueIds.Kind linked;
    final String read;
    final String[] path;
    final String add;
    final String remove;
    final String idsArgument;
    final String added;

    Linked(IssueIds.Kind entity, IssueIds.Kind linked, String read, String path, String add, String remove,
           String idsArgument, String added) {
      this.entity = entity;
      this.linked = linked;
      this.read = read;
      this.path = path.split("\\.");
      this.add = add;
      this.remove = remove;
      this.idsArgument = idsArgument;
      this.added = added;
    }
  }

  private final GraphQl graphQl;
  private final IssueIds ids;
  private final ObjectMapper mapper;

  public CloudResources(XrayHttp http) {
    this.graphQl = new GraphQl(http);
    this.ids = new IssueIds(graphQl);
    this.mapper = http.mapper();
  }

  /** The GraphQL layer itself, for callers with a query of their own. */
  public GraphQl graphQl() {
    return graphQl;
  }

  // ---- issues -----------------------------------------------------------------------------------------------

  /** {@code createTestExecution} with these Jira fields and environments. */
  public Wire.IssueRef createTestExecution(Map<String, Object> fields, List<String> testEnvironments) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("jira", Map.of("fields", fields));
    variables.put("testEnvironments", testEnvironments);
    return created(graphQl.mutate(CloudDocuments.CREATE_TEST_EXECUTION, variables).get("createTestExecution"),
        "testExecution", IssueIds.Kind.TEST_EXECUTION);
  }

  /** {@code createTest}, {@code createTestPlan}, ... by {@code fields.issuetype.name}. */
  public Wire.IssueRef createIssue(Map<String, ?> fields) {
    String[] create = creation(fields);
    Map<String, Object> jira = new LinkedHashMap<>(fields);
    jira.remove("issuetype");
    String document = CloudDocuments.CREATE_ISSUE.formatted(create[0], create[1]);
    return created(graphQl.mutate(document, Map.of("jira", Map.of("fields", jira))).get(create[0]), create[1], null);
  }

  /**
   * The mutation and result field that create an issue of {@code fields.issuetype.name}.
   *
   * @throws IllegalArgumentException when it is not one of Xray's issue types
   */
  public static String[] creation(Map<String, ?> fields) {
    Object type = fields.get("issuetype") instanceof Map<?, ?> t ? t.get("name") : null;
    String[] create = type == null ? null : CREATE.get(type.toString().toLowerCase(Locale.ROOT));
    if (create == null) {
      throw new IllegalArgumentException("Xray Cloud creates only Xray's issue types (fields.issuetype.name Test,"
          + " Test Execution, Test Plan, Test Set or Pre-Condition), not " + (type == null ? "an issue without"
          + " fields.issuetype.name" : "\"" + type + "\"") + "; create other issues with Jira Cloud's REST API");
    }
    return create;
  }

  private Wire.IssueRef created(JsonNode result, String field, IssueIds.@Nullable Kind kind) {
    JsonNode issue = result.path(field);
    String key = issue.path("jira").path("key").asText(null);
    if (key == null) {
      throw malformed("Xray Cloud's answer to the creation names no key: " + Bodies.cut(result.toString()));
    }
    if (kind != null) {
      ids.remember(kind, issue);
    }
    return new Wire.IssueRef(issue.path("issueId").asText(""), key, issue.path("jira").path("self").asText(null));
  }

  /** The Test Executions that match {@code jql}, at most {@code limit} (1 to 100). */
  public List<Wire.IssueRef> findTestExecutions(String jql, int limit) {
    if (limit < 1 || limit > GraphQl.PAGE) {
      throw new IllegalArgumentException("limit must be from 1 to " + GraphQl.PAGE + ", was " + limit);
    }
    JsonNode found = graphQl.query(CloudDocuments.FIND_TEST_EXECUTIONS, Map.of("jql", jql, "limit", limit))
        .get("getTestExecutions");
    List<Wire.IssueRef> executions = new ArrayList<>();
    found.path("results").forEach(execution -> {
      String key = execution.path("jira").path("key").asText(null);
      if (key != null) {
        ids.remember(IssueIds.Kind.TEST_EXECUTION, execution);
        executions.add(new Wire.IssueRef(execution.path("issueId").asText(""), key, null));
      }
    });
    return executions;
  }

  /** One issue of Xray's types by key, with its Jira fields. */
  public Wire.JiraIssue issue(String key) {
    JsonNode data = graphQl.query(CloudDocuments.GET_ISSUE, Map.of("jql", "key = " + IssueIds.quoted(key))).data();
    for (JsonNode list : data) {
      JsonNode issue = list.path("results").path(0);
      if (issue.isObject()) {
        Map<String, Object> fields = new LinkedHashMap<>();
        issue.path("jira").properties().forEach(f -> {
          if (!f.getKey().equals("key") && !f.getValue().isNull()) {
            fields.put(f.getKey(), mapper.convertValue(f.getValue(), Object.class));
          }
        });
        return new Wire.JiraIssue(issue.path("issueId").asText(""), key, null, fields);
      }
    }
    throw new HttpFailure(FailureKind.NOT_FOUND, 200, GraphQl.REQUEST, "Xray Cloud has no Test, Test Execution,"
        + " Test Plan, Test Set or Pre-Condition " + key + " (or the API key's user may not see it); an Xray API"
        + " key reads only Xray's issue types", null, List.of(key), null);
  }

  /** A small query that needs a valid token: the API key works. */
  public void checkApiKey() {
    graphQl.query(CloudDocuments.CHECK_API_KEY, Map.of());
  }

  /** {@code getStatuses}: Cloud names statuses by name, so the name is the id too. */
  public List<Wire.StatusSetting> statuses() {
    List<Wire.StatusSetting> statuses = new ArrayList<>();
    graphQl.query(CloudDocuments.GET_STATUSES, Map.of()).get("getStatuses").forEach(s -> statuses.add(
        new Wire.StatusSetting(s.path("name").asText(), s.path("name").asText(), s.path("description").asText(null),
            s.path("color").asText(null), s.path("final").asBoolean(false))));
    return statuses;
  }

  // ---- Tests and steps --------------------------------------------------------------------------------------

  /** The Tests among these keys, with type and definition. */
  public List<Wire.Test> tests(Collection<String> keys) {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(keys));
    List<Wire.Test> tests = new ArrayList<>();
    for (int from = 0; from < wanted.size(); from += GraphQl.PAGE) {
      String jql = IssueIds.keyIn(wanted.subList(from, Math.min(wanted.size(), from + GraphQl.PAGE)));
      for (JsonNode test : graphQl.all(CloudDocuments.GET_TESTS, Map.of("jql", jql), "getTests")) {
        ids.remember(IssueIds.Kind.TEST, test);
        tests.add(new Wire.Test(test.path("issueId").asText(null), test.path("jira").path("key").asText(), null,
            test.path("testType").path("name").asText(null), definition(test)));
      }
    }
    return tests;
  }

  /** Generic: the unstructured definition; Cucumber: the Gherkin; Manual: the steps as JSON text. */
  private static @Nullable String definition(JsonNode test) {
    for (String field : List.of("unstructured", "gherkin")) {
      if (test.hasNonNull(field) && !test.get(field).asText().isEmpty()) {
        return test.get(field).asText();
      }
    }
    JsonNode steps = test.path("steps");
    return steps.isArray() && !steps.isEmpty() ? steps.toString() : null;
  }

  public List<Wire.Step> steps(String testKey) {
    JsonNode steps = graphQl.query(CloudDocuments.GET_TEST_STEPS,
        Map.of("issueId", ids.id(IssueIds.Kind.TEST, testKey))).get("getTest").path("steps");
    List<Wire.Step> result = new ArrayList<>();
    steps.forEach(s -> result.add(new Wire.Step(s.path("id").asText(), result.size() + 1,
        s.path("action").asText(""), s.path("data").asText(""), s.path("result").asText(""))));
    return result;
  }

  public String addStep(String testKey, String action, String data, String result) {
    Map<String, Object> variables = Map.of("issueId", ids.id(IssueIds.Kind.TEST, testKey),
        "step", step(action, data, result));
    String id = graphQl.mutate(CloudDocuments.ADD_TEST_STEP, variables).get("addTestStep").path("id").asText(null);
    if (id == null) {
      throw malformed("Xray Cloud's answer to addTestStep names no step id");
    }
    return id;
  }

  public void updateStep(String stepId, String action, String data, String result) {
    graphQl.mutate(CloudDocuments.UPDATE_TEST_STEP, Map.of("stepId", stepId, "step", step(action, data, result)));
  }

  public void removeStep(String stepId) {
    graphQl.mutate(CloudDocuments.REMOVE_TEST_STEP, Map.of("stepId", stepId));
  }

  private static Map<String, String> step(String action, String data, String result) {
    Map<String, String> step = new LinkedHashMap<>();
    step.put("action", action);
    step.put("data", data);
    step.put("result", result);
    return step;
  }

  // ---- associations -----------------------------------------------------------------------------------------

  /** The issues of a list, {@code count} of them from position {@code from} ({@code Integer.MAX_VALUE}: all). */
  public List<Wire.Linked> linked(Linked link, String key, int from, int count) {
    String id = ids.id(link.entity, key);
    List<Wire.Linked> linked = new ArrayList<>();
    for (JsonNode result : graphQl.results(link.read, Map.of("issueId", id), from, count, link.path)) {
      JsonNode issue = result.has("test") ? result.get("test") : result;
      ids.remember(link.linked, issue);
      linked.add(new Wire.Linked(issue.path("issueId").asText(null), issue.path("jira").path("key").asText(),
          link == Linked.EXECUTION_TESTS ? from + linked.size() + 1 : null, Wire.statusName(result.get("status"))));
    }
    return linked;
  }

  /** Adds and removes issues of a list; Xray's warnings are logged. */
  public void change(Linked link, String key, Collection<String> add, Collection<String> remove) {
    String id = ids.id(link.entity, key);
    List<String> added = ids.ids(link.linked, add);
    List<String> removed = ids.ids(link.linked, remove);
    if (!added.isEmpty()) {
      graphQl.mutate(CloudDocuments.CHANGE_LINKED.formatted(link.add, link.idsArgument,
          " { " + link.added + " warning }"), Map.of("issueId", id, link.idsArgument, added));
    }
    if (!removed.isEmpty()) {
      graphQl.mutate(CloudDocuments.CHANGE_LINKED.formatted(link.remove, link.idsArgument, ""),
          Map.of("issueId", id, link.idsArgument, removed));
    }
  }

  /** {@code addTestsToRequirement}: the requirement looked up among Xray's coverable issues; warnings are logged. */
  public void linkTestsToRequirement(String requirementKey, Collection<String> testKeys) {
    String id = ids.id(IssueIds.Kind.REQUIREMENT, requirementKey);
    List<String> tests = ids.ids(IssueIds.Kind.TEST, testKeys);
    graphQl.mutate(CloudDocuments.CHANGE_LINKED.formatted("addTestsToRequirement", "testIssueIds",
        " { addedTests warning }"), Map.of("issueId", id, "testIssueIds", tests));
  }

  // ---- Test Runs --------------------------------------------------------------------------------------------

  public Wire.TestRun run(String testExecutionKey, String testKey) {
    Map<String, Object> variables = Map.of("testIssueId", ids.id(IssueIds.Kind.TEST, testKey),
        "testExecIssueId", ids.id(IssueIds.Kind.TEST_EXECUTION, testExecutionKey),
        "iterations", CloudDocuments.ITERATIONS_OF_ONE_RUN);
    JsonNode run = graphQl.query(CloudDocuments.GET_TEST_RUN, variables).get("getTestRun");
    return testRun(required(run, "Test " + testKey + " has no run in Test Execution " + testExecutionKey,
        List.of(testKey, testExecutionKey)));
  }

  public Wire.TestRun run(String id) {
    return testRun(runById(CloudDocuments.GET_TEST_RUN_BY_ID,
        Map.of("id", id, "iterations", CloudDocuments.ITERATIONS_OF_ONE_RUN)));
  }

  public String runStatus(String id) {
    return runById(CloudDocuments.GET_TEST_RUN_STATUS, Map.of("id", id)).path("status").path("name").asText();
  }

  public Optional<String> runComment(String id) {
    return Optional.ofNullable(runById(CloudDocuments.GET_TEST_RUN_COMMENT, Map.of("id", id))
        .path("comment").asText(null)).filter(c -> !c.isEmpty());
  }

  public void setRunStatus(String id, String status) {
    graphQl.mutate(CloudDocuments.UPDATE_TEST_RUN_STATUS, Map.of("id", id, "status", status));
  }

  public void setRunComment(String id, String comment) {
    graphQl.mutate(CloudDocuments.UPDATE_TEST_RUN_COMMENT, Map.of("id", id, "comment", comment));
  }

  public void addRunDefects(String id, Collection<String> defectKeys) {
    requireAdded("addDefectsToTestRun", "addedDefects", defectKeys.size(),
        graphQl.mutate(CloudDocuments.ADD_DEFECTS_TO_TEST_RUN, Map.of("id", id, "issues", List.copyOf(defectKeys))));
  }

  /** {@code addEvidenceToTestRun}: the evidence's content type goes as {@code mimeType}. */
  public void addRunEvidence(String id, String filename, String contentType, String base64) {
    addRunEvidence(id, List.of(attachment(filename, contentType, base64)));
  }

  /** {@code addEvidenceToTestRun} with several files ({@link #attachment}s) in one mutation. */
  public void addRunEvidence(String id, List<Map<String, String>> attachments) {
    requireAdded("addEvidenceToTestRun", "addedEvidence", attachments.size(), graphQl.mutate(
        CloudDocuments.ADD_EVIDENCE_TO_TEST_RUN, Map.of("id", id, "evidence", attachments)));
  }

  /** An {@code AttachmentDataInput}: {@code filename}, {@code mimeType}, {@code data} (base64). */
  public static Map<String, String> attachment(String filename, String contentType, String base64) {
    Map<String, String> attachment = new LinkedHashMap<>();
    attachment.put("filename", filename);
    attachment.put("mimeType", contentType);
    attachment.put("data", base64);
    return attachment;
  }

  /** {@code updateTestRun(id, assigneeId)}. */
  public void setRunAssignee(String id, String assigneeId) {
    graphQl.mutate(CloudDocuments.UPDATE_TEST_RUN_ASSIGNEE, Map.of("id", id, "assigneeId", assigneeId));
  }

  public void removeRunDefects(String id, Collection<String> defectKeys) {
    graphQl.mutate(CloudDocuments.REMOVE_DEFECTS_FROM_TEST_RUN, Map.of("id", id, "issues", List.copyOf(defectKeys)));
  }

  public void removeRunEvidence(String id, Collection<String> evidenceIds) {
    graphQl.mutate(CloudDocuments.REMOVE_EVIDENCE_FROM_TEST_RUN,
        Map.of("id", id, "evidenceIds", List.copyOf(evidenceIds)));
  }

  public void setExampleStatus(String exampleId, String status) {
    graphQl.mutate(CloudDocuments.UPDATE_TEST_RUN_EXAMPLE_STATUS, Map.of("exampleId", exampleId, "status", status));
  }

  /** {@code updateTestRunStep}: a step of the run, or of one of its iterations when {@code iterationRank} is set. */
  public void setStepResult(String runId, @Nullable String iterationRank, String stepId, @Nullable String status,
      @Nullable String comment) {
    Map<String, String> updateData = new LinkedHashMap<>();
    if (status != null) {
      updateData.put("status", status);
    }
    if (comment != null) {
      updateData.put("comment", comment);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("testRunId", runId);
    variables.put("stepId", stepId);
    if (iterationRank != null) {
      variables.put("iterationRank", iterationRank);
    }
    variables.put("updateData", updateData);
    graphQl.mutate(CloudDocuments.UPDATE_TEST_RUN_STEP, variables);
  }

  public void setIterationStatus(String runId, String iterationRank, String status) {
    graphQl.mutate(CloudDocuments.UPDATE_ITERATION_STATUS,
        Map.of("testRunId", runId, "iterationRank", iterationRank, "status", status));
  }

  /** Cloud answers a defect or evidence it did not add with a warning: fewer added than sent is a failure. */
  private static void requireAdded(String operation, String field, int sent, GraphQl.Answer answer) {
    JsonNode added = answer.get(operation).path(field);
    if (!answer.warnings().isEmpty() && added.size() < sent) {
      String message = String.join("; ", answer.warnings());
      throw new HttpFailure(FailureKind.BAD_REQUEST, 200, GraphQl.REQUEST, "Xray Cloud added " + added.size() + " of "
          + sent + " with " + operation + ": Xray says \"" + message + "\"", message, Bodies.unknownKeys(message), null);
    }
  }

  /** {@code getTestRuns} of a Test Execution and/or Test Plan, {@code count} from position {@code from}. */
  public List<Wire.TestRun> runs(@Nullable String testExecutionKey, @Nullable String testPlanKey, int from, int count) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (testExecutionKey != null) {
      variables.put("testExecIssueIds", List.of(ids.id(IssueIds.Kind.TEST_EXECUTION, testExecutionKey)));
    }
    if (testPlanKey != null) {
      variables.put("testPlanIssueIds", List.of(ids.id(IssueIds.Kind.TEST_PLAN, testPlanKey)));
    }
    variables.put("iterations", CloudDocuments.ITERATIONS_IN_LISTS);
    return graphQl.results(CloudDocuments.GET_TEST_RUNS, variables, from, count, "getTestRuns").stream()
        .map(this::testRun).toList();
  }

  private JsonNode runById(String document, Map<String, Object> variables) {
    return required(graphQl.query(document, variables).get("getTestRunById"),
        "there is no Test Run " + variables.get("id"), List.of());
  }

  private static JsonNode required(JsonNode run, String what, List<String> keys) {
    if (!run.isObject()) {
      throw new HttpFailure(FailureKind.NOT_FOUND, 200, GraphQl.REQUEST, "Xray Cloud found no Test Run: " + what,
          null, keys, null);
    }
    return run;
  }

  private Wire.TestRun testRun(JsonNode run) {
    ids.remember(IssueIds.Kind.TEST, run.path("test"));
    ids.remember(IssueIds.Kind.TEST_EXECUTION, run.path("testExecution"));
    List<String> defects = new ArrayList<>();
    run.path("defects").forEach(d -> defects.add(d.asText()));
    List<Wire.RunEvidence> evidence = new ArrayList<>();
    run.path("evidence").forEach(e -> evidence.add(new Wire.RunEvidence(e.path("id").asText(null),
        e.path("filename").asText(""), e.path("downloadLink").asText(null))));
    List<Wire.RunField> fields = new ArrayList<>();
    run.path("customFields").forEach(f -> fields.add(new Wire.RunField(f.path("id").asText(),
        f.path("name").asText(null), Wire.value(f.get("values")))));
    String id = run.path("id").asText();
    List<JsonNode> iterations = new ArrayList<>();
    JsonNode first = run.path("iterations");
    first.path("results").forEach(iterations::add);
    if (first.path("total").asInt(0) > iterations.size()) {
      iterations.addAll(graphQl.results(CloudDocuments.GET_TEST_RUN_ITERATIONS, Map.of("id", id), iterations.size(),
          ALL, "getTestRunById", "iterations"));
    }
    return new Wire.TestRun(id, Wire.statusName(run.get("status")),
        run.path("test").path("jira").path("key").asText(null),
        run.path("testExecution").path("jira").path("key").asText(null), run.path("assigneeId").asText(null),
        run.path("executedById").asText(null), run.path("startedOn").asText(null),
        run.path("finishedOn").asText(null), run.path("comment").asText(null), defects, evidence, fields,
        iterations.stream().map(Wire.RunIteration::of).toList());
  }

  private static HttpFailure malformed(String message) {
    return new HttpFailure(FailureKind.MALFORMED_RESPONSE, 200, GraphQl.REQUEST, message, null, List.of(), null);
  }
}
