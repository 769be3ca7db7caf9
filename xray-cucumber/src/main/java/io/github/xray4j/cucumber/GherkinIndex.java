package io.github.xray4j.cucumber;

import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.TableRow;
import io.github.xray4j.core.model.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The parsed feature files of a run, as Cucumber publishes them ({@code GherkinDocument} messages), to find
 * the scenario behind a test case: whether it is a Scenario Outline row (which row, the parameter names and
 * values) and its Gherkin text for provisioning. A test case is linked to its scenario by URI and line, as
 * Cucumber's {@code Node} documentation describes.
 */
final class GherkinIndex {

  private final Map<String, Map<Integer, ScenarioSource>> byUriAndLine = new ConcurrentHashMap<>();

  /** Indexes a parsed feature file: every scenario and every outline row by its line. */
  void add(GherkinDocument document) {
    document.getUri().ifPresent(uri -> {
      Map<Integer, ScenarioSource> byLine = new HashMap<>();
      document.getFeature().stream().flatMap(GherkinIndex::scenarios).forEach(scenario -> index(scenario, byLine));
      byUriAndLine.put(uri, Map.copyOf(byLine));
    });
  }

  /** The scenario or outline row at this line of this feature file, if Cucumber published the file. */
  Optional<ScenarioSource> find(URI uri, int line) {
    return Optional.ofNullable(byUriAndLine.getOrDefault(uri.toString(), Map.of()).get(line));
  }

  private static void index(Scenario scenario, Map<Integer, ScenarioSource> byLine) {
    String gherkin = gherkin(scenario);
    int line = lineOf(scenario.getLocation().getLine());
    byLine.put(line, new ScenarioSource(line, scenario.getKeyword(), scenario.getName(), null, gherkin));
    int count = 0;
    for (Examples examples : scenario.getExamples()) {
      count += examples.getTableBody().size();
    }
    int index = 0;
    for (Examples examples : scenario.getExamples()) {
      List<String> names = examples.getTableHeader().map(GherkinIndex::values).orElse(List.of());
      for (TableRow row : examples.getTableBody()) {
        OutlineRow outlineRow = new OutlineRow(index++, count, names, values(row));
        byLine.put(lineOf(row.getLocation().getLine()),
            new ScenarioSource(line, scenario.getKeyword(), scenario.getName(), outlineRow, gherkin));
      }
    }
  }

  private static Stream<Scenario> scenarios(Feature feature) {
    return feature.getChildren().stream()
        .flatMap(
            child ->
                Stream.concat(
                    child.getScenario().stream(),
                    child.getRule().stream()
                        .flatMap(rule -> rule.getChildren().stream())
                        .flatMap(ruleChild -> ruleChild.getScenario().stream())));
  }

  /** The scenario's steps and examples tables, as Xray keeps them in a Cucumber Test's definition. */
  private static String gherkin(Scenario scenario) {
    StringJoiner text = new StringJoiner("\n");
    for (Step step : scenario.getSteps()) {
      text.add(step.getKeyword().strip() + " " + step.getText());
      step.getDocString()
          .ifPresent(
              doc -> {
                text.add("  " + doc.getDelimiter() + doc.getMediaType().orElse(""));
                doc.getContent().lines().forEach(docLine -> text.add("  " + docLine));
                text.add("  " + doc.getDelimiter());
              });
      step.getDataTable().ifPresent(table -> table.getRows().forEach(row -> text.add("  " + tableRow(row))));
    }
    for (Examples examples : scenario.getExamples()) {
      text.add("");
      text.add((examples.getKeyword() + ": " + examples.getName()).strip());
      examples.getTableHeader().ifPresent(header -> text.add("  " + tableRow(header)));
      examples.getTableBody().forEach(row -> text.add("  " + tableRow(row)));
    }
    return text.toString();
  }

  private static String tableRow(TableRow row) {
    StringJoiner cells = new StringJoiner(" | ", "| ", " |");
    for (TableCell cell : row.getCells()) {
      cells.add(cell.getValue().replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n"));
    }
    return cells.toString();
  }

  private static List<String> values(TableRow row) {
    List<String> values = new ArrayList<>();
    row.getCells().forEach(cell -> values.add(cell.getValue()));
    return List.copyOf(values);
  }

  private static int lineOf(Long line) {
    return line.intValue();
  }

  /**
   * The Gherkin behind a test case.
   *
   * @param line the line of the {@code Scenario:} (or {@code Scenario Outline:}) keyword: with the URI, what
   *     identifies the scenario
   * @param keyword {@code Scenario}, {@code Scenario Outline}, {@code Example}... in the feature's language
   * @param name the scenario's name
   * @param row the Examples row this test case runs, or null for a plain scenario
   * @param gherkin the steps (and examples) of the scenario
   */
  record ScenarioSource(int line, String keyword, String name, @Nullable OutlineRow row, String gherkin) {}

  /**
   * One row of a Scenario Outline's examples.
   *
   * @param index the row's position among all example rows of the outline, from 0
   * @param count how many example rows the outline has
   * @param names the parameter names (the table header)
   * @param values the row's values
   */
  record OutlineRow(int index, int count, List<String> names, List<String> values) {
    OutlineRow {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }

    /** The row's values under their names: {@code a=6}, {@code b=0}. */
    List<Parameter> parameters() {
      List<Parameter> parameters = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        parameters.add(new Parameter(i < names.size() ? names.get(i) : "#" + (i + 1), values.get(i)));
      }
      return List.copyOf(parameters);
    }

    /** {@code a=6, b=0}. */
    String describe() {
      StringJoiner text = new StringJoiner(", ");
      parameters().forEach(parameter -> text.add(parameter.name() + "=" + parameter.value()));
      return text.toString();
    }
  }
}
