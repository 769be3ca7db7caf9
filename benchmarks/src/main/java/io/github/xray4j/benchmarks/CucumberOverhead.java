package io.github.xray4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.benchmarks.cucumber.TrivialSteps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 5: what XrayPlugin costs a Cucumber run. {@code cucumberScenarios} generated scenarios (three trivial
 * steps each, each tagged with its own {@code @TEST_BENCH-n}) run through {@code io.cucumber.core.cli.Main} in
 * this JVM with no plugin, with Cucumber's built-in {@code json} formatter, and with XrayPlugin publishing to
 * the sandbox, interleaved and rotated each repeat. Cucumber's console summary goes to a null stream in every
 * variant alike.
 */
final class CucumberOverhead {

  static final String XRAY_PLUGIN = "io.github.xray4j.cucumber.XrayPlugin";
  private static final int SCENARIOS_PER_FEATURE = 50;

  enum Variant {
    NONE("none", "no plugin"),
    JSON("json", "Cucumber json formatter"),
    XRAY("xray_publish", "XrayPlugin publishing to the sandbox");

    final String id;
    final String label;

    Variant(String id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  private final Settings settings;
  private final Figures figures;
  private final Path work;
  private final XrayTarget xray;
  private final Progress progress;
  private int runNumber;

  CucumberOverhead(Settings settings, Figures figures, Path work, XrayTarget xray, Progress progress) {
    this.settings = settings;
    this.figures = figures;
    this.work = work;
    this.xray = xray;
    this.progress = progress;
  }

  void run() throws Exception {
    int scenarios = settings.cucumberScenarios();
    Path features = generate(Files.createDirectories(work.resolve("features")), scenarios);
    xray.seed(scenarios);
    Variant[] variants = Variant.values();
    for (int w = 0; w < settings.warmups(); w++) {
      progress.say("cucumber: warm-up " + (w + 1) + "/" + settings.warmups());
      for (Variant variant : variants) {
        runOnce(variant, features);
      }
    }
    Map<Variant, List<Sample>> samples = new EnumMap<>(Variant.class);
    for (int r = 0; r < settings.cucumberRepeats(); r++) {
      progress.say("cucumber: " + scenarios + " scenarios, repeat " + (r + 1) + "/" + settings.cucumberRepeats());
      for (int i = 0; i < variants.length; i++) {
        Variant variant = variants[(i + r) % variants.length];
        samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(runOnce(variant, features));
      }
    }
    Map<Variant, Double> wall = new HashMap<>();
    for (Variant variant : variants) {
      List<Sample> runs = samples.get(variant);
      wall.put(variant, figures.add("cucumber." + variant.id + ".wall_us_per_scenario",
          Stats.median(runs.stream().map(s -> s.wallMicrosPer(scenarios)).toList()), "us/scenario",
          "wall time per scenario, " + variant.label));
      figures.add("cucumber." + variant.id + ".cpu_us_per_scenario",
          Stats.median(runs.stream().map(s -> s.cpuMicrosPer(scenarios)).toList()), "us/scenario",
          "CPU time per scenario (runner thread), " + variant.label);
    }
    double none = wall.get(Variant.NONE);
    double jsonOverhead = figures.add("cucumber.json.overhead_us_per_scenario", wall.get(Variant.JSON) - none,
        "us/scenario", "json formatter wall time over no plugin");
    double xrayOverhead = figures.add("cucumber.xray_publish.overhead_us_per_scenario", wall.get(Variant.XRAY) - none,
        "us/scenario", "XrayPlugin (publishing included) wall time over no plugin");
    figures.add("cucumber.xray_publish_over_none", wall.get(Variant.XRAY) / none, "ratio", "wall: XrayPlugin / no plugin");
    figures.add("cucumber.xray_publish_over_json", wall.get(Variant.XRAY) / wall.get(Variant.JSON), "ratio",
        "wall: XrayPlugin / json formatter");
    figures.target("cucumber_xray_vs_json", "XrayPlugin overhead <= json formatter's",
        String.format(Locale.ROOT, "%s vs %s us/scenario", Figures.format(xrayOverhead, "us"),
            Figures.format(jsonOverhead, "us")),
        wall.get(Variant.XRAY) <= wall.get(Variant.JSON));
  }

  private Sample runOnce(Variant variant, Path features) throws Exception {
    Path runDir = Files.createDirectories(work.resolve("cucumber-run-" + (++runNumber)));
    List<String> args = new ArrayList<>(List.of(
        "--glue", TrivialSteps.class.getPackageName(), "--monochrome"));
    switch (variant) {
      case NONE -> { }
      case JSON -> args.addAll(List.of("--plugin", "json:" + runDir.resolve("cucumber.json")));
      case XRAY -> args.addAll(List.of("--plugin", XRAY_PLUGIN));
    }
    args.add(features.toString());
    Map<String, String> properties = new HashMap<>(variant == Variant.XRAY ? xray.publishing(runDir) : Map.of());
    properties.put("cucumber.publish.quiet", "true");
    byte[] status = new byte[1];
    PrintStream console = System.out;
    Sample sample;
    try (SystemProperties ignored = SystemProperties.set(properties);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      try {
        sample = Sample.measure(() -> status[0] = io.cucumber.core.cli.Main.run(
            args.toArray(String[]::new), CucumberOverhead.class.getClassLoader()));
      } finally {
        System.setOut(console);
      }
    }
    if (status[0] != 0) {
      throw new IllegalStateException("cucumber " + variant.id + " run failed with exit status " + status[0]);
    }
    if (variant == Variant.JSON) {
      checkJsonReport(runDir.resolve("cucumber.json"), settings.cucumberScenarios());
    }
    if (variant == Variant.XRAY) {
      xray.checkPublished(runDir, settings.cucumberScenarios());
    }
    TempFiles.deleteRecursively(runDir);
    return sample;
  }

  /** The json formatter must have reported every scenario, or its figure means nothing. */
  private static void checkJsonReport(Path report, int scenarios) throws IOException {
    int reported = 0;
    for (JsonNode feature : new ObjectMapper().readTree(report.toFile())) {
      reported += feature.path("elements").size();
    }
    if (reported != scenarios) {
      throw new IllegalStateException("the json formatter reported " + reported + " scenarios, expected " + scenarios);
    }
  }

  /** Writes feature files of {@value #SCENARIOS_PER_FEATURE} scenarios, three trivial steps each. */
  private static Path generate(Path dir, int scenarios) throws IOException {
    int features = (scenarios + SCENARIOS_PER_FEATURE - 1) / SCENARIOS_PER_FEATURE;
    int n = 0;
    for (int f = 0; f < features; f++) {
      StringBuilder text = new StringBuilder("Feature: Generated feature " + f + "\n\n");
      for (int s = 0; s < SCENARIOS_PER_FEATURE && n < scenarios; s++) {
        n++;
        text.append("  @TEST_").append(SyntheticResults.PROJECT).append('-').append(n).append('\n')
            .append("  Scenario: Generated scenario ").append(n).append('\n')
            .append("    Given a trivial step\n")
            .append("    When a trivial step\n")
            .append("    Then a trivial step\n\n");
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "generated_%03d.feature", f)), text);
    }
    return dir;
  }
}
