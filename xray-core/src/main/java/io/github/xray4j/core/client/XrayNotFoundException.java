package io.github.xray4j.core.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** 404 with a JSON or text body: the issue, test run or resource does not exist (or is not visible to the user). */
public final class XrayNotFoundException extends XrayUnknownKeysException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayUnknownKeysException#XrayUnknownKeysException(String, int, String, String, List, Throwable)}. */
  public XrayNotFoundException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, List<String> unknownKeys,
      @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, unknownKeys, cause);
  }
}
