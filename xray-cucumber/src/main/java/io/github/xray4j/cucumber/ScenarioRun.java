package io.github.xray4j.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.cucumber.GherkinIndex.ScenarioSource;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One executed test case (a scenario, or one row of a Scenario Outline), as recorded from Cucumber's events.
 *
 * @param uri the feature file
 * @param line the test case's line (for an outline row: the row's line)
 * @param name the scenario's name (for an outline row: with the values filled in)
 * @param tags the test case's tags, inherited ones included
 * @param start when it started
 * @param finish when it finished
 * @param status Cucumber's status of the whole test case
 * @param steps the steps and hooks, in order
 * @param attachments what the scenario attached, in order
 * @param logs what the scenario logged, in order
 * @param source the Gherkin behind it, or null if Cucumber did not publish the feature file
 */
record ScenarioRun(
    URI uri,
    int line,
    String name,
    List<String> tags,
    Instant start,
    Instant finish,
    Status status,
    List<StepRun> steps,
    List<Attachment> attachments,
    List<String> logs,
    @Nullable ScenarioSource source) {

  ScenarioRun {
    requireNonNull(uri, "uri");
    requireNonNull(name, "name");
    tags = List.copyOf(tags);
    requireNonNull(start, "start");
    requireNonNull(finish, "finish");
    requireNonNull(status, "status");
    steps = List.copyOf(steps);
    attachments = List.copyOf(attachments);
    logs = List.copyOf(logs);
  }

  /** The line of the scenario itself (for an outline row: of the outline), which identifies it in its file. */
  int scenarioLine() {
    return source != null ? source.line() : line;
  }

  /** The outline row this run is, or null for a plain scenario. */
  GherkinIndex.@Nullable OutlineRow row() {
    return source != null ? source.row() : null;
  }

  /**
   * A step or a hook that ran.
   *
   * @param text {@code Given a calculator}, or {@code Before hook com.acme.Hooks.open()}
   * @param hook whether it is a hook
   * @param status its status
   * @param error what it threw, or null
   */
  record StepRun(String text, boolean hook, Status status, @Nullable Throwable error) {
    StepRun {
      requireNonNull(text, "text");
      requireNonNull(status, "status");
    }
  }

  /**
   * What {@code scenario.attach(...)} attached.
   *
   * @param name the name given, or null
   * @param mediaType the media type given
   * @param size the content's size in bytes
   * @param content the content, written to disk as it was attached (see {@link
   *     io.github.xray4j.core.publish.XrayReporter#spill}), or null when it is larger than
   *     {@code xray.evidence-max-size} (not kept at all)
   */
  record Attachment(@Nullable String name, String mediaType, long size, @Nullable Evidence content) {
    Attachment {
      requireNonNull(mediaType, "mediaType");
    }
  }
}
