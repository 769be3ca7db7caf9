package io.github.xray4j.sandbox.internal;

import static io.github.xray4j.sandbox.internal.JsonFields.text;
import static io.github.xray4j.sandbox.internal.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Records.EvidenceInfo;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
import io.github.xray4j.sandbox.internal.Records.IterationResult;
import io.github.xray4j.sandbox.internal.Records.ParameterValue;
import io.github.xray4j.sandbox.internal.Records.RunContent;
import io.github.xray4j.sandbox.internal.Records.StepResult;
import io.github.xray4j.sandbox.internal.Records.TestEntry;
import io.github.xray4j.sandbox.internal.Records.TestInfo;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Xray JSON import document strictly, the way Xray validates it: every problem found is collected
 * and reported in one 400 {@code {"error":"..."}}, joined by {@code "; "}. Checks here need no state;
 * whether keys and projects exist is checked by the {@link ImportRules}.
 */
final class XrayJsonReader {

  /** Xray's date format: ISO-8601 with an offset and no fraction. */
  static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ssXXX";

  private static final DateTimeFormatter XRAY_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withResolverStyle(ResolverStyle.STRICT);
  private static final List<String> TEST_TYPES = List.of("Generic", "Cucumber", "Manual");

  private final ApiFlavour flavour;
  private final Set<String> statuses;
  private final String validStatusList;

  XrayJsonReader(ApiFlavour flavour, List<String> customStatuses) {
    this.flavour = flavour;
    Set<String> all = new LinkedHashSet<>(flavour.builtInStatuses());
    all.addAll(customStatuses);
    this.statuses = Set.copyOf(all);
    this.validStatusList = String.join(", ", all);
  }

  /** Reads a whole document; {@code testExecutionKey} and {@code info} as well as {@code tests}. */
  ImportDocument read(JsonNode root) {
    List<String> errors = new ArrayList<>();
    if (!root.isObject()) {
      throw ApiError.badRequest("The request body must be an Xray JSON object with \"info\" and \"tests\"");
    }
    String executionKey = text(root, "testExecutionKey", "testExecutionKey", errors);
    ExecutionFields info = readInfo(root.get("info"), errors);
    List<TestEntry> tests = readTests(root.get("tests"), errors);
    throwIfAny(errors);
    return new ImportDocument(executionKey, info, tests, false);
  }

  /** Reads only the {@code tests} of a document (multipart imports take the execution from the info part). */
  ImportDocument readTestsOnly(JsonNode root, ExecutionFields info) {
    List<String> errors = new ArrayList<>();
    if (!root.isObject()) {
      throw ApiError.badRequest("The results part must be an Xray JSON object with \"tests\"");
    }
    ExecutionFields fromDocument = readInfo(root.get("info"), errors);
    List<TestEntry> tests = readTests(root.get("tests"), errors);
    throwIfAny(errors);
    return new ImportDocument(null, info.orElse(fromDocument), tests, false);
  }

  static void throwIfAny(List<String> errors) {
    if (!errors.isEmpty()) {
      throw ApiError.badRequest(String.join("; ", errors));
    }
  }

  ExecutionFields readInfo(@Nullable JsonNode info, List<String> errors) {
    if (info == null || info.isNull()) {
      return ExecutionFields.NONE;
    }
    if (!info.isObject()) {
      errors.add("info must be a JSON object");
      return ExecutionFields.NONE;
    }
    String start = date(info, "startDate", "info", errors);
    String finish = date(info, "finishDate", "info", errors);
    return new ExecutionFields(
        text(info, "project", "info", errors),
        text(info, "summary", "info", errors),
        text(info, "description", "info", errors),
        text(info, "version", "info", errors),
        text(info, "revision", "info", errors),
        text(info, "user", "info", errors),
        start, finish,
        text(info, "testPlanKey", "info", errors),
        info.has("testEnvironments") ? texts(info, "testEnvironments", "info", errors) : null);
  }

  private List<TestEntry> readTests(@Nullable JsonNode tests, List<String> errors) {
    if (tests == null || tests.isNull() || (tests.isArray() && tests.isEmpty())) {
      errors.add("There are no valid tests imported");
      return List.of();
    }
    if (!tests.isArray()) {
      errors.add("tests must be a JSON array");
      return List.of();
    }
    List<TestEntry> entries = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      JsonNode test = tests.get(i);
      if (!test.isObject()) {
        errors.add("tests[" + i + "] must be a JSON object");
        continue;
      }
      TestEntry entry = readTest(test, i, errors);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private @Nullable TestEntry readTest(JsonNode test, int index, List<String> errors) {
    int before = errors.size();
    String key = text(test, "testKey", "tests[" + index + "]", errors);
    JsonNode infoNode = test.get("testInfo");
    String label = key != null ? "Test " + key
        : infoNode != null && infoNode.path("summary").isTextual()
        ? "Test \"" + infoNode.path("summary").asText() + "\"" : "tests[" + index + "]";
    TestInfo testInfo = null;
    if (infoNode != null && !infoNode.isNull()) {
      testInfo = readTestInfo(infoNode, label, errors);
    }
    if (key == null && infoNode == null) {
      errors.add(label + ": each test needs a testKey or a testInfo");
    }
    RunContent content = readRun(test, label, errors);
    if (errors.size() > before || content == null) {
      return null;
    }
    return new TestEntry(label, key, testInfo, content);
  }

  private @Nullable TestInfo readTestInfo(JsonNode node, String label, List<String> errors) {
    if (!node.isObject()) {
      errors.add(label + ": testInfo must be a JSON object");
      return null;
    }
    String where = label + " testInfo";
    String projectKey = text(node, "projectKey", where, errors);
    String summary = text(node, "summary", where, errors);
    String type = node.has("type") ? text(node, "type", where, errors) : text(node, "testType", where, errors);
    String definition = text(node, "definition", where, errors);
    String scenario = text(node, "scenario", where, errors);
    List<String> requirements = texts(node, "requirementKeys", where, errors);
    List<String> labels = texts(node, "labels", where, errors);
    boolean ok = true;
    if (projectKey == null) {
      errors.add(where + ": projectKey is required");
      ok = false;
    }
    if (summary == null) {
      errors.add(where + ": summary is required");
      ok = false;
    }
    if (type == null || !TEST_TYPES.contains(type)) {
      errors.add(where + ": type must be one of " + String.join(", ", TEST_TYPES)
          + (type == null ? "" : ", not \"" + type + "\""));
      ok = false;
    } else if (type.equals("Generic") && definition == null) {
      errors.add(where + ": definition is required for a Generic Test");
      ok = false;
    }
    if (!ok || projectKey == null || summary == null || type == null) {
      return null;
    }
    return new TestInfo(projectKey, summary, type, type.equals("Cucumber") ? scenario : definition,
        requirements, labels);
  }

  private @Nullable RunContent readRun(JsonNode test, String label, List<String> errors) {
    String status = status(test, "status", label, errors);
    String comment = text(test, "comment", label, errors);
    String start = date(test, "start", label, errors);
    String finish = date(test, "finish", label, errors);
    List<String> defects = texts(test, "defects", label, errors);
    List<EvidenceInfo> evidence = evidence(test, label, errors);
    int details = (test.has("steps") ? 1 : 0) + (test.has("examples") ? 1 : 0) + (test.has("iterations") ? 1 : 0);
    if (details > 1) {
      errors.add(label + ": use only one of steps, examples and iterations");
    }
    List<String> examples = new ArrayList<>();
    JsonNode examplesNode = test.get("examples");
    if (examplesNode != null) {
      if (!examplesNode.isArray()) {
        errors.add(label + ": examples must be an array of statuses");
      } else {
        for (int i = 0; i < examplesNode.size(); i++) {
          String value = checkStatus(examplesNode.get(i), label + " examples[" + i + "]", errors);
          if (value != null) {
            examples.add(value);
          }
        }
      }
    }
    List<StepResult> steps = steps(test.get("steps"), label, errors);
    List<IterationResult> iterations = new ArrayList<>();
    JsonNode iterationsNode = test.get("iterations");
    if (iterationsNode != null) {
      if (!iterationsNode.isArray()) {
        errors.add(label + ": iterations must be an array");
      } else {
        for (int i = 0; i < iterationsNode.size(); i++) {
          IterationResult iteration = iteration(iterationsNode.get(i), label + " iterations[" + i + "]", errors);
          if (iteration != null) {
            iterations.add(iteration);
          }
        }
      }
    }
    if (status == null) {
      return null;
    }
    return new RunContent(status, comment, start, finish, defects, evidence, iterations, examples, steps);
  }

  private @Nullable IterationResult iteration(JsonNode node, String where, List<String> errors) {
    if (!node.isObject()) {
      errors.add(where + " must be a JSON object");
      return null;
    }
    String name = text(node, "name", where, errors);
    String status = status(node, "status", where, errors);
    String log = text(node, "log", where, errors);
    String duration = text(node, "duration", where, errors);
    List<ParameterValue> parameters = new ArrayList<>();
    JsonNode params = node.get("parameters");
    if (params != null) {
      if (!params.isArray()) {
        errors.add(where + ": parameters must be an array of {name, value}");
      } else {
        for (int i = 0; i < params.size(); i++) {
          JsonNode param = params.get(i);
          String pWhere = where + " parameters[" + i + "]";
          String pName = text(param, "name", pWhere, errors);
          String pValue = text(param, "value", pWhere, errors);
          if (pName == null) {
            errors.add(pWhere + ": name is required");
          } else {
            parameters.add(new ParameterValue(pName, pValue == null ? "" : pValue));
          }
        }
      }
    }
    List<StepResult> steps = steps(node.get("steps"), where, errors);
    return status == null ? null : new IterationResult(name, parameters, status, log, duration, steps);
  }

  private List<StepResult> steps(@Nullable JsonNode node, String where, List<String> errors) {
    List<StepResult> steps = new ArrayList<>();
    if (node == null) {
      return steps;
    }
    if (!node.isArray()) {
      errors.add(where + ": steps must be an array");
      return steps;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode step = node.get(i);
      String sWhere = where + " steps[" + i + "]";
      if (!step.isObject()) {
        errors.add(sWhere + " must be a JSON object");
        continue;
      }
      String status = status(step, "status", sWhere, errors);
      String comment = text(step, "comment", sWhere, errors);
      String actual = text(step, "actualResult", sWhere, errors);
      List<EvidenceInfo> evidence = evidence(step, sWhere, errors);
      if (status != null) {
        steps.add(new StepResult(status, comment, actual, evidence));
      }
    }
    return steps;
  }

  /** Accepts {@code evidence} (newer Server docs, Cloud) and {@code evidences} (older Server, deprecated on Cloud). */
  private List<EvidenceInfo> evidence(JsonNode node, String where, List<String> errors) {
    if (node.has("evidence") && node.has("evidences")) {
      errors.add(where + ": use either evidence or evidences, not both");
      return List.of();
    }
    String field = node.has("evidence") ? "evidence" : "evidences";
    JsonNode list = node.get(field);
    List<EvidenceInfo> evidence = new ArrayList<>();
    if (list == null || list.isNull()) {
      return evidence;
    }
    if (!list.isArray()) {
      errors.add(where + ": " + field + " must be an array of {data, filename, contentType}");
      return evidence;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String eWhere = where + " " + field + "[" + i + "]";
      String filename = text(item, "filename", eWhere, errors);
      String contentType = text(item, "contentType", eWhere, errors);
      String data = text(item, "data", eWhere, errors);
      String named = filename == null ? eWhere : where + " evidence \"" + filename + "\"";
      if (filename == null) {
        errors.add(eWhere + ": filename is required");
      }
      if (data == null) {
        errors.add(named + ": data is required (the file content, base64-encoded)");
        continue;
      }
      Integer size = base64Size(data);
      if (size == null) {
        errors.add(named + ": data is not valid base64");
      } else if (filename != null) {
        evidence.add(new EvidenceInfo(filename, contentType, size));
      }
    }
    return evidence;
  }

  static @Nullable Integer base64Size(String data) {
    try {
      return Base64.getDecoder().decode(data).length;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private @Nullable String status(JsonNode node, String field, String where, List<String> errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      errors.add(where + ": " + field + " is required");
      return null;
    }
    return checkStatus(value, where + " " + field, errors);
  }

  private @Nullable String checkStatus(JsonNode value, String where, List<String> errors) {
    if (!value.isTextual() || !statuses.contains(value.asText())) {
      errors.add(where + " " + value + " is not a valid status on " + flavour.displayName()
          + "; valid: " + validStatusList);
      return null;
    }
    return value.asText();
  }

  private static @Nullable String date(JsonNode node, String field, String where, List<String> errors) {
    String value = text(node, field, where, errors);
    if (value == null) {
      return null;
    }
    try {
      XRAY_DATE.parse(value);
      return value;
    } catch (DateTimeParseException e) {
      errors.add(where + ": " + field + " \"" + value + "\" is not a date in the format " + DATE_PATTERN
          + " (e.g. 2026-05-01T10:00:00+00:00)");
      return null;
    }
  }
}
