package io.github.xray4j.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs the sandbox from the command line until the process is stopped (Ctrl-C):
 * {@code java -jar examples/xray-sandbox/target/xray-sandbox.jar [--port N] [--seed file]}.
 * It prints its URL on the first line, then the credentials to use, one line each.
 */
public final class XraySandboxMain {

    static final String USAGE = "Usage: java -jar xray-sandbox.jar [--port N] [--seed seed.json]";

    private XraySandboxMain() {
    }

    /**
     * Starts the sandbox and waits.
     *
     * @param args {@code --port N} (0 or none: a free port), {@code --seed file}
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(parsePort(valueOf(args, ++i, "--port")));
                case "--seed" -> builder.seed(Path.of(valueOf(args, ++i, "--seed")));
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return null;
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        XraySandbox sandbox = builder.start();
        out.println("Xray sandbox listening on " + sandbox.url() + " (open it in a browser to see what was published)");
        out.println("Server/DC: XRAY_URL=" + sandbox.url() + " user " + SandboxCredentials.USER + " password "
                + SandboxCredentials.PASSWORD + ", or Personal Access Token " + SandboxCredentials.PERSONAL_ACCESS_TOKEN);
        out.println("Cloud: URL " + sandbox.url() + " client id " + SandboxCredentials.CLIENT_ID + " client secret "
                + SandboxCredentials.CLIENT_SECRET);
        out.flush();
        return sandbox;
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + value, e);
        }
    }
}
