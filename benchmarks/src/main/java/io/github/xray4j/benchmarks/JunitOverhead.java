package io.github.xray4j.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Section 1: what xray-junit5 costs a JUnit run. Generated suites run through the real {@code Launcher}, in
 * this JVM, in four variants measured side by side (interleaved, rotated each repeat):
 *
 * <ol type="a">
 *   <li>{@code none}: no reporting listener (auto-registration off);
 *   <li>{@code legacy_xml}: JUnit's own {@link LegacyXmlReportGeneratingListener} (auto-registration off);
 *   <li>{@code xray_publish}: xray-junit5, auto-registered as users get it, publishing to the sandbox;
 *   <li>{@code xray_dry_run}: xray-junit5, auto-registered, in dry-run (writes the document, sends nothing).
 * </ol>
 *
 * <p>At the target size (10,000) a fifth variant, {@code unannotated_none}, runs the same tests without
 * {@code @XrayTest} and no listener: what the annotation itself costs (it registers an extension) shows as the
 * difference to {@code none}.
 *
 * <p>Then a timing pass: the xray4j listeners are loaded with {@link ServiceLoader} (as the launcher does)
 * and wrapped in a {@link TimedListener}, which gives the time spent in our per-test callbacks and at the end
 * (publishing). The timer's own cost is measured by the same wrapper around no listener and subtracted.
 */
final class JunitOverhead {

  enum Variant {
    NONE("none", "no reporting listener"),
    LEGACY_XML("legacy_xml", "JUnit LegacyXmlReportGeneratingListener"),
    XRAY_PUBLISH("xray_publish", "xray-junit5 publishing to the sandbox"),
    XRAY_DRY_RUN("xray_dry_run", "xray-junit5 in dry-run"),
    UNANNOTATED_NONE("unannotated_none", "no xray4j at all: the same tests without @XrayTest, no listener"),
    XRAY_JUNIT_EXTENSIONS("xje", "Xray's own route: xray-junit-extensions' EnhancedLegacyXmlReportGeneratingListener"
        + " writing its XML, tests annotated with its @XrayTest(key)"),
    XRAY_END_ONLY("xray_end_only", "xray-junit5 publishing to the sandbox only at the end (xray.live-interval=0)"),
    XRAY_SLOW_XRAY("xray_slow_xray", "xray-junit5 publishing live to a sandbox that answers each import after 2 s");

    final String id;
    final String label;

    Variant(String id, String label) {
      this.id = id;
      this.label = label;
    }

    boolean xray() {
      return this == XRAY_PUBLISH || this == XRAY_DRY_RUN || this == XRAY_END_ONLY || this == XRAY_SLOW_XRAY;
    }

    /** Run at the target size only. */
    boolean targetSizeOnly() {
      return this == XRAY_END_ONLY || this == XRAY_SLOW_XRAY;
    }
  }

  /** The wrapped runs of the timing pass. */
  private enum Timed {
    NOTHING, XRAY_PUBLISH, XRAY_DRY_RUN
  }

  /** One run of the timing pass: what the wrapper timed, and the run's wall and CPU time. */
  private record TimedRun(TimedListener timer, Sample sample) {}

  private final Settings settings;
  private final Figures figures;
  private final Path work;
  private final XrayTarget xray;
  private final Progress progress;
  private int runNumber;

  JunitOverhead(Settings settings, Figures figures, Path work, XrayTarget xray, Progress progress) {
    this.settings = settings;
    this.figures = figures;
    this.work = work;
    this.xray = xray;
    this.progress = progress;
  }

  /** The suites a run chooses from: annotated for xray4j, for Xray's route, and not at all. */
  private record Suites(GeneratedJunitSuite xray4j, GeneratedJunitSuite xje, GeneratedJunitSuite plain) {
    List<Class<?>> classes(Variant variant, int size) {
      return switch (variant) {
        case UNANNOTATED_NONE -> plain.classes(size);
        case XRAY_JUNIT_EXTENSIONS -> xje.classes(size);
        default -> xray4j.classes(size);
      };
    }
  }

  void run() throws Exception {
    List<Integer> sizes = settings.junitSizes();
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    progress.say("junit: generating and compiling " + largest + " tests");
    long compileStart = System.nanoTime();
    int target = settings.junitTargetSize();
    int perClass = settings.junitTestsPerClass();
    try (GeneratedJunitSuite suite = GeneratedJunitSuite.compile(
            Files.createDirectories(work.resolve("junit-suite")), largest, perClass, GeneratedJunitSuite.Annotation.XRAY4J);
        GeneratedJunitSuite xje = GeneratedJunitSuite.compile(Files.createDirectories(work.resolve("junit-xje")),
            largest, perClass, GeneratedJunitSuite.Annotation.XRAY_JUNIT_EXTENSIONS);
        GeneratedJunitSuite unannotated = GeneratedJunitSuite.compile(
            Files.createDirectories(work.resolve("junit-plain")), largest, perClass, GeneratedJunitSuite.Annotation.NONE);
        XrayTarget slow = XrayTarget.in(work.resolve("slow-xray"), SLOW_IMPORT)) {
      this.slowXray = slow;
      Suites suites = new Suites(suite, xje, unannotated);
      progress.say("junit: compiled in " + (System.nanoTime() - compileStart) / 1_000_000 + " ms");
      xray.seed(target);
      slow.seed(target);
      warmUp(suites, target);
      for (int size : sizes) {
        xray.seed(size);
        measure(suites, size);
      }
    }
  }

  /** How long the slow sandbox takes to answer each import. */
  static final java.time.Duration SLOW_IMPORT = java.time.Duration.ofSeconds(2);

  private XrayTarget slowXray;

  private void warmUp(Suites suites, int target) throws Exception {
    for (int i = 0; i < settings.warmups(); i++) {
      progress.say("junit: warm-up " + (i + 1) + "/" + settings.warmups());
      for (Variant variant : Variant.values()) {
        if (variant != Variant.XRAY_SLOW_XRAY) {
          runOnce(variant, suites.classes(variant, target), -1);
        }
      }
      for (Timed timed : Timed.values()) {
        timedRun(timed, suites.xray4j().classes(target), -1);
      }
    }
  }

  private void measure(Suites suites, int size) throws Exception {
    int repeats = settings.junitRepeatsAt(size);
    Map<Variant, List<Sample>> samples = new EnumMap<>(Variant.class);
    Map<Variant, List<Double>> testsWall = new EnumMap<>(Variant.class);
    Map<Timed, List<TimedRun>> timings = new EnumMap<>(Timed.class);
    boolean atTarget = size == settings.junitTargetSize();
    Variant[] variants = java.util.Arrays.stream(Variant.values())
        .filter(variant -> atTarget || !variant.targetSizeOnly()).toArray(Variant[]::new);
    List<Class<?>> classes = suites.xray4j().classes(size);
    Timed[] timedVariants = Timed.values();
    for (int r = 0; r < repeats; r++) {
      progress.say("junit: " + size + " tests, repeat " + (r + 1) + "/" + repeats);
      for (int i = 0; i < variants.length; i++) {
        Variant variant = variants[(i + r) % variants.length];
        Counter counter = new Counter();
        samples.computeIfAbsent(variant, v -> new ArrayList<>())
            .add(runOnce(variant, suites.classes(variant, size), size, counter));
        testsWall.computeIfAbsent(variant, v -> new ArrayList<>()).add(counter.testsWallNanos() / 1e3 / size);
      }
      for (int i = 0; i < timedVariants.length; i++) {
        Timed timed = timedVariants[(i + r) % timedVariants.length];
        timings.computeIfAbsent(timed, t -> new ArrayList<>()).add(timedRun(timed, classes, size));
      }
    }
    String prefix = "junit." + size + ".";
    Map<Variant, Double> wall = new EnumMap<>(Variant.class);
    for (Variant variant : variants) {
      List<Sample> runs = samples.get(variant);
      wall.put(
          variant,
          figures.add(
              prefix + variant.id + ".wall_us_per_test",
              Stats.median(runs.stream().map(s -> s.wallMicrosPer(size)).toList()),
              "us/test",
              "wall time per test, " + variant.label));
      figures.add(
          prefix + variant.id + ".cpu_us_per_test",
          Stats.median(runs.stream().map(s -> s.cpuMicrosPer(size)).toList()),
          "us/test",
          "CPU time per test (launcher thread), " + variant.label);
    }
    double overNone =
        figures.add(
            prefix + "xray_publish_over_none", wall.get(Variant.XRAY_PUBLISH) / wall.get(Variant.NONE), "ratio",
            "wall (c)/(a): xray-junit5 publishing / no listener");
    double overXml =
        figures.add(
            prefix + "xray_publish_over_legacy_xml",
            wall.get(Variant.XRAY_PUBLISH) / wall.get(Variant.LEGACY_XML), "ratio",
            "wall (c)/(b): xray-junit5 publishing / JUnit XML listener");
    figures.add(
        prefix + "xray_dry_run_over_none", wall.get(Variant.XRAY_DRY_RUN) / wall.get(Variant.NONE), "ratio",
        "wall (d)/(a): xray-junit5 dry-run / no listener");
    figures.add(
        prefix + "legacy_xml_over_none", wall.get(Variant.LEGACY_XML) / wall.get(Variant.NONE), "ratio",
        "wall (b)/(a): JUnit XML listener / no listener");
    double overNothing =
        figures.add(
            prefix + "xray_publish_over_unannotated_none",
            wall.get(Variant.XRAY_PUBLISH) / wall.get(Variant.UNANNOTATED_NONE), "ratio",
            "wall: xray-junit5 publishing / the same tests without @XrayTest and no listener (all of xray4j's cost)");
    double xjeOverNothing =
        figures.add(
            prefix + "xje_over_unannotated_none",
            wall.get(Variant.XRAY_JUNIT_EXTENSIONS) / wall.get(Variant.UNANNOTATED_NONE), "ratio",
            "wall: Xray's route (its annotation and XML listener) / the same tests with no annotation, no listener");
    figures.add(
        prefix + "none_over_unannotated_none", wall.get(Variant.NONE) / wall.get(Variant.UNANNOTATED_NONE), "ratio",
        "wall: @XrayTest alone (no listener) / no annotation: what the annotation costs the engine");
    figures.target(
        "junit_" + size + "_xray_over_nothing",
        "JUnit " + size + " tests: xray4j publishing / no xray4j at all <= 1.30",
        Figures.format(overNothing, "ratio"),
        overNothing <= 1.30);
    figures.target(
        "junit_" + size + "_xray_below_xje",
        "JUnit " + size + " tests: xray4j publishing below Xray's route (both over no xray4j)",
        Figures.format(overNothing, "ratio") + " vs " + Figures.format(xjeOverNothing, "ratio"),
        overNothing < xjeOverNothing);
    if (atTarget) {
      double endOnly = wall.get(Variant.XRAY_END_ONLY);
      double liveOverEnd =
          figures.add(
              prefix + "xray_publish_over_end_only", wall.get(Variant.XRAY_PUBLISH) / endOnly, "ratio",
              "wall: xray-junit5 publishing live (the default) / the same publishing only at the end");
      figures.target(
          "junit_live_over_end_only",
          "live publishing / end-only <= 1.03 at " + size + " tests",
          Figures.format(liveOverEnd, "ratio"),
          liveOverEnd <= 1.03);
      double slowTests =
          figures.add(
              prefix + "xray_slow_xray.tests_wall_us_per_test",
              Stats.median(testsWall.get(Variant.XRAY_SLOW_XRAY)), "us/test",
              "wall time per test from the plan's start to the last test's end, publishing live to a sandbox that"
                  + " answers each import after " + SLOW_IMPORT.toSeconds() + " s");
      double slowOverNothing =
          figures.add(
              prefix + "xray_slow_xray.tests_wall_over_unannotated_none",
              slowTests / Stats.median(testsWall.get(Variant.UNANNOTATED_NONE)), "ratio",
              "the same for no xray4j at all: how long the tests themselves took, slow Xray / no xray4j");
      figures.add(
          prefix + "xray_slow_xray.tests_wall_over_xray_publish",
          slowTests / Stats.median(testsWall.get(Variant.XRAY_PUBLISH)), "ratio",
          "the tests' own wall time, slow Xray / the sandbox answering at once: whether test threads wait for Xray");
      figures.target(
          "junit_slow_xray_tests_wall",
          "tests' wall time with a 2 s Xray within 5% of no xray4j at " + size + " tests",
          Figures.format(slowOverNothing, "ratio"),
          slowOverNothing <= 1.05);
    }

    List<TimedRun> nothing = timings.get(Timed.NOTHING);
    List<TimedRun> publishing = timings.get(Timed.XRAY_PUBLISH);
    double timerNanos = perEvent(nothing);
    double callbackNanos =
        figures.add(
            prefix + "xray.callback_ns_per_event", perEvent(publishing) - timerNanos, "ns/event",
            "wall time in xray-junit5 per-test callbacks (started/finished/...) per event, timer cost subtracted");
    figures.add(
        prefix + "xray.slowest_callback_ms",
        Stats.median(publishing.stream().map(t -> t.timer().slowestEventNanos() / 1e6).toList()), "ms",
        "the slowest single per-test callback (the first result creates the reporter and its HTTP client)");
    figures.add(
        prefix + "xray.plan_start_ms",
        Stats.median(publishing.stream().map(t -> t.timer().startNanos() / 1e6).toList()), "ms",
        "time in xray-junit5 when the session and plan start (reading the configuration, validating every key)");
    double publishMillis =
        figures.add(
            prefix + "xray_publish.publish_ms",
            Stats.median(publishing.stream().map(t -> t.timer().endNanos() / 1e6).toList()), "ms",
            "time at plan/session end: building the results and publishing them to the sandbox");
    figures.add(
        prefix + "xray_dry_run.publish_ms",
        Stats.median(timings.get(Timed.XRAY_DRY_RUN).stream().map(t -> t.timer().endNanos() / 1e6).toList()), "ms",
        "time at plan/session end in dry-run: building the results and writing the document");
    figures.add(
        prefix + "xray_publish.publish_us_per_test", publishMillis * 1000 / size, "us/test",
        "publish time per test");
    figures.add(
        prefix + "xray_publish.sandbox_cpu_us_per_test",
        Stats.median(samples.get(Variant.XRAY_PUBLISH).stream().map(s -> s.sandboxMicrosPer(size)).toList()),
        "us/test", "CPU time of the sandbox (in this JVM) receiving the results of (c), per test");

    if (size == settings.junitTargetSize()) {
      figures.target(
          "junit_xray_over_legacy_xml",
          "xray-junit5 (c)/(b) <= 1.0 at " + size + " tests",
          Figures.format(overXml, "ratio"),
          overXml <= 1.0);
      figures.target(
          "junit_callback_cost",
          "callback cost < 2 us (2000 ns) per test event at " + size + " tests",
          Figures.format(callbackNanos, "ns") + " ns",
          callbackNanos < 2000);
      progress.say("junit: (c)/(a)=" + Figures.format(overNone, "ratio"));
    }
  }

  private static double perEvent(List<TimedRun> runs) {
    return Stats.median(
        runs.stream().map(t -> (double) t.timer().eventNanos() / Math.max(1, t.timer().events())).toList());
  }

  /** One run of the suite in a fresh launcher session; returns its wall and CPU time. */
  private Sample runOnce(Variant variant, List<Class<?>> classes, int expectedTests) throws Exception {
    return runOnce(variant, classes, expectedTests, new Counter());
  }

  private Sample runOnce(Variant variant, List<Class<?>> classes, int expectedTests, Counter counter)
      throws Exception {
    Path runDir = Files.createDirectories(work.resolve("junit-run-" + (++runNumber)));
    LauncherDiscoveryRequest request = request(classes);
    List<TestExecutionListener> listeners = new ArrayList<>();
    listeners.add(counter);
    if (variant == Variant.LEGACY_XML) {
      listeners.add(new LegacyXmlReportGeneratingListener(runDir, new PrintWriter(Writer.nullWriter())));
    }
    if (variant == Variant.XRAY_JUNIT_EXTENSIONS) {
      listeners.add(new app.getxray.xray.junit.customjunitxml.EnhancedLegacyXmlReportGeneratingListener(
          runDir, new PrintWriter(Writer.nullWriter())));
    }
    LauncherConfig config =
        LauncherConfig.builder()
            .enableTestExecutionListenerAutoRegistration(variant.xray())
            .enableLauncherSessionListenerAutoRegistration(variant.xray())
            .addTestExecutionListeners(listeners.toArray(TestExecutionListener[]::new))
            .build();
    Map<String, String> properties =
        switch (variant) {
          case XRAY_PUBLISH -> xray.publishing(runDir);
          case XRAY_END_ONLY -> endOnly(xray.publishing(runDir));
          case XRAY_SLOW_XRAY -> slowXray.publishing(runDir);
          case XRAY_DRY_RUN -> xray.dryRun(runDir);
          default -> Map.of();
        };
    Sample sample;
    try (SystemProperties ignored = SystemProperties.set(properties)) {
      sample =
          Sample.measure(
              () -> {
                try (LauncherSession session = LauncherFactory.openSession(config)) {
                  session.getLauncher().execute(request);
                }
              });
    }
    counter.check(classes.size() * settings.junitTestsPerClass(), variant.id);
    if (variant == Variant.XRAY_PUBLISH || variant == Variant.XRAY_END_ONLY) {
      xray.checkPublished(runDir, expectedTests < 0 ? counter.succeeded.intValue() : expectedTests);
    }
    if (variant == Variant.XRAY_SLOW_XRAY) {
      slowXray.checkPublished(runDir, expectedTests < 0 ? counter.succeeded.intValue() : expectedTests);
    }
    TempFiles.deleteRecursively(runDir);
    return sample;
  }

  private static Map<String, String> endOnly(Map<String, String> publishing) {
    Map<String, String> properties = new java.util.LinkedHashMap<>(publishing);
    properties.put("xray.live-interval", "0");
    return properties;
  }

  /** One run with the xray4j listeners (or none) wrapped in a timer, registered by hand. */
  private TimedRun timedRun(Timed timed, List<Class<?>> classes, int expectedTests) throws Exception {
    Path runDir = Files.createDirectories(work.resolve("junit-run-" + (++runNumber)));
    TimedListener timer =
        timed == Timed.NOTHING
            ? TimedListener.of(List.of(), List.of())
            : TimedListener.of(ours(TestExecutionListener.class), ours(LauncherSessionListener.class));
    Counter counter = new Counter();
    LauncherConfig config =
        LauncherConfig.builder()
            .enableTestExecutionListenerAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .addTestExecutionListeners(counter, timer)
            .addLauncherSessionListeners(timer)
            .build();
    Map<String, String> properties =
        switch (timed) {
          case XRAY_PUBLISH -> xray.publishing(runDir);
          case XRAY_DRY_RUN -> xray.dryRun(runDir);
          case NOTHING -> Map.of();
        };
    LauncherDiscoveryRequest request = request(classes);
    Sample sample;
    try (SystemProperties ignored = SystemProperties.set(properties)) {
      sample = Sample.measure(
          () -> {
            try (LauncherSession session = LauncherFactory.openSession(config)) {
              session.getLauncher().execute(request);
            }
          });
    }
    counter.check(classes.size() * settings.junitTestsPerClass(), "timed " + timed);
    if (timed == Timed.XRAY_PUBLISH) {
      xray.checkPublished(runDir, expectedTests < 0 ? counter.succeeded.intValue() : expectedTests);
    }
    TempFiles.deleteRecursively(runDir);
    return new TimedRun(timer, sample);
  }

  /** The xray4j implementations of a JUnit service, loaded the way the launcher auto-registers them. */
  private static <T> List<T> ours(Class<T> service) {
    List<T> found = new ArrayList<>();
    for (T candidate : ServiceLoader.load(service, JunitOverhead.class.getClassLoader())) {
      if (candidate.getClass().getName().startsWith("io.github.xray4j.")) {
        found.add(candidate);
      }
    }
    return found;
  }

  private static LauncherDiscoveryRequest request(List<Class<?>> classes) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(classes.stream().map(c -> selectClass(c)).toList())
        .build();
  }

  /** Counts successful tests, so a variant that silently ran less is caught. */
  private static final class Counter implements TestExecutionListener {
    final AtomicLong succeeded = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    private volatile long planStarted;
    private volatile long lastTestFinished;

    @Override
    public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan plan) {
      planStarted = System.nanoTime();
    }

    /** From the plan's start to the end of its last test: the tests' own wall time, publishing at the end left out. */
    long testsWallNanos() {
      return lastTestFinished - planStarted;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (id.isTest()) {
        lastTestFinished = System.nanoTime();
        (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? succeeded : other).incrementAndGet();
      }
    }

    void check(int expected, String what) {
      if (succeeded.get() != expected || other.get() != 0) {
        throw new IllegalStateException(
            what + ": expected " + expected + " successful tests, got " + succeeded + " successful and " + other
                + " others");
      }
    }
  }
}
