package io.github.xray4j.junit5;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A throwable as a Jira {@code {code}} block: type, message and the stack trace trimmed to the frames that
 * matter (leading assertion-library frames dropped, cut where JUnit or reflection takes over), with causes.
 * Long traces and messages are shortened so a comment stays readable and within Jira's limits.
 */
final class FailureFormatter {

  private static final int MAX_FRAMES = 20;
  private static final int MAX_MESSAGE = 4_000;
  private static final String[] FRAMEWORK_PREFIXES = {
    "org.junit.", "junit.", "org.opentest4j.", "org.assertj.", "org.hamcrest.",
    "java.lang.reflect.", "jdk.internal.reflect.", "sun.reflect.", "java.util.stream.", "java.util.Spliterator",
    "java.util.ArrayList$", "java.util.Iterator", "java.util.concurrent.", "java.lang.Thread."
  };

  private FailureFormatter() {}

  /** The throwable as a {@code {code}} block. */
  static String codeBlock(Throwable failure) {
    return "{code}\n" + trace(failure) + "{code}";
  }

  /** Type, message and trimmed stack trace, one frame a line, with causes; ends with a newline. */
  static String trace(Throwable failure) {
    StringBuilder out = new StringBuilder();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable current = failure;
    boolean first = true;
    while (current != null && seen.put(current, Boolean.TRUE) == null) {
      if (!first) {
        out.append("Caused by: ");
      }
      out.append(headline(current)).append('\n');
      appendFrames(out, current.getStackTrace());
      first = false;
      current = current.getCause();
    }
    return out.toString().replace("{code}", "{ code}");
  }

  /** {@code Type: message}, or the type alone. */
  static String headline(Throwable failure) {
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

  private static void appendFrames(StringBuilder out, StackTraceElement[] frames) {
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
      out.append("\tat ").append(frames[i]).append('\n');
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
