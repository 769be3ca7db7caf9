package io.github.xray4j.junit5;

import java.util.HashMap;
import java.util.Map;

/**
 * Sets JVM system properties for the duration of a try block and restores the previous values (or their
 * absence) when it closes. The highest configuration layer; used to point the auto-registered listeners of a
 * fixture run at WireMock, whatever the environment says.
 */
final class SystemProperties implements AutoCloseable {

  private final Map<String, String> previous = new HashMap<>();

  SystemProperties(Map<String, String> properties) {
    properties.forEach((key, value) -> {
      previous.put(key, System.getProperty(key));
      System.setProperty(key, value);
    });
  }

  @Override
  public void close() {
    previous.forEach((key, value) -> {
      if (value == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, value);
      }
    });
  }
}
