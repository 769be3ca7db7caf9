package io.github.xray4j.cli;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.ConfigLoader;
import io.github.xray4j.core.config.Redaction;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xray-cli} command: {@code publish}, {@code create-execution}, {@code check},
 * {@code features export|import} and {@code oauth login}.
 *
 * <pre>{@code
 * java -jar xray-cli.jar publish target/xray
 * java -jar xray-cli.jar create-execution --summary "Nightly" --test-plan CALC-100
 * java -jar xray-cli.jar check
 * java -jar xray-cli.jar features export --test-plan CALC-24
 * java -jar xray-cli.jar features import src/test/resources/features --project CALC
 * java -jar xray-cli.jar oauth login
 * }</pre>
 *
 * <p>Configuration comes from the same keys and sources as the libraries ({@code xray.*} system properties,
 * {@code XRAY_*} environment variables, {@code xray.properties} or {@code --config FILE}), with the command
 * line's options above them all. Exit codes: {@value #OK} done, {@value #PUBLISH_FAILED} publishing (or a
 * check) failed, {@value #USAGE} a usage or configuration error.
 */
@Command(
    name = "xray-cli",
    mixinStandardHelpOptions = true,
    versionProvider = XrayCli.Version.class,
    subcommands = {PublishCommand.class, CreateExecutionCommand.class, CheckCommand.class,
        FeaturesCommand.class, OAuthCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Sends test results to Xray (Jira), creates Test Executions for CI shards, checks a configuration and"
            + " exports or imports Cucumber features.%n",
        "Configuration: the same keys as the xray4j libraries, from (highest first) the command's options,"
            + " -Dxray.* system properties, XRAY_* environment variables, --config FILE or xray.properties in"
            + " the working directory's classpath.%n",
        "Prefer environment variables for secrets (XRAY_TOKEN, XRAY_PASSWORD, XRAY_CLIENT_SECRET): command-line"
            + " arguments are visible to other users of the machine. TLS certificates are always verified; for a"
            + " private CA use -Djavax.net.ssl.trustStore=FILE -Djavax.net.ssl.trustStorePassword=..."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  done",
        "  1  publishing failed, a check failed, or Xray refused a feature (results files are kept: re-run to"
            + " re-send)",
        "  2  usage or configuration error"})
public final class XrayCli implements Runnable {

  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: publishing failed, or a check failed. */
  public static final int PUBLISH_FAILED = 1;
  /** Exit code: a usage or configuration error. */
  public static final int USAGE = 2;

  private final Supplier<ConfigLoader> loaders;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  XrayCli(Supplier<ConfigLoader> loaders) {
    this.loaders = requireNonNull(loaders, "loaders");
  }

  /** The configuration sources, before the command line's own options are added. */
  ConfigLoader loader() {
    return loaders.get();
  }

  /**
   * Loads a command's configuration (its {@code connection} options and {@code more} above the sources) and from
   * then on masks its secrets in everything the command prints.
   */
  XrayConfig load(ConnectionOptions connection, Map<String, String> more) {
    XrayConfig config = connection.load(loader(), more);
    Redaction redaction = Redaction.of(config);
    if (spec.commandLine().getOut() instanceof RedactingWriter out) {
      out.use(redaction);
    }
    if (spec.commandLine().getErr() instanceof RedactingWriter err) {
      err.use(redaction);
    }
    return config;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: publish, create-execution,"
        + " check, features or oauth (see --help)");
  }

  /**
   * The command line, writing to these writers and reading configuration through {@code loaders} (a fresh
   * loader per command run): what {@link #main} runs, and what tests run in-process.
   */
  public static CommandLine commandLine(Supplier<ConfigLoader> loaders, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new XrayCli(loaders));
    commandLine.setOut(new RedactingWriter(out));
    commandLine.setErr(new RedactingWriter(err));
    commandLine.setExitCodeExceptionMapper(XrayCli::exitCodeOf);
    commandLine.setParameterExceptionHandler((exception, args) -> {
      CommandLine cl = exception.getCommandLine();
      PrintWriter errors = cl.getErr();
      errors.println("xray-cli: " + Secrets.masked(String.valueOf(exception.getMessage()), args));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, errors)) {
        errors.println("See '" + cl.getCommandSpec().qualifiedName() + " --help'.");
      }
      errors.flush();
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
      PrintWriter errors = cl.getErr();
      if (exception instanceof XrayConfigException) {
        errors.println("xray-cli: configuration error: " + exception.getMessage());
      } else {
        errors.println("xray-cli: " + (exception.getMessage() != null ? exception.getMessage()
            : exception.getClass().getSimpleName()));
      }
      errors.flush();
      return exitCodeOf(exception);
    });
    return commandLine;
  }

  private static int exitCodeOf(Throwable exception) {
    return exception instanceof XrayConfigException || exception instanceof CommandLine.ParameterException
        ? USAGE : PUBLISH_FAILED;
  }

  /** Runs a command and exits with its code; the only place that exits the JVM. */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    int code = commandLine(XrayConfig::loader, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = XrayCli.class.getPackage().getImplementationVersion();
      return new String[] {"xray-cli " + (version != null ? version : "(development build)")};
    }
  }
}
