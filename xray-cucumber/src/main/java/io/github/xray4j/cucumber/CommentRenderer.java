package io.github.xray4j.cucumber;

import io.cucumber.plugin.event.Status;
import io.github.xray4j.core.model.Failures;
import io.github.xray4j.cucumber.GherkinIndex.OutlineRow;
import io.github.xray4j.cucumber.ScenarioRun.Attachment;
import io.github.xray4j.cucumber.ScenarioRun.StepRun;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes a Test Run's comment (Jira wiki markup): the scenario step by step with each step's status and, for
 * the step that did not pass, why: the error message and a trimmed stack trace ({@link Failures}), the pending message, or that
 * no step definition matches. Then what the scenario logged, and the attachments left out for their size.
 * A Scenario Outline gets one such section per example row, so each row's outcome stays visible.
 */
final class CommentRenderer {

  private static final Set<Status> NEEDS_NO_EXPLANATION = Set.of(Status.PASSED, Status.SKIPPED, Status.UNUSED);

  private final long evidenceMaxSize;

  CommentRenderer(long evidenceMaxSize) {
    this.evidenceMaxSize = evidenceMaxSize;
  }

  /** The scenario's keyword, name and place: {@code *Scenario Outline:* Dividing} and {@code features/calc.feature:20}. */
  String heading(ScenarioRun run, String location) {
    String title = run.source() != null
        ? "*" + run.source().keyword() + ":* " + run.source().name()
        : "*Scenario:* " + run.name();
    return title + "\n" + location;
  }

  /** The comment of a plain scenario. */
  String scenario(ScenarioRun run, String location) {
    StringJoiner text = new StringJoiner("\n");
    text.add(heading(run, location));
    body(run, text);
    return text.toString();
  }

  /** The comment of a Scenario Outline: one section per example row that ran, in row order. */
  String outline(List<ScenarioRun> rows, String location) {
    StringJoiner text = new StringJoiner("\n\n");
    text.add(heading(rows.get(0), location));
    rows.forEach(row -> text.add(row(row)));
    return text.toString();
  }

  /** The section of one example row. */
  String row(ScenarioRun run) {
    StringJoiner text = new StringJoiner("\n");
    OutlineRow row = run.row();
    String heading = row == null ? run.name() : "Example " + (row.index() + 1) + " of " + row.count()
        + " (" + row.describe() + ")";
    text.add("*" + heading + "*: " + run.status());
    body(run, text);
    return text.toString();
  }

  private void body(ScenarioRun run, StringJoiner text) {
    for (StepRun step : run.steps()) {
      if (!step.hook() || !NEEDS_NO_EXPLANATION.contains(step.status())) {
        text.add("* " + step.status() + ": " + step.text());
      }
    }
    run.steps().stream().filter(step -> !NEEDS_NO_EXPLANATION.contains(step.status())).findFirst()
        .or(() -> run.steps().stream().filter(step -> step.status() == Status.SKIPPED && step.error() != null)
            .findFirst())
        .ifPresent(step -> text.add(reason(step)));
    if (!run.logs().isEmpty()) {
      text.add("Log:\n{noformat}\n" + String.join("\n", run.logs()).replace("{noformat}", "{ noformat}")
          + "\n{noformat}");
    }
    for (Attachment attachment : run.attachments()) {
      if (attachment.content() == null) {
        text.add("Attachment " + ResultAssembler.filenameOf(attachment, 0) + " (" + attachment.size()
            + " bytes) left out: larger than xray.evidence-max-size (" + evidenceMaxSize + " bytes)");
      }
    }
  }

  private static String reason(StepRun step) {
    String what = step.hook() ? "hook" : "step";
    return switch (step.status()) {
      case UNDEFINED -> "Undefined " + what + ": " + step.text()
          + "\nNo step definition matches this step: implement one (Cucumber prints a snippet).";
      case PENDING -> "Pending " + what + ": " + step.text() + message(step.error());
      case SKIPPED -> "Skipped at " + what + ": " + step.text() + message(step.error());
      case AMBIGUOUS -> "Ambiguous " + what + ": " + step.text() + "\n{code}\n"
          + String.valueOf(step.error() != null ? step.error().getMessage() : null).replace("{code}", "{ code}")
          + "\n{code}";
      default -> capitalize(step.status().name()) + " " + what + ": " + step.text() + "\n" + code(step.error());
    };
  }

  private static String message(@Nullable Throwable error) {
    return error == null || error.getMessage() == null ? "" : "\n" + error.getMessage();
  }

  private static String code(@Nullable Throwable error) {
    return error == null ? "{code}\n(no error was reported)\n{code}" : Failures.codeBlock(error);
  }

  private static String capitalize(String status) {
    String lower = status.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
