package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

/**
 * A credential: shown as {@code ******} by {@link #toString()}, so that it cannot slip into a log line or a
 * message by accident. Only the code that authenticates calls {@link #reveal()}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a credential. */
  public static Secret of(String value) {
    requireNonNull(value, "value");
    return new Secret(value);
  }

  /** The credential itself: pass it to the HTTP layer, never to a message. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "******";
  }
}
