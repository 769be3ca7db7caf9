package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.Records.EvidenceInfo;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
import io.github.xray4j.sandbox.internal.Records.RunContent;
import io.github.xray4j.sandbox.internal.Records.TestEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Minimal support for Cucumber JSON imports: each scenario tagged {@code @TEST_CALC-1} or {@code @CALC-1} is a
 * result for that Test; the rows of a Scenario Outline become one run whose {@code examples} are the rows'
 * statuses in order; embeddings become evidence. Scenarios without a Test tag, or whose Test does not exist,
 * are left out; when none is left the import fails with {@code There are no valid tests imported}.
 */
final class CucumberJsonReader {

  private static final Pattern TEST_TAG = Pattern.compile("@(?:TEST_)?([A-Z][A-Z0-9]*-[1-9][0-9]*)");

  private final ApiFlavour flavour;

  CucumberJsonReader(ApiFlavour flavour) {
    this.flavour = flavour;
  }

  private static final class Collected {
    final List<String> statuses = new ArrayList<>();
    final List<EvidenceInfo> evidence = new ArrayList<>();
    boolean outline;
    @Nullable String comment;
  }

  ImportDocument read(JsonNode root, ExecutionFields info) {
    if (!root.isArray()) {
      throw ApiError.badRequest("The Cucumber JSON report must be an array of features");
    }
    List<String> errors = new ArrayList<>();
    Map<String, Collected> byKey = new LinkedHashMap<>();
    for (JsonNode feature : root) {
      List<JsonNode> background = new ArrayList<>();
      for (JsonNode element : feature.path("elements")) {
        if ("background".equals(element.path("type").asText())) {
          background.clear();
          element.path("steps").forEach(background::add);
          continue;
        }
        List<JsonNode> steps = new ArrayList<>(background);
        background.clear();
        element.path("before").forEach(steps::add);
        element.path("steps").forEach(steps::add);
        element.path("after").forEach(steps::add);
        String status = statusOf(steps);
        String scenario = element.path("name").asText("");
        List<EvidenceInfo> evidence = evidenceOf(steps, scenario, errors);
        String failure = steps.stream()
            .map(s -> s.path("result").path("error_message").asText(""))
            .filter(m -> !m.isEmpty())
            .findFirst().orElse(null);
        for (JsonNode tag : element.path("tags")) {
          Matcher matcher = TEST_TAG.matcher(tag.path("name").asText(""));
          if (!matcher.matches()) {
            continue;
          }
          Collected collected = byKey.computeIfAbsent(matcher.group(1), k -> new Collected());
          collected.statuses.add(status);
          collected.evidence.addAll(evidence);
          collected.outline |= element.path("keyword").asText("").contains("Outline")
              || element.path("keyword").asText("").contains("Template");
          if (collected.comment == null && failure != null) {
            collected.comment = failure;
          }
        }
      }
    }
    XrayJsonReader.throwIfAny(errors);
    List<TestEntry> tests = new ArrayList<>();
    byKey.forEach((key, c) -> tests.add(new TestEntry("Test " + key, key, null, new RunContent(
        worst(c.statuses), c.comment, null, null, List.of(), c.evidence, List.of(),
        c.outline ? c.statuses : List.of(), List.of()))));
    return new ImportDocument(null, info, tests, true);
  }

  private String statusOf(List<JsonNode> steps) {
    List<String> statuses = new ArrayList<>();
    for (JsonNode step : steps) {
      String status = step.path("result").path("status").asText("undefined");
      statuses.add(switch (status) {
        case "passed" -> flavour.passed();
        case "failed", "ambiguous" -> flavour.failed();
        default -> flavour.todo();
      });
    }
    return statuses.isEmpty() ? flavour.todo() : worst(statuses);
  }

  private String worst(List<String> statuses) {
    if (statuses.contains(flavour.failed())) {
      return flavour.failed();
    }
    return statuses.stream().allMatch(flavour.passed()::equals) ? flavour.passed() : flavour.todo();
  }

  private static List<EvidenceInfo> evidenceOf(List<JsonNode> steps, String scenario, List<String> errors) {
    List<EvidenceInfo> evidence = new ArrayList<>();
    for (JsonNode step : steps) {
      for (JsonNode embedding : step.path("embeddings")) {
        String mime = embedding.path("mime_type").asText("application/octet-stream");
        String name = embedding.path("name").asText("embedding-" + (evidence.size() + 1));
        Integer size = XrayJsonReader.base64Size(embedding.path("data").asText(""));
        if (size == null) {
          errors.add("Scenario \"" + scenario + "\": embedding \"" + name + "\" data is not valid base64");
        } else {
          evidence.add(new EvidenceInfo(name, mime, size));
        }
      }
    }
    return evidence;
  }
}
