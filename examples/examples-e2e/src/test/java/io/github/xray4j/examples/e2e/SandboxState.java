package io.github.xray4j.examples.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Xray sandbox received, read from its state ({@code GET /sandbox/state}): only the parts the
 * end-to-end checks look at.
 */
record SandboxState(List<TestIssue> tests, List<Execution> testExecutions, List<Request> requests) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  SandboxState {
    tests = tests == null ? List.of() : List.copyOf(tests);
    testExecutions = testExecutions == null ? List.of() : List.copyOf(testExecutions);
    requests = requests == null ? List.of() : List.copyOf(requests);
  }

  /** The one Test with this summary: the seed's, or one Xray created for a result without a key. */
  TestIssue testWithSummary(String summary) {
    List<TestIssue> found = tests.stream().filter(test -> summary.equals(test.summary())).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one Test \"" + summary + "\" in the sandbox, found " + found);
    }
    return found.get(0);
  }

  static SandboxState parse(String stateJson) {
    try {
      return JSON.readValue(stateJson, SandboxState.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the sandbox state is not what these checks expect: " + e.getMessage(), e);
    }
  }

  /** A request the sandbox answered. */
  record Request(String method, String path, int status) {}

  /** A Test issue. */
  record TestIssue(
      String key, String project, String type, String summary, String definition, List<String> requirementKeys) {}

  /** A Test Execution and its Test Runs. */
  record Execution(
      String key, String project, String summary, String description, List<String> testEnvironments, List<Run> runs) {

    /** The runs by Test key. */
    Map<String, Run> runsByTest() {
      return runs.stream().collect(Collectors.toMap(Run::testKey, Function.identity()));
    }

    /** The run of one Test. */
    Run run(String testKey) {
      Run run = runsByTest().get(testKey);
      if (run == null) {
        throw new AssertionError(key + " has no run of " + testKey + "; it has " + runsByTest().keySet());
      }
      return run;
    }

    /** Each Test key with its run's status. */
    Map<String, String> statusByTest() {
      return runs.stream().collect(Collectors.toMap(Run::testKey, Run::status));
    }
  }

  /** A Test Run. */
  record Run(
      String testKey,
      String status,
      String comment,
      List<Evidence> evidence,
      List<Iteration> iterations,
      List<String> examples) {}

  /** Evidence as the sandbox keeps it: name, content type and decoded size. */
  record Evidence(String filename, String contentType, int size) {}

  /** One iteration of a data-driven run. */
  record Iteration(String name, List<Parameter> parameters, String status) {}

  /** A parameter of an iteration. */
  record Parameter(String name, String value) {}
}
