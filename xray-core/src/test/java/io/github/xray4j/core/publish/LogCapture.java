package io.github.xray4j.core.publish;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what xray4j logs through {@link System.Logger}, which goes to java.util.logging unless an application
 * installs another {@link System.LoggerFinder}.
 */
final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  /** Captures the loggers of xray4j. */
  LogCapture() {
    this("io.github.xray4j");
  }

  /** Captures this logger and those below it ({@code ""} for every logger). */
  LogCapture(String name) {
    logger = Logger.getLogger(name);
    previous = logger.getLevel();
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** Every message, formatted, with the stack traces of thrown exceptions. */
  List<String> messages() {
    return records.stream().map(LogCapture::text).toList();
  }

  List<LogRecord> records() {
    return List.copyOf(records);
  }

  private static String text(LogRecord record) {
    StringBuilder text = new StringBuilder(record.getLevel() + " " + record.getMessage());
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        text.append(" | ").append(parameter);
      }
    }
    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
      text.append(" | ").append(t);
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
