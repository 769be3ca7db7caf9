package io.github.xray4j.cucumber;

import static java.util.Comparator.comparing;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.model.TestType;
import io.github.xray4j.cucumber.GherkinIndex.OutlineRow;
import io.github.xray4j.cucumber.ScenarioRun.Attachment;
import io.github.xray4j.cucumber.TagMapper.ScenarioTags;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the recorded test cases of a run into Xray Test Runs: one per Test key a scenario is tagged with
 * (a Scenario Outline's rows together in one), or one provisioned Cucumber Test per untagged scenario when
 * {@code xray.report-unannotated} is on.
 *
 * <p>A Scenario Outline reports its rows as {@code examples} (one status per row, in row order; rows that did
 * not run are TODO, so positions stay right; only Xray's built-in PASS, FAIL and TODO, the statuses its format
 * takes there), the form Xray expects for Cucumber Tests.
 * For Tests whose type Xray reports as Generic it reports {@code iterations} instead, named after the row
 * with its parameter names and values.
 */
final class ResultAssembler {

  private static final System.Logger LOG = System.getLogger(ResultAssembler.class.getName());
  private static final Comparator<ScenarioRun> IN_FILE_ORDER =
      comparing((ScenarioRun run) -> run.uri().toString())
          .thenComparingInt(ScenarioRun::scenarioLine)
          .thenComparingInt(run -> run.row() != null ? run.row().index() : 0);

  private final XrayConfig config;
  private final TagMapper tags;
  private final StatusMapper statuses;
  private final CommentRenderer comments;
  private final URI workingDirectory;

  ResultAssembler(XrayConfig config, URI workingDirectory) {
    this.config = config;
    this.tags = TagMapper.from(config);
    this.statuses = new StatusMapper(config);
    this.comments = new CommentRenderer(config.evidenceMaxSize());
    this.workingDirectory = workingDirectory;
  }

  ResultAssembler(XrayConfig config) {
    this(config, new File("").getAbsoluteFile().toURI());
  }

  /**
   * The Test Runs of these test cases, each with the unit it is the result of (a scenario's, or an outline's, Test
   * Run for one Test key): a later Test Run of the same unit (more rows of the outline, or the Test's type now
   * known) takes an earlier one's place in the reporter.
   *
   * @param runs the test cases, in any order
   * @param testTypes asked once, with the keys of the Tests that outlines report to, for their types
   * @param warn whether to log malformed tags and untagged scenarios left out (once per run, at its end)
   */
  List<Unit> assemble(List<ScenarioRun> runs, Function<Set<String>, Map<String, TestType>> testTypes, boolean warn) {
    Map<Group, List<ScenarioRun>> groups = group(runs, warn);
    Set<String> outlineKeys = new LinkedHashSet<>();
    groups.forEach((group, rows) -> {
      if (group.testKey != null && rows.get(0).row() != null) {
        outlineKeys.add(group.testKey);
      }
    });
    Map<String, TestType> types = outlineKeys.isEmpty() ? Map.of() : testTypes.apply(outlineKeys);
    List<Unit> results = new ArrayList<>();
    groups.forEach((group, rows) -> results.add(new Unit(group.unit(), result(group, rows, types))));
    return List.copyOf(results);
  }

  /**
   * A Test Run and the unit it is the result of.
   *
   * @param unit {@code cucumber:<feature uri>:<scenario line>:<Test key, or empty for a provisioned Test>}
   * @param result the Test Run
   */
  record Unit(String unit, TestResult result) {}

  /**
   * Hands over the requirements ({@code @REQ_} tags) of each scenario tagged with a Test key: that existing Test
   * is linked to them (provisioned Tests carry theirs in {@code testInfo}).
   */
  void linkRequirements(List<ScenarioRun> runs, BiConsumer<String, List<String>> link) {
    for (ScenarioRun run : runs) {
      ScenarioTags scenarioTags = tags.map(run.tags());
      if (!scenarioTags.requirementKeys().isEmpty()) {
        scenarioTags.testKeys().forEach(testKey -> link.accept(testKey, scenarioTags.requirementKeys()));
      }
    }
  }

  /**
   * What the run leaves out for want of a Test tag, for the summary line: {@code 8 scenarios have no Xray key
   * (add @TEST_ tags, or set xray.report-unannotated=true)}; empty when every scenario is reported.
   */
  Optional<String> leftOut(List<ScenarioRun> runs) {
    if (config.reportUnannotated()) {
      return Optional.empty();
    }
    long untagged = runs.stream().filter(run -> tags.map(run.tags()).untagged())
        .map(run -> run.uri() + ":" + run.scenarioLine()).distinct().count();
    String prefix = config.list(XrayKey.CUCUMBER_TEST_TAG_PREFIXES).stream().findFirst().orElse("TEST_");
    return untagged == 0 ? Optional.empty() : Optional.of((untagged == 1 ? "1 scenario has" : untagged
        + " scenarios have") + " no Xray key (add @" + prefix.replaceFirst("^@", "") + " tags, or set"
        + " xray.report-unannotated=true)");
  }

  private Map<Group, List<ScenarioRun>> group(List<ScenarioRun> runs, boolean warn) {
    List<ScenarioRun> ordered = new ArrayList<>(runs);
    ordered.sort(IN_FILE_ORDER);
    Map<Group, List<ScenarioRun>> groups = new LinkedHashMap<>();
    Map<String, String> malformed = new LinkedHashMap<>();
    boolean untaggedLeftOut = false;
    for (ScenarioRun run : ordered) {
      ScenarioTags scenarioTags = tags.map(run.tags());
      scenarioTags.malformed().forEach(tag -> malformed.putIfAbsent(tag, location(run)));
      if (scenarioTags.untagged()) {
        if (config.reportUnannotated() && config.projectKey().isPresent()) {
          groups.computeIfAbsent(new Group(run.uri(), run.scenarioLine(), null),
              g -> new ArrayList<>()).add(run);
        } else {
          untaggedLeftOut |= config.reportUnannotated();
        }
      }
      for (String key : scenarioTags.testKeys()) {
        groups.computeIfAbsent(new Group(run.uri(), run.scenarioLine(), key), g -> new ArrayList<>())
            .add(run);
      }
    }
    if (!warn) {
      return groups;
    }
    malformed.forEach((tag, where) -> LOG.log(System.Logger.Level.WARNING, () -> "Xray: tag " + tag + " (" + where
        + ") is not a valid Xray key: write the prefix followed by an issue key, such as @TEST_CALC-1880 or"
        + " @REQ_CALC-9; the tag is not sent to Xray"));
    if (untaggedLeftOut) {
      LOG.log(System.Logger.Level.WARNING, "Xray: xray.report-unannotated is true but xray.project-key is not set:"
          + " untagged scenarios are not reported; set xray.project-key to the Jira project to create their Tests in");
    }
    return groups;
  }

  private TestResult result(Group group, List<ScenarioRun> rows, Map<String, TestType> types) {
    ScenarioRun first = rows.get(0);
    boolean outline = first.row() != null;
    Status status = statuses.toXray(first.status());
    Instant start = first.start();
    Instant finish = first.finish();
    for (ScenarioRun row : rows) {
      status = statuses.combine(status, statuses.toXray(row.status()));
      start = row.start().isBefore(start) ? row.start() : start;
      finish = row.finish().isAfter(finish) ? row.finish() : finish;
    }
    TestResult.Builder result = TestResult.builder(status).start(start).finish(finish);
    if (group.testKey != null) {
      result.testKey(group.testKey);
    } else {
      Set<String> requirementKeys = new LinkedHashSet<>();
      rows.forEach(row -> requirementKeys.addAll(tags.map(row.tags()).requirementKeys()));
      result.testInfo(TestInfo.cucumber(config.projectKey().orElseThrow(), scenarioName(first),
          first.source() != null ? first.source().gherkin() : first.name(), List.copyOf(requirementKeys),
          List.of(featureLabel(first.uri()))));
    }
    result.evidence(evidence(rows));
    if (!outline) {
      return result.comment(comments.scenario(first, location(first))).build();
    }
    if (group.testKey != null && types.get(group.testKey) == TestType.GENERIC) {
      rows.forEach(row -> result.iteration(iteration(row)));
      return result.comment(comments.heading(first, location(first))).build();
    }
    Status[] examples = new Status[first.row().count()];
    Arrays.fill(examples, Status.TODO);
    rows.forEach(row -> examples[row.row().index()] = StatusMapper.toExample(row.status()));
    return result.examples(List.of(examples)).comment(comments.outline(rows, location(first))).build();
  }

  private Iteration iteration(ScenarioRun run) {
    OutlineRow row = run.row();
    return new Iteration("[" + (row.index() + 1) + "] " + row.describe(), row.parameters(),
        statuses.toXray(run.status()), comments.row(run),
        Duration.between(run.start(), run.finish()), List.of());
  }

  private List<Evidence> evidence(List<ScenarioRun> rows) {
    List<Evidence> evidence = new ArrayList<>();
    int unnamed = 0;
    for (ScenarioRun row : rows) {
      for (Attachment attachment : row.attachments()) {
        Evidence content = attachment.content();
        if (content != null) {
          unnamed += attachment.name() == null || attachment.name().isBlank() ? 1 : 0;
          evidence.add(named(content, filenameOf(attachment, unnamed), attachment.mediaType()));
        }
      }
    }
    return evidence;
  }

  /** The same content under {@code filename}: still on disk if it was written there. */
  private static Evidence named(Evidence content, String filename, String mediaType) {
    if (content instanceof Evidence.File file) {
      return Evidence.ofFile(file.path(), filename, mediaType);
    }
    return Evidence.ofBytes(filename, mediaType, ((Evidence.Bytes) content).content());
  }

  /** The attachment's name, or {@code attachment-<n>} with an extension for its media type. */
  static String filenameOf(Attachment attachment, int number) {
    if (attachment.name() != null && !attachment.name().isBlank()) {
      return attachment.name();
    }
    String type = attachment.mediaType();
    String subtype = type.contains("/") ? type.substring(type.indexOf('/') + 1) : "bin";
    subtype = subtype.contains(";") ? subtype.substring(0, subtype.indexOf(';')) : subtype;
    String extension = switch (subtype.strip()) {
      case "plain" -> "txt";
      case "jpeg" -> "jpg";
      case "octet-stream", "" -> "bin";
      default -> subtype.strip().replaceAll("[^A-Za-z0-9]", "");
    };
    return "attachment" + (number > 0 ? "-" + number : "") + "." + extension;
  }

  private static String scenarioName(ScenarioRun run) {
    String name = run.source() != null ? run.source().name() : run.name();
    return name.isBlank() ? "Scenario at line " + run.scenarioLine() : name;
  }

  /** {@code features/calculator.feature:12}. */
  private String location(ScenarioRun run) {
    return featurePath(run.uri()) + ":" + run.scenarioLine();
  }

  /** The feature file as a Jira label: its path, relative where it can be, without spaces. */
  private String featureLabel(URI uri) {
    return featurePath(uri).replaceAll("\\s+", "_");
  }

  private String featurePath(URI uri) {
    if ("classpath".equals(uri.getScheme())) {
      String path = uri.getSchemeSpecificPart();
      return path.startsWith("/") ? path.substring(1) : path;
    }
    if ("file".equals(uri.getScheme())) {
      URI relative = workingDirectory.relativize(uri);
      return Optional.ofNullable(relative.getPath()).orElse(uri.toString());
    }
    return uri.toString();
  }

  /** The Test Run a scenario (or outline row) belongs to: its Test key, or null for a provisioned Test. */
  private record Group(URI uri, int scenarioLine, @Nullable String testKey) {
    String unit() {
      return "cucumber:" + uri + ":" + scenarioLine + ":" + (testKey != null ? testKey : "");
    }
  }
}
