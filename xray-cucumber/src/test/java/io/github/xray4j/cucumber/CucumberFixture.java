package io.github.xray4j.cucumber;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs feature files through Cucumber's public entry points (the CLI's {@link Main} and the Cucumber JUnit
 * Platform engine) with the plugin registered by {@code cucumber.plugin}, the xray4j configuration set as JVM
 * system properties the way a build sets them (restored afterwards), and returns the Xray import documents the
 * run published.
 */
final class CucumberFixture {

  static final String PLUGIN = XrayPlugin.class.getName();
  static final String GLUE = "io.github.xray4j.cucumber.steps";

  private final FakeXray xray;
  private final Map<String, String> properties = new HashMap<>();
  private Path testClasspath;
  private byte lastExitStatus;

  private CucumberFixture(FakeXray xray, Map<String, String> properties) {
    this.xray = xray;
    this.properties.putAll(properties);
  }

  /** A fixture publishing to this fake Xray, for project CALC, with a fixed execution summary. */
  static CucumberFixture publishingTo(FakeXray xray) {
    return new CucumberFixture(xray, xray.configuration());
  }

  /** A fixture with no xray4j configuration at all. */
  static CucumberFixture unconfigured(FakeXray xray) {
    return new CucumberFixture(xray, Map.of());
  }

  /** The same fixture with one more configuration value. */
  CucumberFixture with(String key, String value) {
    CucumberFixture copy = new CucumberFixture(xray, properties);
    copy.testClasspath = testClasspath;
    copy.properties.put(key, value);
    return copy;
  }

  /** The same fixture with this directory on the test classpath (for cucumber.properties and the like). */
  CucumberFixture withOnTestClasspath(Path directory) {
    CucumberFixture copy = new CucumberFixture(xray, properties);
    copy.testClasspath = directory;
    return copy;
  }

  /**
   * Runs features with Cucumber's CLI: {@code --plugin io.github.xray4j.cucumber.XrayPlugin[:argument]}.
   *
   * @param pluginArgument the plugin argument, or null for none
   * @param features classpath resources ({@code features/statuses.feature}) or absolute paths
   * @param options more CLI options, such as {@code --threads 4}
   */
  List<String> runCli(String pluginArgument, List<String> features, String... options) {
    List<String> args = new ArrayList<>(List.of(
        "--plugin", pluginArgument == null ? PLUGIN : PLUGIN + ":" + pluginArgument, "--glue", GLUE, "--monochrome"));
    args.addAll(List.of(options));
    features.forEach(feature -> args.add(Path.of(feature).isAbsolute() ? feature : "classpath:" + feature));
    return published(() -> lastExitStatus = Main.run(args.toArray(String[]::new), CucumberFixture.class.getClassLoader()));
  }

  /** Runs classpath features with Cucumber's CLI and returns what was published. */
  List<String> runCli(String... features) {
    return runCli(null, List.of(features));
  }

  /** Runs classpath features with the CLI; returns the one document published. */
  String publishedByCli(String... features) {
    return only(runCli(features));
  }

  /**
   * Runs on the JUnit Platform through the {@code Launcher} with
   * {@code cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin}.
   *
   * @param parameters more configuration parameters, such as {@code cucumber.execution.parallel.enabled}
   * @param selectors what to run
   * @param engines the engines to include
   */
  List<String> runOnJUnitPlatform(
      Map<String, String> parameters, List<DiscoverySelector> selectors, String... engines) {
    Map<String, String> all = new HashMap<>(Map.of(
        "cucumber.plugin", PLUGIN,
        "cucumber.glue", GLUE,
        "cucumber.publish.quiet", "true",
        "cucumber.ansi-colors.disabled", "true"));
    all.putAll(parameters);
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    List<String> documents = published(() -> LauncherFactory.create().execute(
        request().selectors(selectors).filters(includeEngines(engines)).configurationParameters(all).build(),
        summary));
    lastSummary = summary.getSummary();
    return documents;
  }

  /** Runs features (classpath resources or absolute paths) on the Cucumber JUnit Platform engine. */
  List<String> runOnJUnitPlatform(Map<String, String> parameters, String... features) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (String feature : features) {
      selectors.add(Path.of(feature).isAbsolute()
          ? DiscoverySelectors.selectFile(feature) : selectClasspathResource(feature));
    }
    return runOnJUnitPlatform(parameters, selectors, "cucumber");
  }

  private TestExecutionSummary lastSummary;

  /** Cucumber's exit status of the last {@code runCli}. */
  byte lastExitStatus() {
    return lastExitStatus;
  }

  /** The JUnit Platform's summary of the last {@code runOnJUnitPlatform}. */
  TestExecutionSummary lastSummary() {
    return lastSummary;
  }

  static String only(List<String> documents) {
    if (documents.size() != 1) {
      throw new AssertionError("expected one import document, got " + documents.size() + ": " + documents);
    }
    return documents.get(0);
  }

  private List<String> published(Runnable run) {
    Properties saved = (Properties) System.getProperties().clone();
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (URLClassLoader classpath = new URLClassLoader(
        testClasspath == null ? new URL[0] : new URL[] {testClasspath.toUri().toURL()}, context)) {
      System.setProperty("cucumber.publish.quiet", "true");
      properties.forEach(System::setProperty);
      thread.setContextClassLoader(classpath);
      run.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(context);
      System.setProperties(saved);
    }
    return xray.received();
  }

  /** Reads a text resource, such as an expected document. */
  static String resource(String name) {
    try (var in = CucumberFixture.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files in a directory, for asserting that nothing was written. */
  static List<Path> filesIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
