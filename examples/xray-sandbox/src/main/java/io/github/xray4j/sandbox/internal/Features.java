package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.internal.SandboxStore.CucumberTest;
import io.github.xray4j.sandbox.internal.ImportRules.ImportedScenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Feature export and import, Server/DC ({@code GET export/test?keys=&fz=true}, {@code POST import/feature}) and
 * Cloud ({@code GET /api/v2/export/cucumber?keys=}, {@code POST /api/v2/import/feature}).
 *
 * <p>The export writes one {@code .feature} file per requirement (Xray's {@code 1_CALC-21.feature}), tagged as
 * Xray tags them: {@code @REQ_CALC-21} on the Feature, {@code @TEST_CALC-13} and the Test's labels on each
 * scenario. The import reads each scenario of each file: tagged {@code @TEST_KEY} or {@code @KEY}, it updates
 * that Test (refused when there is none); untagged, it updates the Cucumber Test with the same summary or
 * creates one. {@code @REQ_} tags link requirements, other tags become labels; a Background's steps are folded
 * into each scenario (the sandbox keeps no Pre-Conditions); a line with an unknown keyword refuses its file.
 * Answers have Xray's shapes: Server an array of issues, or {@code {message, testIssues, preConditionIssues}}
 * when something was refused; Cloud {@code {errors, updatedOrCreatedTests, updatedOrCreatedPreconditions}}.
 */
final class Features {

  private static final Pattern TEST_TAG = Pattern.compile("@(?:TEST_)?([A-Z][A-Z0-9_]*-[1-9][0-9]*)");
  private static final Pattern REQ_TAG = Pattern.compile("@REQ_([A-Z][A-Z0-9_]*-[1-9][0-9]*)");
  private static final Pattern KEYWORD_LINE = Pattern.compile("^([A-Za-z][A-Za-z ]*):.*");
  private static final List<String> KEYWORDS = List.of("Feature", "Background", "Rule", "Scenario",
      "Scenario Outline", "Scenario Template", "Example", "Examples", "Scenarios");
  private static final Pattern STEP = Pattern.compile("^(Given|When|Then|And|But|\\*)\\s.*");

  private final SandboxStore store;

  Features(SandboxStore store) {
    this.store = store;
  }

  // ---- export --------------------------------------------------------------------------------------------

  /** A zip of the Cucumber Tests the {@code keys} ({@code ;}-separated) hold; saved filters are not kept. */
  Reply export(Call call) {
    if (call.query().containsKey("filter")) {
      throw ApiError.badRequest("The sandbox keeps no saved filters: export by keys (keys=CALC-13;CALC-24)");
    }
    String keys = call.query().getOrDefault("keys", "");
    if (keys.isBlank()) {
      throw ApiError.badRequest("Give the issues to export: keys=CALC-13;CALC-24 (Tests, Test Plans, requirements)");
    }
    Map<String, List<CucumberTest>> byFeature = new LinkedHashMap<>();
    for (CucumberTest test : store.cucumberTests(Arrays.asList(keys.split("[;,]")))) {
      String feature = test.requirementKeys().isEmpty() ? test.key() : test.requirementKeys().get(0);
      byFeature.computeIfAbsent(feature, k -> new ArrayList<>()).add(test);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      int number = 1;
      for (Map.Entry<String, List<CucumberTest>> feature : byFeature.entrySet()) {
        zip.putNextEntry(new ZipEntry(number++ + "_" + feature.getKey() + ".feature"));
        zip.write(featureText(feature.getKey(), feature.getValue()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reply(200, "application/zip", bytes.toByteArray());
  }

  private String featureText(String featureKey, List<CucumberTest> tests) {
    boolean byRequirement = !tests.get(0).requirementKeys().isEmpty();
    StringBuilder text = new StringBuilder();
    String name = tests.get(0).summary();
    if (byRequirement) {
      text.append("@REQ_").append(featureKey).append('\n');
      name = store.issue(featureKey).map(i -> String.valueOf(((Map<?, ?>) i.get("fields")).get("summary")))
          .orElse(featureKey);
    }
    text.append("Feature: ").append(name).append("\n");
    for (CucumberTest test : tests) {
      text.append("\n\t@TEST_").append(test.key());
      test.labels().forEach(label -> text.append(" @").append(label));
      boolean outline = test.definition().contains("Examples:");
      text.append("\n\t").append(outline ? "Scenario Outline: " : "Scenario: ").append(test.summary()).append('\n');
      for (String line : test.definition().split("\n", -1)) {
        text.append(line.isBlank() ? "" : "\t\t" + line.strip()).append('\n');
      }
    }
    return text.toString();
  }

  // ---- import --------------------------------------------------------------------------------------------

  /** What one import did, file by file. */
  private record Outcome(List<Map<String, Object>> tests, List<String> errors) {
  }

  Reply importServer(Call call) {
    Outcome outcome = importFiles(call);
    if (outcome.errors().isEmpty()) {
      return Reply.ok(outcome.tests());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message", String.join("\n", outcome.errors()));
    json.put("testIssues", outcome.tests());
    json.put("preConditionIssues", List.of());
    return Reply.ok(json);
  }

  Reply importCloud(Call call) {
    Outcome outcome = importFiles(call);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("errors", outcome.errors());
    json.put("updatedOrCreatedTests", outcome.tests());
    json.put("updatedOrCreatedPreconditions", List.of());
    return Reply.ok(json);
  }

  private Outcome importFiles(Call call) {
    String project = call.query().get("projectKey");
    if (project == null || project.isBlank()) {
      throw ApiError.badRequest("projectKey is required: POST import/feature?projectKey=CALC");
    }
    byte[] file = Multipart.parts(call).get("file");
    if (file == null) {
      throw ApiError.badRequest("The multipart request has no part named \"file\" (a .feature file or a zip)");
    }
    Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>());
    for (Map.Entry<String, String> feature : files(file).entrySet()) {
      importFeature(project, feature.getKey(), feature.getValue(), outcome);
    }
    return outcome;
  }

  private static Map<String, String> files(byte[] file) {
    Map<String, String> files = new LinkedHashMap<>();
    if (file.length < 2 || file[0] != 'P' || file[1] != 'K') {
      files.put("file.feature", new String(file, StandardCharsets.UTF_8));
      return files;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory() && entry.getName().endsWith(".feature")) {
          files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw ApiError.badRequest("The zip could not be read: " + e.getMessage());
    }
    return files;
  }

  /** A scenario as read from a file. */
  private record Scenario(List<String> tags, String summary, List<String> steps) {
  }

  private void importFeature(String project, String name, String text, Outcome outcome) {
    List<Scenario> scenarios = new ArrayList<>();
    List<String> featureTags = new ArrayList<>();
    List<String> ruleTags = new ArrayList<>();
    List<String> background = new ArrayList<>();
    List<String> pendingTags = new ArrayList<>();
    List<String> steps = null;
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        pendingTags.addAll(Arrays.asList(line.split("\\s+")));
        continue;
      }
      Matcher keyword = KEYWORD_LINE.matcher(line);
      String word = keyword.matches() ? keyword.group(1).strip() : null;
      if (word != null && !KEYWORDS.contains(word) && !STEP.matcher(line).matches()) {
        outcome.errors().add("Error in " + name + ", line " + (i + 1) + ": \"" + word
            + "\" is not a Gherkin keyword; nothing of this file was imported");
        return;
      }
      if ("Feature".equals(word)) {
        featureTags.addAll(pendingTags);
        steps = null;
      } else if ("Rule".equals(word)) {
        ruleTags = new ArrayList<>(pendingTags);
        steps = null;
      } else if ("Background".equals(word)) {
        steps = background;
      } else if (word != null && word.startsWith("Scenario") && !"Scenarios".equals(word) || "Example".equals(word)) {
        List<String> tags = new ArrayList<>(featureTags);
        tags.addAll(ruleTags);
        tags.addAll(pendingTags);
        steps = new ArrayList<>(background);
        scenarios.add(new Scenario(tags, line.substring(line.indexOf(':') + 1).strip(), steps));
      } else if (steps != null && (STEP.matcher(line).matches() || line.startsWith("|") || "Examples".equals(word)
          || "Scenarios".equals(word) || line.startsWith("\"\"\""))) {
        steps.add(line.startsWith("|") ? "  " + line : line);
      }
      pendingTags.clear();
    }
    for (Scenario scenario : scenarios) {
      String key = null;
      List<String> requirements = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String tag : scenario.tags()) {
        Matcher req = REQ_TAG.matcher(tag);
        Matcher test = TEST_TAG.matcher(tag);
        if (req.matches()) {
          requirements.add(req.group(1));
        } else if (test.matches()) {
          key = test.group(1);
        } else {
          labels.add(tag.substring(1));
        }
      }
      try {
        ImportedScenario imported = store.importScenario(project, key, scenario.summary(),
            String.join("\n", scenario.steps()), requirements, labels);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", imported.test().id());
        json.put("key", imported.test().key());
        json.put("self", store.selfOf(imported.test().id()));
        json.put("issueType", Map.of("id", "10100", "name", Issues.TEST));
        outcome.tests().add(json);
      } catch (IllegalArgumentException e) {
        outcome.errors().add("Error in " + name + ", scenario \"" + scenario.summary() + "\": " + e.getMessage());
      }
    }
  }
}
