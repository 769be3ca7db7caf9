package io.github.xray4j.junit5;

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

  private final Logger logger = Logger.getLogger("io.github.xray4j");
  private final Level previous = logger.getLevel();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  LogCapture() {
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
