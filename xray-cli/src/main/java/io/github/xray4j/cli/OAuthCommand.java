package io.github.xray4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oauth}: the OAuth commands; {@code oauth login} is the only one. */
@Command(
    name = "oauth",
    mixinStandardHelpOptions = true,
    header = "OAuth with Jira Server/Data Center: log in once, keep the token in CI.",
    description = "See 'oauth login --help'.",
    subcommands = {OAuthLoginCommand.class, CommandLine.HelpCommand.class})
final class OAuthCommand implements Runnable {

  @CommandLine.ParentCommand XrayCli cli;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: login (see --help)");
  }
}
