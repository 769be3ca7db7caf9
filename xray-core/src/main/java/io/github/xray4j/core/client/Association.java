package io.github.xray4j.core.client;

/**
 * The issue lists Xray keeps on its entities, read with {@link XrayClient#getLinked(Association, String)} and
 * changed with {@link XrayClient#updateLinked(Association, String, java.util.Collection, java.util.Collection)}.
 */
public enum Association {
  /** The Tests of a Test Execution: {@code api/testexec/{key}/test}. */
  EXECUTION_TESTS("testexec", "test"),
  /** The Tests of a Test Plan: {@code api/testplan/{key}/test}. */
  PLAN_TESTS("testplan", "test"),
  /** The Test Executions of a Test Plan: {@code api/testplan/{key}/testexecution}. */
  PLAN_EXECUTIONS("testplan", "testexecution"),
  /** The Tests of a Test Set: {@code api/testset/{key}/test}. */
  SET_TESTS("testset", "test"),
  /** The Tests of a Pre-Condition: {@code api/precondition/{key}/test}. */
  PRECONDITION_TESTS("precondition", "test");

  private final String entity;
  private final String linked;

  Association(String entity, String linked) {
    this.entity = entity;
    this.linked = linked;
  }

  String entity() {
    return entity;
  }

  String linked() {
    return linked;
  }
}
