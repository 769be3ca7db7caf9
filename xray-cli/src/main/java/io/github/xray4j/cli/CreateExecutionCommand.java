package io.github.xray4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code create-execution}: creates a Test Execution and prints only its key on standard output, for a CI
 * pipeline to hand to its shards as {@code XRAY_TEST_EXECUTION_KEY}.
 */
@Command(
    name = "create-execution",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Creates a Test Execution and prints its key, for CI shards.",
    description = {
        "Creates a Test Execution and prints only its key on standard output (messages go to standard error),"
            + " for a CI pipeline to hand to its shards as XRAY_TEST_EXECUTION_KEY:%n",
        "  export XRAY_TEST_EXECUTION_KEY=$(java -jar xray-cli.jar create-execution --summary Nightly)%n",
        "Needs the project (--project or XRAY_PROJECT_KEY)."})
public final class CreateExecutionCommand implements Callable<Integer> {

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;
  @Mixin ExecutionOptions execution = new ExecutionOptions();
  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Override
  public Integer call() {
    Map<String, String> more = new LinkedHashMap<>();
    execution.addTo(more);
    var config = connection.load(cli.loader(), more);
    throw new UnsupportedOperationException("not yet: " + config.projectKey().orElse("?"));
  }
}
