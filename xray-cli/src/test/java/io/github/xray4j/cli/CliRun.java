package io.github.xray4j.cli;

import io.github.xray4j.core.config.XrayConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * One in-process run of the CLI, with its own environment (no system properties, no real environment) and its
 * captured output.
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Map<String, String> environment, Path workingDirectory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XrayCli.commandLine(
            () -> XrayConfig.loader().systemProperties(Map.of()).environment(environment)
                .workingDirectory(workingDirectory),
            new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  String all() {
    return out + err;
  }
}
