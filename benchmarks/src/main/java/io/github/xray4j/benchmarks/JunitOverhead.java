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
    UNANNOTATED_NONE("unannotated_none", "no xray4j at all: the same tests without @XrayTest, no listener");

    final String id;
    final String label;

    Variant(String id, String label) {
      this.id = id;
      this.label = label;
    }

    boolean xray() {
      return this == XRAY_PUBLISH || this == XRAY_DRY_RUN;
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

  void run() throws Exception {
    List<Integer> sizes = settings.junitSizes();
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    progress.say("junit: generating and compiling " + largest + " tests");
    long compileStart = System.nanoTime();
    int target = settings.junitTargetSize();
    try (GeneratedJunitSuite suite =
            GeneratedJunitSuite.compile(
                Files.createDirectories(work.resolve("junit-suite")), largest, settings.junitTestsPerClass(), true);
        GeneratedJunitSuite unannotated =
            GeneratedJunitSuite.compile(
                Files.createDirectories(work.resolve("junit-plain")), target, settings.junitTestsPerClass(), false)) {
      progress.say("junit: compiled in " + (System.nanoTime() - compileStart) / 1_000_000 + " ms");
      xray.seed(target);
      warmUp(suite.classes(target), unannotated.classes(target));
      for (int size : sizes) {
        xray.seed(size);
        measure(suite.classes(size), size == target ? unannotated.classes(target) : List.of(), size);
      }
    }
  }

  private void warmUp(List<Class<?>> classes, List<Class<?>> unannotated) throws Exception {
    for (int i = 0; i < settings.warmups(); i++) {
      progress.say("junit: warm-up " + (i + 1) + "/" + settings.warmups());
      for (Variant variant : Variant.values()) {
        runOnce(variant, variant == Variant.UNANNOTATED_NONE ? unannotated : classes, -1);
      }
      for (Timed timed : Timed.values()) {
        timedRun(timed, classes, -1);
      }
    }
  }

  private void measure(List<Class<?>> classes, List<Class<?>> unannotated, int size) throws Exception {
    int repeats = settings.junitRepeatsAt(size);
    Map<Variant, List<Sample>> samples = new EnumMap<>(Variant.class);
    Map<Timed, List<TimedRun>> timings = new EnumMap<>(Timed.class);
    Variant[] variants =
        unannotated.isEmpty()
            ? new Variant[] {Variant.NONE, Variant.LEGACY_XML, Variant.XRAY_PUBLISH, Variant.XRAY_DRY_RUN}
            : Variant.values();
    Timed[] timedVariants = Timed.values();
    for (int r = 0; r < repeats; r++) {
      progress.say("junit: " + size + " tests, repeat " + (r + 1) + "/" + repeats);
      for (int i = 0; i < variants.length; i++) {
        Variant variant = variants[(i + r) % variants.length];
        samples.computeIfAbsent(variant, v -> new ArrayList<>())
            .add(runOnce(variant, variant == Variant.UNANNOTATED_NONE ? unannotated : classes, size));
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
    if (wall.containsKey(Variant.UNANNOTATED_NONE)) {
      figures.add(
          prefix + "xray_publish_over_unannotated_none",
          wall.get(Variant.XRAY_PUBLISH) / wall.get(Variant.UNANNOTATED_NONE), "ratio",
          "wall: xray-junit5 publishing / the same tests without @XrayTest and no listener (all of xray4j's cost)");
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
    Path runDir = Files.createDirectories(work.resolve("junit-run-" + (++runNumber)));
    LauncherDiscoveryRequest request = request(classes);
    Counter counter = new Counter();
    List<TestExecutionListener> listeners = new ArrayList<>();
    listeners.add(counter);
    if (variant == Variant.LEGACY_XML) {
      listeners.add(new LegacyXmlReportGeneratingListener(runDir, new PrintWriter(Writer.nullWriter())));
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
    if (variant == Variant.XRAY_PUBLISH) {
      xray.checkPublished(runDir, expectedTests < 0 ? counter.succeeded.intValue() : expectedTests);
    }
    TempFiles.deleteRecursively(runDir);
    return sample;
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

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (id.isTest()) {
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
