package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.internal.Records.EvidenceInfo;
import io.github.xray4j.sandbox.internal.Records.IterationResult;
import io.github.xray4j.sandbox.internal.Records.StepResult;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A Test Run in the shape of Xray Server's {@code api/testrun} resource. */
final class RunJson {

  private RunJson() {
  }

  static Map<String, Object> of(TestRun run, @Nullable String executionKey) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", run.id());
    json.put("status", run.status());
    json.put("testKey", run.testKey());
    json.put("testExecKey", executionKey);
    json.put("comment", run.comment() == null ? "" : run.comment());
    json.put("startedOn", run.start());
    json.put("finishedOn", run.finish());
    json.put("defects", run.defects().stream().map(key -> Map.of("key", key)).toList());
    json.put("evidences", evidence(run.evidence()));
    List<Map<String, Object>> examples = new ArrayList<>();
    for (int i = 0; i < run.examples().size(); i++) {
      examples.add(Map.of("id", i, "rank", i + 1, "status", run.examples().get(i)));
    }
    json.put("examples", examples);
    List<Map<String, Object>> iterations = new ArrayList<>();
    int rank = 1;
    for (IterationResult iteration : run.iterations()) {
      Map<String, Object> it = new LinkedHashMap<>();
      it.put("rank", rank++);
      it.put("name", iteration.name());
      it.put("status", iteration.status());
      it.put("parameters", iteration.parameters());
      it.put("log", iteration.log());
      it.put("steps", steps(iteration.steps()));
      iterations.add(it);
    }
    json.put("iterations", iterations);
    json.put("steps", steps(run.steps()));
    return json;
  }

  private static List<Map<String, Object>> evidence(List<EvidenceInfo> evidence) {
    return evidence.stream().map(e -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("fileName", e.filename());
      json.put("contentType", e.contentType());
      json.put("fileSizeBytes", e.size());
      return json;
    }).toList();
  }

  private static List<Map<String, Object>> steps(List<StepResult> steps) {
    List<Map<String, Object>> result = new ArrayList<>();
    int index = 1;
    for (StepResult step : steps) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("index", index++);
      json.put("status", step.status());
      json.put("comment", step.comment());
      json.put("actualResult", step.actualResult());
      json.put("evidences", evidence(step.evidence()));
      result.add(json);
    }
    return result;
  }
}
