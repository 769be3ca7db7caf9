package io.github.xray4j.cucumber;

import io.cucumber.plugin.event.Status;
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
 * the step that did not pass, why: the error message and a trimmed stack trace, the pending message, or that
 * no step definition matches. Then what the scenario logged, and the attachments left out for their size.
 * A Scenario Outline gets one such section per example row, so each row's outcome stays visible.
 */
final class CommentRenderer {

  private static final int MAX_FRAMES = 12;
  private static final int MAX_CAUSE_FRAMES = 4;
  private static final int MAX_CAUSES = 3;
  private static final List<String> FRAMEWORK_FRAMES =
      List.of(
          "io.cucumber.", "org.junit.", "org.opentest4j.", "org.assertj.", "org.hamcrest.", "java.lang.reflect.",
          "jdk.internal.", "sun.reflect.", "java.base/jdk.internal.");
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
      if (attachment.data() == null) {
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
    String trace = error == null ? "(no error was reported)" : trace(error);
    return "{code}\n" + trace.replace("{code}", "{ code}") + "\n{code}";
  }

  /** The throwable, its causes and the frames that matter: the user's code, not Cucumber's or reflection's. */
  static String trace(Throwable error) {
    StringBuilder text = new StringBuilder(error.toString());
    frames(error, MAX_FRAMES, text);
    Throwable cause = error.getCause();
    for (int depth = 0; cause != null && cause != error && depth < MAX_CAUSES; depth++) {
      text.append("\nCaused by: ").append(cause);
      frames(cause, MAX_CAUSE_FRAMES, text);
      cause = cause.getCause();
    }
    return text.toString();
  }

  /**
   * The frames that matter: the user's (from the first to the one that called into the framework), or the
   * first frames when all of them are the framework's.
   */
  private static void frames(Throwable error, int max, StringBuilder text) {
    StackTraceElement[] frames = error.getStackTrace();
    boolean anyUserFrame = false;
    for (StackTraceElement frame : frames) {
      anyUserFrame |= !isFramework(frame);
    }
    boolean userCodeSeen = false;
    int shown = 0;
    for (StackTraceElement frame : frames) {
      boolean framework = anyUserFrame && isFramework(frame);
      if (shown == max || framework && userCodeSeen) {
        break;
      }
      userCodeSeen |= !framework;
      if (!framework) {
        text.append("\n\tat ").append(frame);
        shown++;
      }
    }
    if (shown < frames.length) {
      text.append("\n\t... ").append(frames.length - shown).append(" more");
    }
  }

  private static boolean isFramework(StackTraceElement frame) {
    String className = frame.getClassName();
    return FRAMEWORK_FRAMES.stream().anyMatch(className::startsWith);
  }

  private static String capitalize(String status) {
    String lower = status.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
