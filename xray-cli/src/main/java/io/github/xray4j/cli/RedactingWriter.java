package io.github.xray4j.cli;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.Redaction;
import java.io.PrintWriter;

/**
 * The writer every message of {@code xray-cli} goes through: each text is passed through the library's
 * {@link Redaction} (the loaded configuration's secrets, and any echoed authorization header or bearer token)
 * before it reaches the terminal.
 */
final class RedactingWriter extends PrintWriter {

  private volatile Redaction redaction = Redaction.none();

  RedactingWriter(PrintWriter target) {
    super(requireNonNull(target, "target"), true);
  }

  /** From now on, also mask the secrets of this redaction (a command's configuration, once loaded). */
  void use(Redaction redaction) {
    this.redaction = requireNonNull(redaction, "redaction");
  }

  @Override
  public void write(String text, int offset, int length) {
    String redacted = redaction.apply(text.substring(offset, offset + length));
    super.write(redacted, 0, redacted.length());
  }

  @Override
  public void write(char[] text, int offset, int length) {
    write(new String(text, offset, length), 0, length);
  }
}
