package io.github.xray4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code features export|import}: Cucumber {@code .feature} files to and from Xray, the two ways of Xray's
 * BDD workflow, through the core's {@link io.github.xray4j.core.features.FeatureSync}.
 */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    header = "Exports Cucumber features from Xray, or imports them into Xray.",
    description = {
        "Jira first: 'features export' writes the Cucumber Tests written in Xray as .feature files (with Xray's"
            + " tags, @TEST_CALC-13) for the run to execute.%n",
        "Git first: 'features import' sends the .feature files written in Git to Xray, which creates or updates"
            + " the Tests and Pre-Conditions."},
    subcommands = {FeaturesExportCommand.class, FeaturesImportCommand.class})
public final class FeaturesCommand implements Runnable {

  @ParentCommand XrayCli cli;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: features export or"
        + " features import (see --help)");
  }
}
