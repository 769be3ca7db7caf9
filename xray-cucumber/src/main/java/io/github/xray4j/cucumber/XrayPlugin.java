package io.github.xray4j.cucumber;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.XrayReporter;
import java.io.File;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A Cucumber-JVM plugin that publishes the run's tagged scenarios to Xray as one Test Execution. Each finished
 * scenario (each row of an outline) is in xray-core's journal at once, its attachments written to disk as they are
 * attached, so a JVM that dies mid-run loses only the scenario running; the run's end adds what needs Xray's Test
 * types. Register it like any Cucumber plugin:
 *
 * <pre>
 * cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin                          (junit-platform.properties)
 * &#64;ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.github.xray4j.cucumber.XrayPlugin")
 * &#64;CucumberOptions(plugin = "io.github.xray4j.cucumber.XrayPlugin:ci/xray.properties")
 * </pre>
 *
 * <p>A scenario tagged {@code @TEST_CALC-1880} or {@code @CALC-1880} is reported to Test CALC-1880 (every tag
 * counts: Feature and Rule tags are inherited); {@code @REQ_CALC-9} names a requirement: a tagged scenario's
 * Test is linked to it once the run is published, a provisioned Test carries it.
 * The optional argument is a properties file read instead of {@code xray.properties} from the classpath.
 * Configuration is xray-core's ({@code xray.url}, credentials, {@code xray.project-key}...), read from system
 * properties, environment variables, {@code cucumber.properties} or {@code junit-platform.properties} on the
 * test classpath, then the properties file. Keys given only as {@code @ConfigurationParameter} or Launcher
 * parameters are not visible to a Cucumber plugin. Until an endpoint and credentials (or
 * {@code xray.dry-run=true}) are configured the plugin does nothing at all.
 *
 * <p>Needs Cucumber-JVM 7.3.0 or newer; on an older Cucumber it logs one line naming the version found and the one
 * needed (only when reporting is configured) and leaves the scenarios alone.
 *
 * <p>Publishing never fails the test run: the outcome is logged in one line and the results file is kept, unless
 * {@code xray.fail-on-error=true}.
 */
public final class XrayPlugin implements ConcurrentEventListener {

  private static final System.Logger LOG = System.getLogger(XrayPlugin.class.getName());

  private final Supplier<XrayConfig> configuration;

  /** A plugin configured from system properties, the environment, Cucumber's properties and xray.properties. */
  public XrayPlugin() {
    this(() -> CucumberProperties.load(null));
  }

  /** A plugin that reads {@code propertiesFile} instead of {@code xray.properties} from the classpath. */
  public XrayPlugin(File propertiesFile) {
    this(() -> CucumberProperties.load(propertiesFile.toPath()));
  }

  XrayPlugin(Supplier<XrayConfig> configuration) {
    this.configuration = configuration;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    XrayConfig config;
    XrayReporter reporter;
    TestTypes testTypes;
    try {
      config = configuration.get();
      if (!config.isActive()) {
        return;
      }
      Optional<String> tooOld = CucumberVersion.tooOld(CucumberVersion.onClasspath());
      if (tooOld.isPresent()) {
        LOG.log(System.Logger.Level.WARNING, tooOld.get());
        return;
      }
      reporter = XrayReporter.create(config);
      testTypes = TestTypes.of(config);
    } catch (XrayConfigException e) {
      LOG.log(System.Logger.Level.ERROR, () -> "Xray: nothing will be reported for this Cucumber run, the"
          + " configuration is invalid: " + e.getMessage());
      return;
    }
    ScenarioCollector collector = new ScenarioCollector(config.evidenceMaxSize(), reporter::spill);
    ResultAssembler assembler = new ResultAssembler(config);
    Map<String, TestResult> journalled = new ConcurrentHashMap<>();
    publisher.registerHandlerFor(TestRunStarted.class, safely(event -> reporter.runStarted(event.getInstant())));
    publisher.registerHandlerFor(Envelope.class, safely(collector::message));
    publisher.registerHandlerFor(TestCaseStarted.class, safely(collector::started));
    publisher.registerHandlerFor(TestStepFinished.class, safely(collector::stepFinished));
    publisher.registerHandlerFor(WriteEvent.class, safely(collector::log));
    publisher.registerHandlerFor(EmbedEvent.class, safely(collector::attach));
    // each finished scenario (outline: with its rows so far) goes to the journal at once, without asking Xray
    // for Test types; the run's end replaces what a Test's type changes
    publisher.registerHandlerFor(TestCaseFinished.class, safely(event -> collector.finished(event, scenario ->
        assembler.assemble(scenario, keys -> Map.of(), false).forEach(unit -> {
          journalled.put(unit.unit(), unit.result());
          reporter.add(unit.unit(), unit.result());
        }))));
    EventHandler<TestRunFinished> addResults =
        safely(event -> {
          assembler.leftOut(collector.runs()).ifPresent(reporter::leftOut);
          assembler.linkRequirements(collector.runs(), reporter::linkRequirements);
          assembler.assemble(collector.runs(), testTypes, true).stream()
              .filter(unit -> !unit.result().equals(journalled.get(unit.unit())))
              .forEach(unit -> reporter.add(unit.unit(), unit.result()));
        });
    publisher.registerHandlerFor(TestRunFinished.class, event -> {
      addResults.receive(event);
      publish(reporter, config.failOnError());
    });
  }

  /**
   * Publishes; a failure is logged by the reporter, and fails the run only with xray.fail-on-error=true (on a
   * Cucumber that drops what plugins throw, the failure is logged once more as an error saying so).
   */
  private static void publish(XrayReporter reporter, boolean failOnError) {
    PublishOutcome outcome = reporter.finish();
    if (outcome.isFailure() && failOnError) {
      String line = outcome.summaryLine() + " (xray.fail-on-error=true)";
      String version = CucumberVersion.onClasspath();
      if (!CucumberVersion.failsTheRunOnPluginError(version)) {
        LOG.log(System.Logger.Level.ERROR, () -> line + ": Cucumber-JVM " + version + " does not let a plugin fail"
            + " the run (7.12.0 and newer do), so the run's outcome stays Cucumber's: upgrade Cucumber, or fail the"
            + " build on this line");
      }
      throw new IllegalStateException(line);
    }
  }

  /** A handler that logs what goes wrong instead of failing the user's test run with it. */
  private static <T> EventHandler<T> safely(EventHandler<T> handler) {
    return event -> {
      try {
        handler.receive(event);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "Xray: could not record " + event.getClass().getSimpleName()
            + " for Xray (an xray4j bug: please report it with this stack trace); the test run goes on", e);
      }
    };
  }
}
