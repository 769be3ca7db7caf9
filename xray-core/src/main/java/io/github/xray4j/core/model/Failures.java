package io.github.xray4j.core.model;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How a test's failure is told in a Test Run's comment or an iteration's log, the same for every adapter: type
 * and message, the stack trace trimmed to the frames that matter, then the suppressed exceptions (such as those
 * thrown by {@code @AfterEach} or a closing resource) and the causes, each trimmed the same way.
 *
 * <pre>{@code
 * String comment = Failures.codeBlock(error);   // {code}java.lang.AssertionError: ... {code}
 * }</pre>
 *
 * <p>A trace is trimmed by dropping its leading test-framework frames (assertion libraries, JUnit, Cucumber) and
 * cutting it where the framework takes over again (reflection, the test engine), at most {@value #MAX_FRAMES}
 * frames each. Messages longer than {@value #MAX_MESSAGE} characters are shortened, and at most
 * {@value #MAX_THROWABLES} exceptions are told, so a comment stays readable and within Jira's limits.
 */
public final class Failures {

  /** Frames shown per exception. */
  public static final int MAX_FRAMES = 20;
  /** Characters of a message shown. */
  public static final int MAX_MESSAGE = 4_000;
  /** Exceptions (the failure, its suppressed ones and causes) shown. */
  public static final int MAX_THROWABLES = 10;

  private static final String[] FRAMEWORK_PREFIXES = {
    "org.junit.", "junit.", "org.opentest4j.", "org.assertj.", "org.hamcrest.", "io.cucumber.",
    "java.lang.reflect.", "jdk.internal.", "sun.reflect.", "java.base/jdk.internal.", "java.util.stream.",
    "java.util.Spliterator", "java.util.ArrayList$", "java.util.Iterator", "java.util.concurrent.",
    "java.lang.Thread."
  };

  private Failures() {}

  /** The failure as a Jira {@code {code}} block, kept closed whatever the messages say. */
  public static String codeBlock(Throwable failure) {
    return "{code}\n" + describe(failure).replace("{code}", "{ code}") + "\n{code}";
  }

  /**
   * Type, message and trimmed stack trace, one frame a line; then each suppressed exception (indented, as the
   * JVM prints them) and each cause ({@code Caused by: }), trimmed the same way. No trailing newline.
   */
  public static String describe(Throwable failure) {
    StringBuilder out = new StringBuilder();
    int[] budget = {MAX_THROWABLES};
    append(out, failure, "", "", new IdentityHashMap<>(), budget);
    out.setLength(out.length() - 1); // the last newline
    return out.toString();
  }

  /** {@code Type: message}, or the type alone, the message shortened to {@value #MAX_MESSAGE} characters. */
  public static String headline(Throwable failure) {
    String message = failure.getMessage();
    String type = failure.getClass().getName();
    if (message == null || message.isBlank()) {
      return type;
    }
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + " [...]";
    }
    return type + ": " + message;
  }

  private static void append(StringBuilder out, Throwable first, String label, String indent,
      Map<Throwable, Boolean> seen, int[] budget) {
    String heading = label;
    for (Throwable current = first; current != null; current = current.getCause()) {
      if (seen.put(current, Boolean.TRUE) != null) {
        out.append(indent).append(heading).append("[circular reference: ").append(headline(current)).append("]\n");
        return;
      }
      if (budget[0] <= 0) {
        if (budget[0] == 0) {
          out.append(indent).append("... more exceptions left out\n");
          budget[0] = -1; // said once
        }
        return;
      }
      budget[0]--;
      out.append(indent).append(heading).append(headline(current)).append('\n');
      appendFrames(out, indent, current.getStackTrace());
      for (Throwable suppressed : current.getSuppressed()) {
        append(out, suppressed, "Suppressed: ", indent + "\t", seen, budget);
      }
      heading = "Caused by: ";
    }
  }

  private static void appendFrames(StringBuilder out, String indent, StackTraceElement[] frames) {
    int start = 0;
    while (start < frames.length && isFramework(frames[start])) {
      start++;
    }
    if (start == frames.length) {
      start = 0; // nothing but framework frames: show the top of them
    }
    int shown = 0;
    for (int i = start; i < frames.length && shown < MAX_FRAMES; i++) {
      if (shown > 0 && isFramework(frames[i])) {
        break;
      }
      out.append(indent).append("\tat ").append(frames[i]).append('\n');
      shown++;
    }
  }

  private static boolean isFramework(StackTraceElement frame) {
    String className = frame.getClassName();
    for (String prefix : FRAMEWORK_PREFIXES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
