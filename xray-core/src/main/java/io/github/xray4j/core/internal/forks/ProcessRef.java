package io.github.xray4j.core.internal.forks;

import java.util.Optional;

/**
 * One operating-system process, told apart from a later process with the same pid by its start time.
 *
 * @param pid the process id
 * @param startMillis when it started, epoch milliseconds
 */
record ProcessRef(long pid, long startMillis) {

  ProcessRef {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must not be negative, was " + pid);
    }
  }

  /** The {@code pid@startMillis} form written to the key file. */
  String text() {
    return pid + "@" + startMillis;
  }

  /** Parses {@link #text()}; empty for anything else (a key file from another version, or edited by hand). */
  static Optional<ProcessRef> parse(String text) {
    int at = text.indexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProcessRef(Long.parseLong(text.substring(0, at).trim()),
          Long.parseLong(text.substring(at + 1).trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
