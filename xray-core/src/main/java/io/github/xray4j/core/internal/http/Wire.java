package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The wire DTOs: what Xray and Jira send and expect, read leniently (unknown fields ignored, numbers or
 * strings for ids). The facade maps them to the public records, so a quirk of the wire format changes here.
 */
public final class Wire {
  private Wire() {}

  /** {@code {"id","key","self"}}. */
  public record IssueRef(@Nullable String id, @Nullable String key, @Nullable String self) {
    static @Nullable IssueRef of(@Nullable JsonNode node) {
      if (node == null || !node.isObject() || !node.hasNonNull("key")) {
        return null;
      }
      return new IssueRef(text(node, "id"), text(node, "key"), text(node, "self"));
    }
  }

  /**
   * An import answer, whatever its shape: v2 {@code {testExecIssue, testIssues:{success, error}}}, v1
   * {@code {testExecIssue}}, Cloud {@code {id, key, self}}. Everything that is not success is a problem; the
   * Tests named under {@code testIssues.error} (or any other non-success list of {@code testIssues}) were refused.
   */
  public record ImportResponse(IssueRef testExecution, List<IssueRef> tests, List<String> problems,
      List<String> refused) {
    private static final Set<String> KNOWN = Set.of("testExecIssue", "testIssues", "id", "key", "self");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ImportResponse of(JsonNode node) {
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("an import answer must be a JSON object, was: " + node);
      }
      IssueRef execution = IssueRef.of(node.has("testExecIssue") ? node.get("testExecIssue") : node);
      if (execution == null) {
        throw new IllegalArgumentException("the import answer names no Test Execution (no testExecIssue or key)");
      }
      List<IssueRef> tests = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      JsonNode testIssues = node.get("testIssues");
      if (testIssues != null && testIssues.isObject()) {
        testIssues.properties().forEach(field -> {
          if (field.getKey().equals("success")) {
            field.getValue().forEach(t -> {
              IssueRef ref = IssueRef.of(t);
              if (ref != null) {
                tests.add(ref);
              }
            });
          } else {
            problems(field.getKey(), field.getValue(), problems);
            refusedKeys(field.getValue(), refused);
          }
        });
      }
      node.properties().forEach(field -> {
        if (!KNOWN.contains(field.getKey())) {
          problems(field.getKey(), field.getValue(), problems);
        }
      });
      return new ImportResponse(execution, tests, problems, refused);
    }

    private static void refusedKeys(JsonNode value, List<String> out) {
      if (value.isArray()) {
        value.forEach(element -> refusedKeys(element, out));
      } else if (value.isObject() && value.hasNonNull("testKey")) {
        out.add(value.get("testKey").asText());
      } else if (value.isObject() && value.hasNonNull("key")) {
        out.add(value.get("key").asText());
      }
    }

    private static void problems(String field, JsonNode value, List<String> out) {
      if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())
          || (value.isTextual() && value.asText().isBlank())) {
        return;
      }
      if (value.isArray()) {
        value.forEach(element -> problems(field, element, out));
      } else if (value.isObject() && value.has("testKey")) {
        out.add(field + ": " + value.get("testKey").asText() + ": "
            + (value.has("messages") ? value.get("messages").toString()
                : value.has("message") ? value.get("message").asText() : value.toString()));
      } else if (value.isObject() && value.has("key")) {
        out.add(field + ": " + value.get("key").asText() + ": " + value);
      } else {
        out.add(field + ": " + (value.isTextual() ? value.asText() : value.toString()));
      }
    }
  }

  /** A Test, as {@code GET api/test?keys=} answers. */
  public record Test(@Nullable String id, String key, @Nullable String self, @Nullable String type,
                     @Nullable String definition) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Test of(JsonNode node) {
      JsonNode type = node.has("type") ? node.get("type") : node.get("testType");
      String typeName = type == null || type.isNull() ? null : type.isObject() ? text(type, "name") : type.asText();
      JsonNode definition = node.get("definition");
      String def = definition == null || definition.isNull() ? null
          : definition.isTextual() ? definition.asText() : definition.toString();
      return new Test(text(node, "id"), required(node, "key"), text(node, "self"), typeName, def);
    }
  }

  /** A test step, v1 ({@code step/data/result} with {@code raw}) or v2 ({@code fields}) shape. */
  public record Step(String id, int index, String action, String data, String result) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Step of(JsonNode node) {
      JsonNode fields = node.get("fields");
      if (fields != null && fields.isObject()) {
        return new Step(node.path("id").asText(), node.path("index").asInt(), raw(fields.get("Action")),
            raw(fields.get("Data")), raw(fields.get("Expected Result")));
      }
      return new Step(node.path("id").asText(), node.path("index").asInt(),
          raw(node.has("step") ? node.get("step") : node.get("action")), raw(node.get("data")),
          raw(node.get("result")));
    }

    private static String raw(@Nullable JsonNode node) {
      if (node == null || node.isNull()) {
        return "";
      }
      if (node.isObject() && node.has("value")) {
        return raw(node.get("value"));
      }
      if (node.isObject() && node.has("raw")) {
        return node.get("raw").asText();
      }
      return node.isTextual() ? node.asText() : node.toString();
    }
  }

  /** v2 {@code {"steps":[..]}}. */
  public record Steps(List<Step> steps) {}

  /** v1 step create/update body. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StepV1(String step, String data, String result) {}

  /** v2 step create/update body. */
  public record StepV2(Map<String, String> fields) {
    public static StepV2 of(String action, String data, String result) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Action", action);
      fields.put("Data", data);
      fields.put("Expected Result", result);
      return new StepV2(fields);
    }
  }

  /** v2 step create answer: the new step's id. */
  public record Created(String id) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Created of(JsonNode node) {
      return new Created(node.isValueNode() ? node.asText() : node.path("id").asText());
    }
  }

  /** One issue in an association list (Tests of an execution, plan, set, pre-condition; executions of a plan). */
  public record Linked(@Nullable String id, String key, @Nullable Integer rank, @Nullable String status) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Linked of(JsonNode node) {
      String status = text(node, "status");
      if (status == null) {
        status = text(node, "latestStatus");
      }
      return new Linked(text(node, "id"), required(node, "key"), node.hasNonNull("rank") ? node.get("rank").asInt() : null,
          status);
    }
  }

  /** {@code {"add":[..],"remove":[..]}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Association(List<String> add, List<String> remove) {}

  /**
   * A Test Run as Server/DC answers it ({@code GET api/testrun}, {@code testruns} export): numeric ids read as
   * text, {@code evidences} (or {@code evidence}) with {@code fileName} or {@code filename}, custom fields and
   * v2 iterations when sent.
   */
  public record TestRun(String id, @Nullable String status, @Nullable String testKey, @Nullable String testExecKey,
                        @Nullable String assignee, @Nullable String executedBy, @Nullable String startedOn,
                        @Nullable String finishedOn, @Nullable String comment, List<String> defects,
                        List<RunEvidence> evidence, List<RunField> customFields, List<RunIteration> iterations) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TestRun of(JsonNode node) {
      List<String> defects = new ArrayList<>();
      node.path("defects").forEach(d -> defects.add(d.isTextual() ? d.asText() : d.path("key").asText()));
      JsonNode comment = node.get("comment");
      String text = comment == null || comment.isNull() ? null
          : comment.isObject() ? text(comment, "raw") : comment.asText();
      List<RunEvidence> evidence = new ArrayList<>();
      JsonNode evidences = node.has("evidences") ? node.get("evidences") : node.path("evidence");
      evidences.forEach(e -> evidence.add(new RunEvidence(text(e, "id"),
          e.has("fileName") ? e.get("fileName").asText() : e.path("filename").asText(),
          e.has("fileURL") ? text(e, "fileURL") : text(e, "downloadLink"))));
      List<RunField> fields = new ArrayList<>();
      node.path("customFields").forEach(f -> fields.add(new RunField(f.path("id").asText(), text(f, "name"),
          value(f.has("value") ? f.get("value") : f.get("values")))));
      List<RunIteration> iterations = new ArrayList<>();
      node.path("iterations").forEach(i -> iterations.add(RunIteration.of(i)));
      return new TestRun(node.path("id").asText(), statusName(node.get("status")), text(node, "testKey"),
          text(node, "testExecKey"), text(node, "assignee"), text(node, "executedBy"),
          node.has("startedOn") ? text(node, "startedOn") : text(node, "start"),
          node.has("finishedOn") ? text(node, "finishedOn") : text(node, "finish"), text, defects, evidence, fields,
          iterations);
    }
  }

  /** Evidence of a run: id, file name, download link. */
  public record RunEvidence(@Nullable String id, String filename, @Nullable String downloadLink) {}

  /** A custom field of a run: id, name, value as JSON text (or plain text). */
  public record RunField(String id, @Nullable String name, @Nullable String value) {}

  /** An iteration of a run: rank or id, status, parameters. */
  public record RunIteration(String rank, @Nullable String status, Map<String, String> parameters) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RunIteration of(JsonNode node) {
      Map<String, String> parameters = new LinkedHashMap<>();
      node.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p.path("value").asText()));
      return new RunIteration(node.has("rank") ? node.get("rank").asText() : node.path("id").asText(),
          statusName(node.get("status")), parameters);
    }
  }

  /** A status as a name, whether sent as {@code "PASS"} or {@code {"name":"PASSED",..}}. */
  public static @Nullable String statusName(@Nullable JsonNode status) {
    return status == null || status.isNull() ? null : status.isObject() ? text(status, "name") : status.asText();
  }

  /** A value as text: itself when plain, its JSON text when a list or object. */
  static @Nullable String value(@Nullable JsonNode value) {
    return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
  }

  /** {@code {"raw","rendered"}} of a run comment. */
  public record Comment(@Nullable String raw) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Comment of(JsonNode node) {
      return new Comment(node.isTextual() ? node.asText() : text(node, "raw"));
    }
  }

  /** {@code {"data","filename","contentType"}}. */
  public record Evidence(String data, String filename, String contentType) {}

  /**
   * The body of Server/DC's {@code PUT testrun/{id}}: only what is set is sent; evidence goes as
   * {@code evidences}, the one name that endpoint documents.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RunUpdate(@Nullable String status, @Nullable String assignee, @Nullable String comment,
                          @Nullable Association defects, @Nullable EvidenceChange evidences,
                          List<ExampleUpdate> examples, List<StepUpdate> steps) {}

  /** {@code {"add":[{data,filename,contentType}],"remove":["254"]}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record EvidenceChange(List<Evidence> add, List<String> remove) {}

  /** {@code {"id":"1379","status":"TODO"}}. */
  public record ExampleUpdate(String id, String status) {}

  /** {@code {"id":"731","status":"FAIL","comment":".."}}: a step result, unset fields left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StepUpdate(String id, @Nullable String status, @Nullable String comment) {}

  /** The body of Server/DC v2's {@code PUT testrun/{id}/iteration/{iterationId}}: status and step results. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record IterationUpdate(@Nullable String status, List<StepUpdate> steps) {}

  /** A test run status setting. */
  public record StatusSetting(String id, String name, @Nullable String description, @Nullable String color,
                              boolean isFinal) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatusSetting of(JsonNode node) {
      return new StatusSetting(node.path("id").asText(), required(node, "name"), text(node, "description"),
          text(node, "color"), node.path("final").asBoolean(node.path("isFinal").asBoolean(false)));
    }
  }

  /**
   * A Jira issue link: {@code {"type":{"name":"Tests"},"inwardIssue":{"key":"CALC-1"},"outwardIssue":{"key":"CALC-9"}}}
   * makes the inward issue "test" the outward one.
   */
  public record IssueLink(Map<String, String> type, Map<String, String> inwardIssue, Map<String, String> outwardIssue) {
    /** {@code test} tests {@code requirement}: Xray's coverage link on Server/DC. */
    public static IssueLink tests(String test, String requirement) {
      return new IssueLink(Map.of("name", "Tests"), Map.of("key", test), Map.of("key", requirement));
    }
  }

  /** Jira {@code {"fields":{..}}}. */
  public record CreateIssue(Map<String, Object> fields) {}

  /** A Jira issue. */
  public record JiraIssue(@Nullable String id, String key, @Nullable String self, Map<String, Object> fields) {}

  /** Jira {@code myself}. */
  public record JiraUser(@Nullable String name, @Nullable String key, @Nullable String accountId,
                         @Nullable String displayName, @Nullable String emailAddress) {}

  /** A GraphQL request. */
  public record GraphQlRequest(String query, Map<String, ?> variables) {}

  /** Jira's search answer, {@code {"issues": [{"id", "key", "self"}, ...]}}. */
  public record FoundIssues(List<IssueRef> issues) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FoundIssues of(JsonNode node) {
      List<IssueRef> issues = new ArrayList<>();
      node.path("issues").forEach(issue -> {
        IssueRef ref = IssueRef.of(issue);
        if (ref != null) {
          issues.add(ref);
        }
      });
      return new FoundIssues(issues);
    }
  }

  /**
   * A feature import answer, whatever its shape: Server/DC answers an array of issues (each with its
   * {@code issueType}) or, when it refused part of the import, an object {@code {message, testIssues,
   * preConditionIssues}}; Cloud answers {@code {errors, updatedOrCreatedTests, updatedOrCreatedPreconditions}}.
   * What Xray refused is in {@code errors}, beside what it imported.
   */
  public record FeatureImport(List<IssueRef> tests, List<IssueRef> preconditions, List<String> errors) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FeatureImport of(JsonNode node) {
      List<IssueRef> tests = new ArrayList<>();
      List<IssueRef> preconditions = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(n -> add(isPrecondition(n) ? preconditions : tests, n));
      } else if (node.isObject() && (node.has("updatedOrCreatedTests") || node.has("errors"))) {
        node.path("errors").forEach(e -> errors.add(e.isTextual() ? e.asText() : e.toString()));
        node.path("updatedOrCreatedTests").forEach(n -> add(tests, n));
        node.path("updatedOrCreatedPreconditions").forEach(n -> add(preconditions, n));
      } else if (node.isObject() && (node.has("message") || node.has("testIssues"))) {
        String message = text(node, "message");
        if (message != null && !message.isBlank()) {
          errors.add(message.strip());
        }
        node.path("testIssues").forEach(n -> add(tests, n));
        node.path("preConditionIssues").forEach(n -> add(preconditions, n));
        node.path("preconditionIssues").forEach(n -> add(preconditions, n));
      } else {
        throw new IllegalArgumentException("a feature import answer must be an array of issues or an object with"
            + " updatedOrCreatedTests/errors (Cloud) or message/testIssues (Server/DC), was: " + node);
      }
      return new FeatureImport(tests, preconditions, errors);
    }

    private static boolean isPrecondition(JsonNode node) {
      String type = text(node.path("issueType"), "name");
      return type != null && type.replace("-", "").equalsIgnoreCase("precondition");
    }

    private static void add(List<IssueRef> issues, JsonNode node) {
      IssueRef ref = IssueRef.of(node);
      if (ref != null) {
        issues.add(ref);
      }
    }
  }

  /** A 200 whose body lists errors (GraphQL {@code errors}, Cloud feature import {@code errors}). */
  public static final class ReportedErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;

    ReportedErrors(List<String> messages) {
      super(String.join("; ", messages));
      this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
      return messages;
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("'" + field + "' is missing in " + node);
    }
    return value;
  }
}
