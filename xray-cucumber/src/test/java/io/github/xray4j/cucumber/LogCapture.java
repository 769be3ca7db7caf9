package io.github.xray4j.cucumber;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures what xray4j logs through {@code System.Logger} (backed by java.util.logging in the tests). */
final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<String> messages = new CopyOnWriteArrayList<>();

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    logger.addHandler(this);
  }

  /** Captures the loggers under {@code io.github.xray4j} until closed. */
  static LogCapture xray4j() {
    return new LogCapture("io.github.xray4j");
  }

  /** The messages logged so far. */
  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void publish(LogRecord record) {
    messages.add(record.getLevel() + " " + record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
