package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What became of one run's results: published into a Test Execution, written only (dry run), failed (and kept
 * on disk), or nothing to publish.
 *
 * <pre>{@code
 * PublishOutcome outcome = reporter.finish();
 * if (outcome.isFailure() && config.failOnError()) {
 *   throw new IllegalStateException(outcome.summaryLine());
 * }
 * }</pre>
 *
 * @param kind what happened
 * @param testExecutionKey the Test Execution the results went into (also set when a later batch failed), or null
 * @param browseUrl where a person can look at that Test Execution, or null
 * @param results how many test results the run had (one per Test, after merging)
 * @param published how many of them Xray accepted
 * @param problems per-test trouble: a Test key Xray did not know, evidence left out, a problem reported in a 200
 * @param reason for a failure, what went wrong and what to check; for nothing to publish, why; else null
 * @param files every results file written for this run, in batch order
 * @param unsentFiles the files that still hold results Xray has not accepted (re-send them with the CLI)
 * @param elapsed how long publishing took
 * @param leftOut what the adapter did not report and how to include it, for the summary line (such as
 *     {@code 4 tests have no Xray key (add @XrayTest, or set xray.report-unannotated=true)}), or null
 */
public record PublishOutcome(
    Kind kind,
    @Nullable String testExecutionKey,
    @Nullable URI browseUrl,
    int results,
    int published,
    List<Problem> problems,
    @Nullable String reason,
    List<Path> files,
    List<Path> unsentFiles,
    Duration elapsed,
    @Nullable String leftOut) {

  /** Files named one by one in the summary line; more are named by their directory and count. */
  static final int FILES_NAMED = 3;

  /** The command that re-sends results files; the file names follow it. */
  public static final String RESEND_COMMAND = "java -jar xray-cli.jar publish";

  /** What happened to a run's results. */
  public enum Kind {
    /** Xray accepted the results (some tests may still have {@link #problems() problems}). */
    PUBLISHED,
    /** {@code xray.dry-run=true}: the results files were written, nothing was sent. */
    DRY_RUN,
    /** Sending failed, or a file could not be written; the results files that remain say what was not sent. */
    FAILED,
    /** There were no results, or reporting is off: no file, no request. */
    NOTHING_TO_PUBLISH
  }

  /**
   * Trouble with one test's result that did not stop the others.
   *
   * @param test the Test key, or the definition or summary of a test without one
   * @param message what happened, for a person
   */
  public record Problem(String test, String message) {
    public Problem {
      requireNonNull(test, "test");
      requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return test + ": " + message;
    }
  }

  public PublishOutcome {
    requireNonNull(kind, "kind");
    problems = List.copyOf(problems);
    files = List.copyOf(files);
    unsentFiles = List.copyOf(unsentFiles);
    requireNonNull(elapsed, "elapsed");
    if (kind == Kind.FAILED && reason == null) {
      throw new IllegalArgumentException("a failed outcome needs a reason");
    }
  }

  /** An outcome without a {@code leftOut} note. */
  public PublishOutcome(Kind kind, @Nullable String testExecutionKey, @Nullable URI browseUrl, int results,
      int published, List<Problem> problems, @Nullable String reason, List<Path> files, List<Path> unsentFiles,
      Duration elapsed) {
    this(kind, testExecutionKey, browseUrl, results, published, problems, reason, files, unsentFiles, elapsed,
        null);
  }

  /** This outcome, its summary line also saying what the adapter left out (null: nothing). */
  public PublishOutcome withLeftOut(@Nullable String note) {
    return new PublishOutcome(kind, testExecutionKey, browseUrl, results, published, problems, reason, files,
        unsentFiles, elapsed, note);
  }

  /** Nothing to publish, for the given reason. */
  public static PublishOutcome nothingToPublish(String reason) {
    return new PublishOutcome(
        Kind.NOTHING_TO_PUBLISH, null, null, 0, 0, List.of(), reason, List.of(), List.of(), Duration.ZERO);
  }

  /** Whether publishing failed (the results are in {@link #unsentFiles()}). */
  public boolean isFailure() {
    return kind == Kind.FAILED;
  }

  /** The Test Execution key, if one is known. */
  public Optional<String> testExecution() {
    return Optional.ofNullable(testExecutionKey);
  }

  /**
   * The command that re-sends the results Xray has not accepted, such as
   * {@code java -jar xray-cli.jar publish target/xray/xray-results-20261128T090000Z.json}, or the directory when
   * more than {@value #FILES_NAMED} files in one directory are left (the CLI skips the files already published);
   * empty if there are none.
   */
  public Optional<String> resendCommand() {
    if (unsentFiles.isEmpty()) {
      return Optional.empty();
    }
    Path directory = commonDirectory(unsentFiles);
    if (unsentFiles.size() > FILES_NAMED && directory != null) {
      return Optional.of(RESEND_COMMAND + " " + quoted(directory)); // the CLI skips files already published
    }
    return Optional.of(
        RESEND_COMMAND + " " + unsentFiles.stream().map(PublishOutcome::quoted).collect(Collectors.joining(" ")));
  }

  /**
   * The one line that tells a person what happened, such as
   * {@code Xray: 128 results published to CALC-2001 (https://jira.example.com/browse/CALC-2001) in 1.4 s}.
   */
  public String summaryLine() {
    StringBuilder line = new StringBuilder("Xray: ");
    switch (kind) {
      case PUBLISHED -> {
        line.append(count(published)).append(" published to ").append(testExecutionKey);
        if (browseUrl != null) {
          line.append(" (").append(browseUrl).append(')');
        }
        line.append(" in ").append(seconds(elapsed));
        if (published < results) {
          line.append("; ").append(results - published).append(" not accepted");
        }
        appendLeftOut(line);
        appendProblems(line);
      }
      case DRY_RUN -> {
        line.append("dry run, ").append(count(results)).append(" written to ").append(files(files))
            .append(" (nothing sent; set xray.dry-run=false to publish)");
        appendLeftOut(line);
        appendProblems(line);
      }
      case FAILED -> {
        line.append("publishing ").append(count(results)).append(" failed");
        if (published > 0 && testExecutionKey != null) {
          line.append(" after ").append(published).append(" went into ").append(testExecutionKey);
        }
        line.append(": ").append(sentence(requireNonNull(reason)));
        appendProblems(line);
        // last, so that the command can be copied from the end of the line
        resendCommand().ifPresent(command -> line.append(" The results are kept in ").append(files(unsentFiles))
            .append("; re-send them with: ").append(command));
      }
      case NOTHING_TO_PUBLISH -> {
        line.append("nothing to publish").append(reason != null ? ": " + reason : "");
        appendLeftOut(line);
      }
    }
    return line.toString();
  }

  private void appendLeftOut(StringBuilder line) {
    if (leftOut != null && !leftOut.isBlank()) {
      line.append("; ").append(leftOut.strip());
    }
  }

  /** The files one by one, or, past {@value #FILES_NAMED} in one directory, {@code 100 files in target/xray}. */
  private static String files(List<Path> some) {
    Path directory = commonDirectory(some);
    if (some.size() > FILES_NAMED && directory != null) {
      return some.size() + " files in " + directory;
    }
    return some.stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  private static @Nullable Path commonDirectory(List<Path> some) {
    Path directory = some.isEmpty() ? null : some.get(0).getParent();
    for (Path file : some) {
      if (directory == null || !directory.equals(file.getParent())) {
        return null;
      }
    }
    return directory;
  }

  private void appendProblems(StringBuilder line) {
    if (!problems.isEmpty()) {
      line.append(line.charAt(line.length() - 1) == '.' ? " " : ". ")
          .append(problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ")
          .append(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
      if (line.charAt(line.length() - 1) != '.') {
        line.append('.');
      }
    }
  }

  @Override
  public String toString() {
    return summaryLine();
  }

  /** The text ending with a full stop (or {@code !}, {@code ?}), so that what follows reads as a new sentence. */
  static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
  }

  private static String count(int n) {
    return n == 1 ? "1 result" : n + " results";
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String quoted(Path file) {
    String text = file.toString();
    return text.contains(" ") ? "\"" + text + "\"" : text;
  }
}
