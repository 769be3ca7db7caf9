package io.github.xray4j.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what xray4j logs through {@link System.Logger}, which goes to java.util.logging unless an application
 * installs another {@link System.LoggerFinder}. Shared by the tests of every module (xray-core's test-jar):
 *
 * <pre>{@code
 * try (LogCapture log = new LogCapture()) {
 *   reporter.finish();
 *   assertThat(log.messages()).containsExactly("INFO Xray: 2 results published to CALC-2001 ...");
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  /** Captures the loggers of xray4j, at every level, until closed. */
  public LogCapture() {
    this("io.github.xray4j");
  }

  /** Captures this logger and those below it ({@code ""} for every logger), at every level, until closed. */
  public LogCapture(String name) {
    logger = Logger.getLogger(name);
    previous = logger.getLevel();
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /**
   * Every message so far, as {@code LEVEL message}, followed by {@code  | parameter} for each parameter and
   * {@code  | stack trace} (with causes) for a thrown exception.
   */
  public List<String> messages() {
    return records.stream().map(LogCapture::text).toList();
  }

  /** The records themselves, for assertions on their level, parameters or thrown exception. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  private static String text(LogRecord record) {
    StringBuilder text = new StringBuilder(record.getLevel() + " " + record.getMessage());
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        text.append(" | ").append(parameter);
      }
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      text.append(" | ").append(trace);
    }
    return text.toString();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
