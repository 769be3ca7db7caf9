package io.github.xray4j.examples.e2e;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a piece of code with some JVM system properties set, and puts the previous values back afterwards. The
 * examples read their Xray endpoint and credentials from system properties at run time, as a CI job passes
 * them ({@code -Dxray.url=...}); system properties also win over the {@code XRAY_ENABLED=false} that the build
 * sets for every module's tests.
 */
final class SystemProperties {

  private SystemProperties() {}

  static <T> T with(Map<String, String> values, Supplier<T> action) {
    Map<String, String> previous = new HashMap<>();
    values.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
    try {
      return action.get();
    } finally {
      previous.forEach(
          (key, value) -> {
            if (value == null) {
              System.clearProperty(key);
            } else {
              System.setProperty(key, value);
            }
          });
    }
  }
}
