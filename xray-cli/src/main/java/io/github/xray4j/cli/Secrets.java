package io.github.xray4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Keeps the values of the secret options out of the messages the CLI prints about its arguments. */
final class Secrets {

  /** The options whose values are credentials. */
  static final Set<String> OPTIONS = Set.of("--token", "--password", "--client-secret");

  private Secrets() {}

  /** {@code message} with every value given to a secret option replaced by {@code ******}. */
  static String masked(String message, String[] args) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      if (equals > 0 && OPTIONS.contains(arg.substring(0, equals))) {
        values.add(arg.substring(equals + 1));
      } else if (OPTIONS.contains(arg) && i + 1 < args.length) {
        values.add(args[i + 1]);
      }
    }
    String result = message;
    for (String value : values) {
      if (!value.isEmpty()) {
        result = result.replace(value, "******");
      }
    }
    return result;
  }
}
