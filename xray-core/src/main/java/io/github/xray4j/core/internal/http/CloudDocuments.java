package io.github.xray4j.core.internal.http;

/**
 * The GraphQL documents {@link CloudXrayClient} sends to Xray Cloud, as Xray's schema documentation
 * (https://xray.cloud.getxray.app/doc/graphql/) names queries, mutations, arguments and fields. Connections take
 * {@code $limit} (at most 100) and {@code $start}; one call may ask for at most 10,000 items.
 */
public final class CloudDocuments {
  private CloudDocuments() {}

  public static final String CREATE_TEST_EXECUTION =
      "mutation CreateTestExecution($jira: JSON!, $testEnvironments: [String]) {"
          + " createTestExecution(testIssueIds: [], testEnvironments: $testEnvironments, jira: $jira) {"
          + " testExecution { issueId jira(fields: [\"key\"]) } warnings } }";

  /** {@code createTest}, {@code createTestPlan}, ...: {@code %1$s} the mutation, {@code %2$s} its result field. */
  static final String CREATE_ISSUE = """
      mutation %1$s($jira: JSON!) {
        %1$s(jira: $jira) { %2$s { issueId jira(fields: ["key"]) } warnings }
      }""";

  /** One issue of any Xray type, by {@code jql: "key = ..."}: the first list that has it names its type. */
  static final String GET_ISSUE = """
      query GetIssue($jql: String) {
        tests: getTests(jql: $jql, limit: 1) { results { issueId %1$s } }
        testExecutions: getTestExecutions(jql: $jql, limit: 1) { results { issueId %1$s } }
        testPlans: getTestPlans(jql: $jql, limit: 1) { results { issueId %1$s } }
        testSets: getTestSets(jql: $jql, limit: 1) { results { issueId %1$s } }
        preconditions: getPreconditions(jql: $jql, limit: 1) { results { issueId %1$s } }
      }""".formatted("jira(fields: [\"key\", \"summary\", \"issuetype\", \"project\", \"status\"])");

  /** The Test Executions that match a JQL query (the caller bounds {@code $limit} to 1..100). */
  static final String FIND_TEST_EXECUTIONS = """
      query FindTestExecutions($jql: String, $limit: Int!) {
        getTestExecutions(jql: $jql, limit: $limit) { total results { issueId jira(fields: ["key"]) } }
      }""";

  static final String CHECK_API_KEY = "query CheckApiKey { getStatuses { name } }";

  static final String GET_STATUSES = "query GetStatuses { getStatuses { name description final color } }";

  // ---- Tests and steps --------------------------------------------------------------------------------------

  static final String GET_TESTS = """
      query GetTests($jql: String, $limit: Int!, $start: Int) {
        getTests(jql: $jql, limit: $limit, start: $start) {
          total start limit
          results {
            issueId testType { name kind } unstructured gherkin steps { id action data result }
            jira(fields: ["key"])
          }
        }
      }""";

  static final String GET_TEST_STEPS = """
      query GetTestSteps($issueId: String) {
        getTest(issueId: $issueId) { issueId steps { id action data result } }
      }""";

  static final String ADD_TEST_STEP = """
      mutation AddTestStep($issueId: String!, $step: CreateStepInput!) {
        addTestStep(issueId: $issueId, step: $step) { id action data result }
      }""";

  static final String UPDATE_TEST_STEP = """
      mutation UpdateTestStep($stepId: String!, $step: UpdateStepInput!) {
        updateTestStep(stepId: $stepId, step: $step) { warnings }
      }""";

  static final String REMOVE_TEST_STEP = """
      mutation RemoveTestStep($stepId: String!) {
        removeTestStep(stepId: $stepId)
      }""";

  // ---- associations -----------------------------------------------------------------------------------------

  static final String GET_TEST_EXECUTION_TESTS = """
      query GetTestExecutionTests($issueId: String, $limit: Int!, $start: Int) {
        getTestExecution(issueId: $issueId) {
          testRuns(limit: $limit, start: $start) {
            total start limit results { status { name } test { issueId jira(fields: ["key"]) } }
          }
        }
      }""";

  static final String GET_TEST_PLAN_TESTS = """
      query GetTestPlanTests($issueId: String, $limit: Int!, $start: Int) {
        getTestPlan(issueId: $issueId) {
          tests(limit: $limit, start: $start) {
            total start limit results { issueId jira(fields: ["key"]) status(testPlan: $issueId) { name } }
          }
        }
      }""";

  /**
   * The issues of a list of an entity given by id: {@code %1$s} the entity's query ({@code getTestSet}), {@code %2$s} the list
   * ({@code tests}).
   */
  private static final String GET_LIST = """
      query($issueId: String, $limit: Int!, $start: Int) {
        %1$s(issueId: $issueId) {
          %2$s(limit: $limit, start: $start) { total start limit results { issueId jira(fields: ["key"]) } }
        }
      }""";

  static final String GET_TEST_PLAN_EXECUTIONS = GET_LIST.formatted("getTestPlan", "testExecutions");
  static final String GET_TEST_SET_TESTS = GET_LIST.formatted("getTestSet", "tests");
  static final String GET_PRECONDITION_TESTS = GET_LIST.formatted("getPrecondition", "tests");

  /**
   * {@code addTestsToTestPlan}, {@code removeTestExecutionsFromTestPlan}, ...: {@code %1$s} the mutation,
   * {@code %2$s} the argument with the linked ids ({@code testIssueIds} or {@code testExecIssueIds}), {@code %3$s}
   * the selection ({@code { addedTests warning }}, or nothing for the remove mutations, which answer a string).
   */
  static final String CHANGE_LINKED = """
      mutation %1$s($issueId: String!, $%2$s: [String]!) {
        %1$s(issueId: $issueId, %2$s: $%2$s)%3$s
      }""";

  // ---- Test Runs --------------------------------------------------------------------------------------------

  /**
   * What a run carries. {@code $iterations} is the first page of iterations: 100 for one run, fewer in lists so
   * that 100 runs and their iterations stay under Xray's 10,000 items per call.
   */
  private static final String RUN = """
      fragment Run on TestRun {
        id status { name } comment startedOn finishedOn executedById assigneeId defects
        evidence { id filename downloadLink }
        customFields { id name values }
        test { issueId jira(fields: ["key"]) }
        testExecution { issueId jira(fields: ["key"]) }
        iterations(limit: $iterations) { total start limit results { rank status { name } parameters { name value } } }
      }""";

  static final int ITERATIONS_OF_ONE_RUN = 100;
  static final int ITERATIONS_IN_LISTS = 90;

  static final String GET_TEST_RUN = """
      query GetTestRun($testIssueId: String, $testExecIssueId: String, $iterations: Int!) {
        getTestRun(testIssueId: $testIssueId, testExecIssueId: $testExecIssueId) { ...Run }
      }
      """ + RUN;

  static final String GET_TEST_RUN_BY_ID = """
      query GetTestRunById($id: String, $iterations: Int!) {
        getTestRunById(id: $id) { ...Run }
      }
      """ + RUN;

  static final String GET_TEST_RUNS = """
      query GetTestRuns($testExecIssueIds: [String], $testPlanIssueIds: [String], $limit: Int!, $start: Int,
          $iterations: Int!) {
        getTestRuns(testExecIssueIds: $testExecIssueIds, testPlanIssueIds: $testPlanIssueIds, limit: $limit,
            start: $start) { total start limit results { ...Run } }
      }
      """ + RUN;

  static final String GET_TEST_RUN_ITERATIONS = """
      query GetTestRunIterations($id: String, $limit: Int!, $start: Int) {
        getTestRunById(id: $id) {
          iterations(limit: $limit, start: $start) {
            total start limit results { rank status { name } parameters { name value } }
          }
        }
      }""";

  static final String GET_TEST_RUN_STATUS = """
      query GetTestRunStatus($id: String) {
        getTestRunById(id: $id) { id status { name } }
      }""";

  static final String GET_TEST_RUN_COMMENT = """
      query GetTestRunComment($id: String) {
        getTestRunById(id: $id) { id comment }
      }""";

  static final String UPDATE_TEST_RUN_STATUS = """
      mutation UpdateTestRunStatus($id: String!, $status: String!) {
        updateTestRunStatus(id: $id, status: $status)
      }""";

  static final String UPDATE_TEST_RUN_COMMENT = """
      mutation UpdateTestRunComment($id: String!, $comment: String!) {
        updateTestRunComment(id: $id, comment: $comment)
      }""";

  static final String ADD_DEFECTS_TO_TEST_RUN = """
      mutation AddDefectsToTestRun($id: String!, $issues: [String]!) {
        addDefectsToTestRun(id: $id, issues: $issues) { addedDefects warnings }
      }""";

  static final String ADD_EVIDENCE_TO_TEST_RUN = """
      mutation AddEvidenceToTestRun($id: String!, $evidence: [AttachmentDataInput]!) {
        addEvidenceToTestRun(id: $id, evidence: $evidence) { addedEvidence warnings }
      }""";

  static final String UPDATE_TEST_RUN_ASSIGNEE = """
      mutation UpdateTestRun($id: String!, $assigneeId: String) {
        updateTestRun(id: $id, assigneeId: $assigneeId) { warnings }
      }""";

  static final String REMOVE_DEFECTS_FROM_TEST_RUN = """
      mutation RemoveDefectsFromTestRun($id: String!, $issues: [String]!) {
        removeDefectsFromTestRun(id: $id, issues: $issues)
      }""";

  static final String REMOVE_EVIDENCE_FROM_TEST_RUN = """
      mutation RemoveEvidenceFromTestRun($id: String!, $evidenceIds: [String]) {
        removeEvidenceFromTestRun(id: $id, evidenceIds: $evidenceIds) { removedEvidence warnings }
      }""";

  static final String UPDATE_TEST_RUN_EXAMPLE_STATUS = """
      mutation UpdateTestRunExampleStatus($exampleId: String!, $status: String!) {
        updateTestRunExampleStatus(exampleId: $exampleId, status: $status) { warnings }
      }""";

  static final String UPDATE_TEST_RUN_STEP = """
      mutation UpdateTestRunStep($testRunId: String!, $stepId: String!, $iterationRank: String, \
      $updateData: UpdateTestRunStepInput!) {
        updateTestRunStep(testRunId: $testRunId, stepId: $stepId, iterationRank: $iterationRank, \
      updateData: $updateData) { warnings }
      }""";

  static final String UPDATE_ITERATION_STATUS = """
      mutation UpdateIterationStatus($testRunId: String!, $iterationRank: String!, $status: String!) {
        updateIterationStatus(testRunId: $testRunId, iterationRank: $iterationRank, status: $status)
      }""";
}
