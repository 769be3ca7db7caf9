package io.github.xray4j.cucumber;

import io.cucumber.plugin.event.EventPublisher;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Cucumber-JVM on the test classpath, and what xray4j can do on it. The plugin reads Cucumber's messages
 * ({@code io.cucumber.messages.types}, with {@code Optional} accessors), which Cucumber-JVM has published since
 * 7.3.0: older versions (6.x, 7.0 to 7.2) are not supported. Before 7.12.0 Cucumber also drops what a plugin
 * throws when the run finishes, so {@code xray.fail-on-error} cannot fail such a run.
 *
 * <p>Only this class names versions; it refers to no message type, so it loads on any Cucumber.
 */
final class CucumberVersion {

  /** The oldest Cucumber-JVM supported. */
  static final String OLDEST = "7.3.0";

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)?.*");
  private static final int OLDEST_MAJOR = 7;
  private static final int OLDEST_MINOR = 3;
  private static final int FAILS_THE_RUN_MINOR = 12;

  private CucumberVersion() {}

  /** The version of the {@code cucumber-plugin} jar (its manifest), or null when the jar does not say. */
  static @Nullable String onClasspath() {
    return EventPublisher.class.getPackage().getImplementationVersion();
  }

  /**
   * The one line to log when this Cucumber is too old, such as {@code Xray: Cucumber-JVM 6.10.4 is too old for
   * xray4j, which needs Cucumber-JVM 7.3.0 or newer; these scenarios are not reported to Xray (upgrade
   * io.cucumber to 7.3.0+, for example with io.cucumber:cucumber-bom)}; empty for a supported or unknown version.
   */
  static Optional<String> tooOld(@Nullable String version) {
    Matcher matcher = parse(version);
    if (matcher == null) {
      return Optional.empty();
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    if (major > OLDEST_MAJOR || major == OLDEST_MAJOR && minor >= OLDEST_MINOR) {
      return Optional.empty();
    }
    return Optional.of("Xray: Cucumber-JVM " + version + " is too old for xray4j, which needs Cucumber-JVM "
        + OLDEST + " or newer; these scenarios are not reported to Xray (upgrade io.cucumber to " + OLDEST
        + "+, for example with io.cucumber:cucumber-bom)");
  }

  /**
   * Whether an exception a plugin throws when the run finishes fails the run (Cucumber-JVM 7.12.0 and newer, or
   * an unknown version); older versions log nothing and drop it.
   */
  static boolean failsTheRunOnPluginError(@Nullable String version) {
    Matcher matcher = parse(version);
    return matcher == null
        || Integer.parseInt(matcher.group(1)) > OLDEST_MAJOR
        || Integer.parseInt(matcher.group(2)) >= FAILS_THE_RUN_MINOR;
  }

  private static @Nullable Matcher parse(@Nullable String version) {
    if (version == null) {
      return null;
    }
    Matcher matcher = VERSION.matcher(version);
    return matcher.matches() ? matcher : null;
  }
}
