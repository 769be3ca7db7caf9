package io.github.xray4j.examples.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * Sets JVM system properties for the duration of a try block and puts the previous values back. The examples
 * read their Xray endpoint and credentials from system properties at run time, as a CI job passes them
 * ({@code -Dxray.url=...}); system properties also win over the {@code XRAY_ENABLED=false} the build sets for
 * every module's tests.
 */
final class SystemProperties implements AutoCloseable {

  private final Map<String, String> previous = new HashMap<>();

  private SystemProperties(Map<String, String> values) {
    values.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
  }

  static SystemProperties set(Map<String, String> values) {
    return new SystemProperties(values);
  }

  @Override
  public void close() {
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
