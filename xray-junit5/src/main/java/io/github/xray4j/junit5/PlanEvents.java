package io.github.xray4j.junit5;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

/** The execution events of one test plan; {@link #INERT} ignores them all (reporting is off). */
interface PlanEvents {

  PlanEvents INERT = new PlanEvents() {};

  default void dynamicTestRegistered(TestIdentifier node) {}

  default void executionStarted(TestIdentifier node) {}

  default void executionSkipped(TestIdentifier node, String reason) {}

  default void executionFinished(TestIdentifier node, TestExecutionResult result) {}

  default void reportingEntryPublished(TestIdentifier node, ReportEntry entry) {}

  default void fileEntryPublished(TestIdentifier node, FileEntry file) {}

  /** The plan has finished: hand over anything still open. */
  default void finish() {}
}
