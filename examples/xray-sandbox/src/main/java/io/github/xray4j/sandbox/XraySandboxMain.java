package io.github.xray4j.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs the sandbox from the command line until the process is stopped (Ctrl-C):
 * {@code java -jar examples/xray-sandbox/target/xray-sandbox.jar [--port N] [--seed file] [--import-delay 2s]
 * [--late-creating-import 1:4s] [--oauth2-client ID:SECRET] [--oauth1-consumer KEY=public.pem]}. It prints its URL
 * on the first line, then the credentials to use, Server/DC and Cloud, one line each, a line per OAuth client or
 * consumer registered (never a secret given on the command line), then the import delays if there are any.
 */
public final class XraySandboxMain {

  static final String USAGE = "Usage: java -jar xray-sandbox.jar [--port N] [--seed seed.json]"
      + " [--import-delay 2s] [--late-creating-import N:4s] [--oauth2-client ID:SECRET]"
      + " [--oauth1-consumer KEY=public.pem]";
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");
  private static final Pattern LATE = Pattern.compile("([0-9]{1,9}):(.*)");
  private static final Pattern CLIENT = Pattern.compile("([^:]+):(.+)");
  private static final Pattern CONSUMER = Pattern.compile("([^=]+)=(.+)");

  private XraySandboxMain() {
  }

  /**
   * Starts the sandbox and waits.
   *
   * @param args {@code --port N} (0 or none: a free port), {@code --seed file}, {@code --import-delay 2s}
   *     (every import answers that late), {@code --late-creating-import N:4s} (the Nth import that creates a
   *     Test Execution answers that late, after creating it); durations in {@code ms}, {@code s}, {@code m}
   *     or {@code h}; {@code --oauth2-client ID:SECRET} (one more OAuth 2.0 client), {@code --oauth1-consumer
   *     KEY=public.pem} (an OAuth 1.0a consumer and the file of its RSA public key); both may be repeated
   */
  public static void main(String[] args) throws InterruptedException {
    XraySandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // a bad argument, seed or port: say which, without a stack trace
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (sandbox != null) {
      new CountDownLatch(1).await();
    }
  }

  /**
   * Parses the arguments, starts the sandbox and prints where it listens and how to log in;
   * {@code null} after printing the usage for {@code --help}.
   *
   * @throws IllegalArgumentException for an argument it does not understand
   */
  static @Nullable XraySandbox start(String[] args, PrintStream out) {
    XraySandbox.Builder builder = XraySandbox.builder();
    Duration importDelay = Duration.ZERO;
    int lateNth = 0;
    Duration lateDelay = Duration.ZERO;
    List<String> oauthLines = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> builder.port(parsePort(valueOf(args, ++i, "--port")));
        case "--seed" -> builder.seed(Path.of(valueOf(args, ++i, "--seed")));
        case "--import-delay" -> importDelay = duration(valueOf(args, ++i, "--import-delay"), "--import-delay");
        case "--late-creating-import" -> {
          String value = valueOf(args, ++i, "--late-creating-import");
          Matcher late = LATE.matcher(value);
          if (!late.matches() || Integer.parseInt(late.group(1)) < 1) {
            throw new IllegalArgumentException("--late-creating-import must be N:DURATION with N from 1,"
                + " e.g. 1:4s for the first import that creates a Test Execution, not " + value);
          }
          lateNth = Integer.parseInt(late.group(1));
          lateDelay = duration(late.group(2), "--late-creating-import");
          builder.lateCreatingImport(lateNth, lateDelay);
        }
        case "--oauth2-client" -> {
          String value = valueOf(args, ++i, "--oauth2-client");
          Matcher client = CLIENT.matcher(value);
          if (!client.matches()) {
            throw new IllegalArgumentException("--oauth2-client must be CLIENT_ID:CLIENT_SECRET");
          }
          builder.oauth2Client(client.group(1), client.group(2));
          oauthLines.add("OAuth 2.0 client " + client.group(1) + " (with the secret given)");
        }
        case "--oauth1-consumer" -> {
          String value = valueOf(args, ++i, "--oauth1-consumer");
          Matcher consumer = CONSUMER.matcher(value);
          if (!consumer.matches()) {
            throw new IllegalArgumentException("--oauth1-consumer must be CONSUMER_KEY=public-key.pem, not " + value);
          }
          builder.oauth1Consumer(consumer.group(1), readFile(Path.of(consumer.group(2)), "--oauth1-consumer"));
          oauthLines.add("OAuth 1.0a consumer " + consumer.group(1) + " (public key " + consumer.group(2)
              + "), access token " + SandboxCredentials.OAUTH1_ACCESS_TOKEN + " or none");
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return null;
        }
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    XraySandbox sandbox = builder.importDelay(importDelay).start();
    out.println("Xray sandbox listening on " + sandbox.url() + " (open it in a browser to see what was published)");
    out.println("Server/DC: XRAY_URL=" + sandbox.url() + " user " + SandboxCredentials.USER + " password "
        + SandboxCredentials.PASSWORD + ", or Personal Access Token " + SandboxCredentials.PERSONAL_ACCESS_TOKEN
        + ", or OAuth 2.0 client id " + SandboxCredentials.OAUTH2_CLIENT_ID + " client secret "
        + SandboxCredentials.OAUTH2_CLIENT_SECRET + " refresh token " + SandboxCredentials.OAUTH2_REFRESH_TOKEN
        + " (or none: client credentials)");
    out.println("Cloud: URL " + sandbox.url() + " client id " + SandboxCredentials.CLIENT_ID + " client secret "
        + SandboxCredentials.CLIENT_SECRET);
    oauthLines.forEach(line -> out.println("Server/DC " + line));
    if (!importDelay.isZero()) {
      out.println("Every import answers " + show(importDelay) + " after it was applied");
    }
    if (lateNth > 0) {
      out.println("Import number " + lateNth + " of those that create a Test Execution answers "
          + show(lateDelay) + " after creating it");
    }
    out.flush();
    return sandbox;
  }

  private static String readFile(Path file, String option) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(option + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String valueOf(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static Duration duration(String value, String option) {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(option + " needs a duration such as 500ms, 2s, 1m or 1h, not " + value);
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  /** A duration as it was written: {@code 2s}, {@code 500ms}. */
  private static String show(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, not " + value, e);
    }
  }
}
