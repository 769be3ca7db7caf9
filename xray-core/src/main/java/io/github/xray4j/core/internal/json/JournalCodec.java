package io.github.xray4j.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.model.TestStep;
import io.github.xray4j.core.model.TestType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The journal's line format: one JSON object per line, {@code {"type": ..., ...}}. Results are written whole (the
 * model, not the Xray document), so that a journal read back gives the very results that were added. Evidence
 * must be on disk ({@link Evidence.File}) by the time a result is encoded: the journal spills bytes first.
 */
public final class JournalCodec {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JournalCodec() {}

  /** One line of a journal, decoded: its type and fields. */
  public record Line(String type, Map<String, @Nullable Object> fields, @Nullable TestResult result,
      @Nullable ExecutionInfo info) {}

  /** A line with plain fields (strings, numbers, lists of strings, maps of string to number), UTF-8, with '\n'. */
  public static byte[] line(String type, Map<String, ?> fields) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", type);
    fields.forEach((name, value) -> node.set(name, MAPPER.valueToTree(value)));
    return bytes(node);
  }

  /** The header line: plain fields and the run's Test Execution fields. */
  public static byte[] header(Map<String, ?> fields, ExecutionInfo info) {
    ObjectNode node = (ObjectNode) read(line("header", fields));
    node.set("info", info(info));
    return bytes(node);
  }

  /** A result line; {@code unit} names the test unit whose later result (a re-run) replaces it, or is null. */
  public static byte[] result(long seq, @Nullable String unit, TestResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", "result");
    node.put("seq", seq);
    put(node, "unit", unit);
    node.set("result", result(result));
    return bytes(node);
  }

  /**
   * Decodes one line (without its '\n').
   *
   * @throws IllegalArgumentException if it is not a journal line (a line cut short by a dying JVM)
   */
  public static Line decode(byte[] line) {
    JsonNode node = read(line);
    if (!node.isObject() || !node.path("type").isTextual()) {
      throw new IllegalArgumentException("not a journal line");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> fields = MAPPER.convertValue(node, Map.class);
    JsonNode result = node.get("result");
    JsonNode info = node.get("info");
    return new Line(node.get("type").asText(), fields, result == null ? null : result(result),
        info == null ? null : info(info));
  }

  private static JsonNode read(byte[] line) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      String text = MAPPER.writeValueAsString(node); // no raw line break: JSON escapes them in strings
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a journal line", e);
    }
  }

  // ---- encoding -----------------------------------------------------------------------------------------

  private static ObjectNode info(ExecutionInfo info) {
    ObjectNode node = MAPPER.createObjectNode();
    put(node, "project", info.project());
    put(node, "summary", info.summary());
    put(node, "description", info.description());
    put(node, "fixVersion", info.fixVersion());
    put(node, "revision", info.revision());
    put(node, "user", info.user());
    put(node, "startDate", info.startDate());
    put(node, "finishDate", info.finishDate());
    put(node, "testPlanKey", info.testPlanKey());
    strings(node, "testEnvironments", info.testEnvironments());
    return node;
  }

  private static ObjectNode result(TestResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    put(node, "testKey", result.testKey());
    if (result.testInfo() != null) {
      node.set("testInfo", testInfo(result.testInfo()));
    }
    node.set("status", status(result.status()));
    put(node, "start", result.start());
    put(node, "finish", result.finish());
    put(node, "comment", result.comment());
    strings(node, "defects", result.defects());
    node.set("evidence", evidence(result.evidence()));
    ArrayNode iterations = node.putArray("iterations");
    for (Iteration iteration : result.iterations()) {
      ObjectNode it = iterations.addObject();
      put(it, "name", iteration.name());
      ArrayNode parameters = it.putArray("parameters");
      for (Parameter parameter : iteration.parameters()) {
        parameters.addObject().put("name", parameter.name()).put("value", parameter.value());
      }
      it.set("status", status(iteration.status()));
      put(it, "log", iteration.log());
      if (iteration.duration() != null) {
        it.put("duration", iteration.duration().toString());
      }
      it.set("steps", steps(iteration.steps()));
    }
    ArrayNode examples = node.putArray("examples");
    result.examples().forEach(example -> examples.add(status(example)));
    node.set("steps", steps(result.steps()));
    ArrayNode fields = node.putArray("customFields");
    for (CustomField field : result.customFields()) {
      ObjectNode f = fields.addObject();
      put(f, "id", field.id());
      put(f, "name", field.name());
      f.put("value", field.value());
    }
    return node;
  }

  private static ObjectNode testInfo(TestInfo info) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("projectKey", info.projectKey());
    node.put("summary", info.summary());
    node.put("type", info.type().name());
    put(node, "definition", info.definition());
    ArrayNode steps = node.putArray("steps");
    for (TestStep step : info.steps()) {
      ObjectNode s = steps.addObject();
      s.put("action", step.action());
      put(s, "data", step.data());
      put(s, "result", step.result());
    }
    put(node, "scenario", info.scenario());
    strings(node, "requirementKeys", info.requirementKeys());
    strings(node, "labels", info.labels());
    return node;
  }

  private static ArrayNode steps(List<StepResult> steps) {
    ArrayNode array = MAPPER.createArrayNode();
    for (StepResult step : steps) {
      ObjectNode s = array.addObject();
      s.set("status", status(step.status()));
      put(s, "comment", step.comment());
      put(s, "actualResult", step.actualResult());
      s.set("evidence", evidence(step.evidence()));
      strings(s, "defects", step.defects());
    }
    return array;
  }

  private static ArrayNode evidence(List<Evidence> files) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Evidence file : files) {
      if (!(file instanceof Evidence.File onDisk)) {
        throw new IllegalArgumentException("evidence " + file.filename() + " must be spilled to a file first");
      }
      array.addObject().put("path", onDisk.path().toString()).put("filename", onDisk.filename())
          .put("contentType", onDisk.contentType());
    }
    return array;
  }

  private static ObjectNode status(Status status) {
    return MAPPER.createObjectNode().put("server", status.serverName()).put("cloud", status.cloudName());
  }

  private static void put(ObjectNode node, String field, @Nullable Object value) {
    if (value != null) {
      node.put(field, value.toString());
    }
  }

  private static void strings(ObjectNode node, String field, List<String> values) {
    ArrayNode array = node.putArray(field);
    values.forEach(array::add);
  }

  // ---- decoding -----------------------------------------------------------------------------------------

  private static ExecutionInfo info(JsonNode node) {
    return new ExecutionInfo(text(node, "project"), text(node, "summary"), text(node, "description"),
        text(node, "fixVersion"), text(node, "revision"), text(node, "user"), instant(node, "startDate"),
        instant(node, "finishDate"), text(node, "testPlanKey"), strings(node, "testEnvironments"));
  }

  private static TestResult result(JsonNode node) {
    JsonNode info = node.get("testInfo");
    List<Iteration> iterations = list(node.path("iterations"), it -> new Iteration(text(it, "name"),
        list(it.path("parameters"), p -> new Parameter(p.path("name").asText(), p.path("value").asText())),
        status(it.path("status")), text(it, "log"),
        it.hasNonNull("duration") ? Duration.parse(it.get("duration").asText()) : null, steps(it.path("steps"))));
    return new TestResult(text(node, "testKey"), info == null ? null : testInfo(info), status(node.path("status")),
        instant(node, "start"), instant(node, "finish"), text(node, "comment"), strings(node, "defects"),
        evidence(node.path("evidence")), iterations, list(node.path("examples"), JournalCodec::status),
        steps(node.path("steps")), list(node.path("customFields"),
            f -> new CustomField(text(f, "id"), text(f, "name"), f.path("value").asText())));
  }

  private static TestInfo testInfo(JsonNode node) {
    return new TestInfo(node.path("projectKey").asText(), node.path("summary").asText(),
        TestType.valueOf(node.path("type").asText()), text(node, "definition"),
        list(node.path("steps"), s -> new TestStep(s.path("action").asText(), text(s, "data"), text(s, "result"))),
        text(node, "scenario"), strings(node, "requirementKeys"), strings(node, "labels"));
  }

  private static List<StepResult> steps(JsonNode array) {
    return list(array, s -> new StepResult(status(s.path("status")), text(s, "comment"), text(s, "actualResult"),
        evidence(s.path("evidence")), strings(s, "defects")));
  }

  private static List<Evidence> evidence(JsonNode array) {
    return list(array, e -> Evidence.ofFile(Path.of(e.path("path").asText()), e.path("filename").asText(),
        e.path("contentType").asText()));
  }

  private static Status status(JsonNode node) {
    return new Status(node.path("server").asText(), node.path("cloud").asText());
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> list = new ArrayList<>(array.size());
    array.forEach(node -> list.add(element.apply(node)));
    return list;
  }

  private static List<String> strings(JsonNode node, String field) {
    return list(node.path(field), JsonNode::asText);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable Instant instant(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : Instant.parse(text);
  }
}
