package io.github.xray4j.examples.e2e;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * One example project, run the way its own build runs it: its jars (main and test) and its xray4j adapter in a
 * class loader of their own on top of this module's test classpath, found by the JUnit Platform through the
 * thread's context class loader. So the example's own {@code junit-platform.properties} and
 * {@code xray.properties} apply, and the adapter is registered by itself (ServiceLoader for the JUnit listener,
 * {@code cucumber.plugin} for the Cucumber plugin), as in a user's build. Cucumber's own jars are in the
 * cucumber-calculator class loader too, since Cucumber finds step definitions through the class loader that
 * loaded it, not the thread's.
 *
 * <p>The jars come from the system property {@code examples.<name>.classpath}, which the build sets.
 */
final class ExampleProject {

  private final String name;
  private final URL[] classpath;

  private ExampleProject(String name, URL[] classpath) {
    this.name = name;
    this.classpath = classpath;
  }

  /** The example module {@code examples/<name>}, such as {@code junit5-calculator}. */
  static ExampleProject named(String name) {
    String property = "examples." + name + ".classpath";
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.contains("${")) {
      throw new IllegalStateException(
          "The system property " + property + " must list the jars of examples/" + name
              + ": run these tests with Maven (./mvnw -pl examples/examples-e2e -am verify), which sets it");
    }
    URL[] urls = Arrays.stream(value.split(File.pathSeparator)).map(ExampleProject::toUrl).toArray(URL[]::new);
    return new ExampleProject(name, urls);
  }

  /**
   * Runs examples/junit5-calculator's tests on Jupiter with these xray4j settings as system properties; JUnit's
   * own reports go to {@code junitReports}.
   */
  static TestExecutionSummary runJUnit5Calculator(Map<String, String> settings, Path junitReports) {
    return SystemProperties.with(
        settings,
        () ->
            named("junit5-calculator")
                .runTests(
                    "junit-jupiter",
                    "io.github.xray4j.examples.calculator",
                    Map.of("junit.platform.reporting.output.dir", junitReports.toString())));
  }

  /** Runs examples/cucumber-calculator's suite with these xray4j settings as system properties. */
  static TestExecutionSummary runCucumberCalculator(Map<String, String> settings) {
    return SystemProperties.with(
        settings,
        () ->
            named("cucumber-calculator")
                .runTests("junit-platform-suite", "io.github.xray4j.examples.cucumber", Map.of()));
  }

  /**
   * Runs the tests of the given engine in the given package in one launcher session, with these
   * configuration parameters on top of the example's own, and returns JUnit's summary. Whatever the
   * example's adapter publishes, it publishes when the session closes, before this returns.
   */
  TestExecutionSummary runTests(String engineId, String packageName, Map<String, String> configurationParameters) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try (URLClassLoader loader = new URLClassLoader(name, classpath, ExampleProject.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      try (LauncherSession session = LauncherFactory.openSession()) {
        session
            .getLauncher()
            .execute(
                request()
                    .selectors(selectPackage(packageName))
                    .filters(includeEngines(engineId))
                    .configurationParameters(configurationParameters)
                    .build(),
                summary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    return summary.getSummary();
  }

  private static URL toUrl(String path) {
    try {
      return Path.of(path).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a usable path: " + path, e);
    }
  }

  @Override
  public String toString() {
    return "examples/" + name;
  }
}
