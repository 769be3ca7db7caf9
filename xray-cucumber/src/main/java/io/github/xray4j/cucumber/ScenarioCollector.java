package io.github.xray4j.cucumber;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.cucumber.ScenarioRun.Attachment;
import io.github.xray4j.cucumber.ScenarioRun.StepRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Records every test case of a run from Cucumber's events into {@link ScenarioRun}s. Thread-safe: test cases
 * run in parallel are kept apart by their id, so every scenario is recorded exactly once. Attachments are handed
 * to disk as they arrive; a finished test case is handed on at once with the finished runs of its scenario.
 */
final class ScenarioCollector {

  private final long evidenceMaxSize;
  private final GherkinIndex gherkin = new GherkinIndex();
  private final Map<UUID, Recording> running = new ConcurrentHashMap<>();
  private final Queue<ScenarioRun> finished = new ConcurrentLinkedQueue<>();
  private final Map<String, List<ScenarioRun>> byScenario = new ConcurrentHashMap<>();
  private final UnaryOperator<Evidence> spill;

  /**
   * A collector that keeps attachments up to {@code evidenceMaxSize} bytes, each given to {@code spill} (which
   * writes it to disk) as it arrives: larger ones are only noted, so a run's screenshots and videos are not
   * held in memory.
   */
  ScenarioCollector(long evidenceMaxSize, UnaryOperator<Evidence> spill) {
    this.evidenceMaxSize = evidenceMaxSize;
    this.spill = spill;
  }

  void message(Envelope envelope) {
    envelope.getGherkinDocument().ifPresent(gherkin::add);
  }

  void started(TestCaseStarted event) {
    running.put(event.getTestCase().getId(), new Recording(event.getTestCase(), event.getInstant()));
  }

  void stepFinished(TestStepFinished event) {
    Recording recording = running.get(event.getTestCase().getId());
    if (recording != null) {
      recording.steps.add(new StepRun(describe(event.getTestStep()), event.getTestStep() instanceof HookTestStep,
          event.getResult().getStatus(), event.getResult().getError()));
    }
  }

  void log(WriteEvent event) {
    Recording recording = running.get(event.getTestCase().getId());
    if (recording != null) {
      recording.logs.add(event.getText());
    }
  }

  void attach(EmbedEvent event) {
    Recording recording = running.get(event.getTestCase().getId());
    if (recording != null) {
      byte[] data = event.getData();
      Evidence content = data.length <= evidenceMaxSize
          ? spill.apply(Evidence.ofBytes(Optional.ofNullable(event.getName()).filter(name -> !name.isBlank())
              .orElse("attachment"), event.getMediaType(), data))
          : null;
      recording.attachments.add(new Attachment(event.getName(), event.getMediaType(), data.length, content));
    }
  }

  /**
   * Records a finished test case and hands {@code scenario} every finished run of its scenario (one, or the rows
   * of its outline finished so far), while no other row of that scenario can be handed on.
   */
  void finished(TestCaseFinished event, Consumer<List<ScenarioRun>> scenario) {
    Recording recording = running.remove(event.getTestCase().getId());
    if (recording != null) {
      TestCase testCase = recording.testCase;
      ScenarioRun run =
          new ScenarioRun(
              testCase.getUri(),
              testCase.getLocation().getLine(),
              testCase.getName(),
              testCase.getTags(),
              recording.start,
              event.getInstant(),
              event.getResult().getStatus(),
              recording.steps,
              recording.attachments,
              recording.logs,
              gherkin.find(testCase.getUri(), testCase.getLocation().getLine()).orElse(null));
      finished.add(run);
      List<ScenarioRun> rows = byScenario.computeIfAbsent(run.uri() + ":" + run.scenarioLine(),
          key -> new ArrayList<>());
      synchronized (rows) {
        rows.add(run);
        scenario.accept(List.copyOf(rows));
      }
    }
  }

  /** The test cases finished so far. */
  List<ScenarioRun> runs() {
    return List.copyOf(finished);
  }

  private static String describe(TestStep step) {
    if (step instanceof PickleStepTestStep pickleStep) {
      return pickleStep.getStep().getKeyword().strip() + " " + pickleStep.getStep().getText();
    }
    if (step instanceof HookTestStep hook) {
      String type = hook.getHookType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " hook " + hook.getCodeLocation();
    }
    return step.getCodeLocation();
  }

  /** A test case in progress; its events arrive one at a time (Cucumber serialises them). */
  private static final class Recording {
    private final TestCase testCase;
    private final Instant start;
    private final List<StepRun> steps = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String> logs = new ArrayList<>();

    private Recording(TestCase testCase, Instant start) {
      this.testCase = testCase;
      this.start = start;
    }
  }
}
