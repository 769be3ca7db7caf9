package io.github.xray4j.cli;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.publish.PublishOutcome;
import io.github.xray4j.core.publish.Publisher;
import io.github.xray4j.core.publish.Recovery;
import io.github.xray4j.core.publish.ResultsDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code publish FILE|DIR...}: sends results files written by the xray4j libraries, all into one Test
 * Execution, through the core's {@link Publisher#publishFiles}; files already sent (their {@code .published}
 * marker) are skipped unless {@code --force}. In a directory, the journals of runs whose JVM died are recovered
 * first ({@link Recovery}), each into the Test Execution its run used.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Sends results files written by the xray4j libraries.",
    description = {
        "Sends results files written by the xray4j libraries (xray-results-*.json; a directory means every such"
            + " file in it), for example after Xray was down during the test run.%n",
        "All files go into one Test Execution: --test-execution KEY, else the one the files name, else the one"
            + " the files already sent with them went into, else a new one created by the first file sent.%n",
        "A file sent successfully is marked as sent (FILE.published) and skipped next time, unless --force."
            + " --dry-run checks the files and prints what would be sent, sending nothing.%n",
        "In a directory, the journals of runs whose JVM died (xray-journal-*.jsonl) are recovered first, each into"
            + " the Test Execution its run used; one whose creating request got no answer is sent only with"
            + " --test-execution KEY or --new."})
public final class PublishCommand implements Callable<Integer> {

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Results files, or directories holding them.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--test-execution", paramLabel = "KEY",
      description = "Import into this existing Test Execution. Key xray.test-execution-key.")
  @Nullable String testExecution;

  @Option(names = "--new", description = "Recover into a new Test Execution a run whose creating request got no"
      + " answer (Xray may have created one: look for it first, and give it with --test-execution).")
  boolean newExecution;

  @Option(names = "--force", description = "Send files already marked as sent, too.")
  boolean force;

  @Option(names = "--dry-run", description = "Check the files and print what would be sent; send nothing.")
  boolean dryRun;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new CommandLine.ParameterException(spec.commandLine(), path + " does not exist: give results files"
            + " (xray-results-*.json) or the directory holding them (by default target/xray)");
      }
    }
    Map<String, String> more = new LinkedHashMap<>();
    ConnectionOptions.put(more, XrayKey.TEST_EXECUTION_KEY, testExecution);
    if (dryRun) {
      more.put(XrayKey.DRY_RUN.key(), "true");
    }
    XrayConfig config = cli.load(connection, more);
    boolean recoveryRefused = false;
    int recovered = 0;
    if (!dryRun) {
      for (Path dir : paths) {
        if (Files.isDirectory(dir)) {
          RecoveryResult result = recover(dir, config, out, err);
          recovered += result.recovered();
          recoveryRefused |= result.refused();
        }
      }
    }
    List<Path> files = ResultsDirectory.resultsFiles(paths);
    if (config.testExecutionKey().isEmpty()) {
      Optional<String> sibling = executionOfTheFilesAlreadySent(files);
      if (sibling.isPresent()) {
        err.println("xray-cli: importing into " + sibling.get() + ", where the other results files of this run"
            + " went (give --test-execution to choose another)");
        more.put(XrayKey.TEST_EXECUTION_KEY.key(), sibling.get());
        config = cli.load(connection, more);
      }
    }
    if (dryRun) {
      describe(files, config, out);
    } else if (force) {
      for (Path file : files) {
        Files.deleteIfExists(Publisher.markerOf(file)); // written again once the file is in Xray
      }
    }
    PublishOutcome outcome;
    try (Publisher publisher = Publisher.create(config)) {
      outcome = publisher.publishFiles(files);
    }
    if (!(recovered > 0 && outcome.kind() == PublishOutcome.Kind.NOTHING_TO_PUBLISH)) {
      (outcome.isFailure() ? err : out).println(outcome.summaryLine());
    }
    return outcome.isFailure() || recoveryRefused ? XrayCli.PUBLISH_FAILED : XrayCli.OK;
  }

  /** How many runs were recovered from a directory, and whether one was refused for want of a Test Execution. */
  private record RecoveryResult(int recovered, boolean refused) {}

  private RecoveryResult recover(Path dir, XrayConfig config, PrintWriter out, PrintWriter err) {
    boolean[] refused = {false};
    List<Recovery.Recovered> recovered;
    try (Publisher publisher = Publisher.create(config)) {
      recovered = Recovery.recover(dir, publisher, (runId, journal, results) -> {
        if (testExecution != null) {
          return Optional.of(new Recovery.Target(testExecution));
        }
        if (newExecution) {
          return Optional.of(Recovery.Target.newExecution());
        }
        refused[0] = true;
        err.println("xray-cli: " + journal + " holds " + results + " results of a run whose request creating its"
            + " Test Execution got no answer: Xray may have created one. Look for it (its description names run "
            + runId + ") and give --test-execution KEY, or give --new to create another; nothing was sent for it.");
        return Optional.empty();
      });
    }
    for (Recovery.Recovered run : recovered) {
      (run.outcome().isFailure() ? err : out).println(run.summaryLine());
    }
    return new RecoveryResult(recovered.size(), refused[0]);
  }

  /**
   * The Test Execution to keep the run together in: when none of the files still to send names one, and the
   * files of the same run already sent (their {@code .published} markers) all went into one, that one.
   * Typical after a fork of a build could not publish while the others did.
   */
  private static Optional<String> executionOfTheFilesAlreadySent(List<Path> files) {
    Set<String> sentTo = new LinkedHashSet<>();
    boolean toSendNameOne = false;
    for (Path file : files) {
      Optional<String> sent = Publisher.publishedTo(file);
      if (sent.isPresent()) {
        sentTo.add(sent.get());
      } else {
        try {
          toSendNameOne |= ResultsDirectory.summary(file).testExecutionKey() != null;
        } catch (IOException | IllegalArgumentException e) {
          // Publisher reports the file that cannot be read.
        }
      }
    }
    return !toSendNameOne && sentTo.size() == 1 ? Optional.of(sentTo.iterator().next()) : Optional.empty();
  }

  /** The dry run's listing: per file, how many tests and where they would go. */
  private void describe(List<Path> files, XrayConfig config, PrintWriter out) {
    @Nullable String target = config.testExecutionKey().orElse(null);
    for (Path file : files) {
      Optional<String> sent = Publisher.publishedTo(file);
      if (sent.isPresent() && !force) {
        out.println(file + ": already published to " + sent.get() + ", skipped (--force sends it again)");
        continue;
      }
      ResultsDirectory.Summary summary;
      try {
        summary = ResultsDirectory.summary(file);
      } catch (IOException | IllegalArgumentException e) {
        out.println(e instanceof IllegalArgumentException ? "cannot be sent: " + e.getMessage()
            : file + ": cannot be sent: " + e.getMessage());
        continue;
      }
      if (target == null) {
        target = summary.testExecutionKey();
      }
      String into = target != null ? "into " + target
          : "into a new Test Execution in project " + Optional.ofNullable(summary.project())
              .or(config::projectKey).orElse("(none: set --project)");
      out.println(file + ": " + summary.tests() + (summary.tests() == 1 ? " test " : " tests ") + into);
    }
  }

}
