package io.github.xray4j.junit5;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Logs each distinct warning once per run, however many tests or plans run into it. */
final class Warnings {

  static final Logger LOG = System.getLogger("io.github.xray4j.junit5");

  private final Set<String> given = ConcurrentHashMap.newKeySet();

  /** Logs the message at WARNING, unless a warning with this id was already logged. */
  void once(String id, Supplier<String> message) {
    if (given.add(id)) {
      LOG.log(Level.WARNING, message);
    }
  }

  /** Logs at WARNING every time. */
  void always(Supplier<String> message) {
    LOG.log(Level.WARNING, message);
  }
}
