package io.github.xray4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code publish FILE|DIR...}: sends results files written by the xray4j libraries. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Sends results files written by the xray4j libraries.",
    description = {
        "Sends results files written by the xray4j libraries (xray-results-*.json; a directory means every such"
            + " file in it), for example after Xray was down during the test run.%n",
        "All files go into one Test Execution: --test-execution KEY, else the one the files name, else a new one"
            + " created by the first file sent.%n",
        "A file sent successfully is marked as sent and skipped next time, unless --force. --dry-run checks the"
            + " files and prints what would be sent, sending nothing."})
public final class PublishCommand implements Callable<Integer> {

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Results files, or directories holding them.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--test-execution", paramLabel = "KEY",
      description = "Import into this existing Test Execution. Key xray.test-execution-key.")
  String testExecution;

  @Option(names = "--force", description = "Send files already marked as sent, too.")
  boolean force;

  @Option(names = "--dry-run", description = "Check the files and print what would be sent; send nothing.")
  boolean dryRun;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    Map<String, String> more = new LinkedHashMap<>();
    ConnectionOptions.put(more, io.github.xray4j.core.config.XrayKey.TEST_EXECUTION_KEY, testExecution);
    var config = connection.load(cli.loader(), more);
    throw new UnsupportedOperationException("not yet " + config);
  }
}
