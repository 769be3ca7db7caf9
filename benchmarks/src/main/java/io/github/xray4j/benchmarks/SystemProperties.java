package io.github.xray4j.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * Sets system properties for the length of one run and restores them afterwards. The adapters read their
 * configuration through xray-core's loader, where system properties come first, so a stray {@code XRAY_*}
 * environment variable cannot change what a variant measures.
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
