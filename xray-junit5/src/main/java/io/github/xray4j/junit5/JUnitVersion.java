package io.github.xray4j.junit5;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.platform.launcher.TestPlan;

/**
 * The JUnit Platform on the test classpath, and whether xray4j can report on it: it needs JUnit 5.10 (Platform
 * 1.10) or newer, JUnit 6 included. Older platforms lack what the listener calls when a plan starts.
 */
final class JUnitVersion {

  /** The oldest JUnit Platform supported: 1.10, which ships with JUnit 5.10. */
  static final int OLDEST_PLATFORM_MINOR = 10;

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  private JUnitVersion() {}

  /** The JUnit Platform launcher's version from its jar's manifest, or null when the jar does not say. */
  static @Nullable String onClasspath() {
    return TestPlan.class.getPackage().getImplementationVersion();
  }

  /**
   * The one line to log when this platform version is too old, such as {@code Xray: JUnit 5.8.2 (JUnit Platform
   * 1.8.2) is too old for xray4j, which needs JUnit 5.10 or newer; these tests are not reported to Xray (upgrade
   * JUnit to 5.10+)}; empty for a supported or unknown version.
   */
  static Optional<String> tooOld(@Nullable String platformVersion) {
    if (platformVersion == null) {
      return Optional.empty();
    }
    Matcher matcher = VERSION.matcher(platformVersion);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    if (major != 1 || minor >= OLDEST_PLATFORM_MINOR) {
      return Optional.empty();
    }
    String jupiter = "5." + minor + (matcher.group(3) != null ? "." + matcher.group(3) : "");
    return Optional.of("Xray: JUnit " + jupiter + " (JUnit Platform " + platformVersion + ") is too old for xray4j,"
        + " which needs JUnit 5.10 or newer; these tests are not reported to Xray (upgrade JUnit to 5.10+)");
  }
}
