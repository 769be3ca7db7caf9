package io.github.xray4j.core.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure whose message may name issue keys Xray does not know: {@link XrayBadRequestException} and
 * {@link XrayNotFoundException}. {@link #unknownKeys()} lists them, so that a caller can drop them and send again.
 */
public abstract sealed class XrayUnknownKeysException extends XrayException
    permits XrayBadRequestException, XrayNotFoundException {
  private static final long serialVersionUID = 1L;

  private final List<String> unknownKeys;

  /**
   * See {@link XrayException#XrayException(String, int, String, String, Throwable)}.
   *
   * @param unknownKeys the issue keys Xray's message names as not found or not valid, in order
   */
  protected XrayUnknownKeysException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, List<String> unknownKeys,
      @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
    this.unknownKeys = List.copyOf(unknownKeys);
  }

  /** The issue keys Xray's message names as not found or not valid, in order; empty if none. */
  public List<String> unknownKeys() {
    return unknownKeys;
  }
}
