package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A test run, iteration or step status. Knows its Server/DC name and its Cloud name; custom statuses
 * (configured by a Jira admin, for example {@code SKIPPED}) carry the same name on both.
 *
 * <pre>{@code
 * Status.PASS.nameFor(Flavour.CLOUD);   // "PASSED"
 * Status.of("skipped");                 // a custom status named "SKIPPED"
 * }</pre>
 *
 * @param serverName the name Xray Server/DC uses
 * @param cloudName the name Xray Cloud uses
 */
public record Status(String serverName, String cloudName) {

  private static final Pattern CUSTOM = Pattern.compile("[A-Za-z0-9_/]{2,18}");

  public static final Status PASS = new Status("PASS", "PASSED");
  public static final Status FAIL = new Status("FAIL", "FAILED");
  public static final Status TODO = new Status("TODO", "TODO");
  public static final Status EXECUTING = new Status("EXECUTING", "EXECUTING");
  public static final Status ABORTED = new Status("ABORTED", "ABORTED");

  public Status {
    requireNonNull(serverName, "serverName");
    requireNonNull(cloudName, "cloudName");
  }

  /**
   * The status with this name: a built-in one under either flavour's name ({@code PASS} or {@code PASSED},
   * any case), else a custom status.
   *
   * @throws IllegalArgumentException if the name cannot be an Xray status (2 to 18 letters, digits, {@code _}
   *     or {@code /})
   */
  public static Status of(String name) {
    requireNonNull(name, "name");
    String upper = name.trim().toUpperCase(Locale.ROOT);
    for (Status builtIn : new Status[] {PASS, FAIL, TODO, EXECUTING, ABORTED}) {
      if (builtIn.serverName.equals(upper) || builtIn.cloudName.equals(upper)) {
        return builtIn;
      }
    }
    if (!CUSTOM.matcher(upper).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a valid Xray status: use PASS, FAIL, TODO, EXECUTING, ABORTED or a custom"
              + " status name of 2 to 18 letters, digits, '_' or '/'");
    }
    return new Status(upper, upper);
  }

  /** The name to send to the given flavour of Xray. */
  public String nameFor(Flavour flavour) {
    return flavour == Flavour.CLOUD ? cloudName : serverName;
  }

  /** Whether this status counts as a failure when statuses are combined (only {@link #FAIL}). */
  public boolean isFailure() {
    return this.equals(FAIL);
  }

  @Override
  public String toString() {
    return serverName;
  }
}
