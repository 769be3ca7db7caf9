package io.github.xray4j.core.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** 404 with a JSON or text body: the issue, test run or resource does not exist (or is not visible to the user). */
public final class XrayNotFoundException extends XrayException {
  private static final long serialVersionUID = 1L;

  private final List<String> unknownKeys;

  /** See {@link XrayException#XrayException(String, int, String, String, Throwable)}. */
  public XrayNotFoundException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, List<String> unknownKeys,
      @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, cause);
    this.unknownKeys = List.copyOf(unknownKeys);
  }

  /** The issue keys the message names as not found; empty if none. */
  public List<String> unknownKeys() {
    return unknownKeys;
  }
}
