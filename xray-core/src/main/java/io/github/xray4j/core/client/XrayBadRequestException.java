package io.github.xray4j.core.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Xray rejected the request: 400 with its message (from {@code {"error":..}},
 * {@code {"errorMessages":[..],"errors":{..}}} or plain text), or 200 with a list of errors from an
 * association endpoint. {@link #unknownKeys()} lists the issue keys Xray named as unknown or invalid (as in
 * {@code "Test with key CALC-9 was not found!"}), so that a caller can drop them and send again.
 */
public final class XrayBadRequestException extends XrayUnknownKeysException {
  private static final long serialVersionUID = 1L;

  /** See {@link XrayUnknownKeysException#XrayUnknownKeysException(String, int, String, String, List, Throwable)}. */
  public XrayBadRequestException(
      String message, int httpStatus, String request, @Nullable String xrayMessage, List<String> unknownKeys,
      @Nullable Throwable cause) {
    super(message, httpStatus, request, xrayMessage, unknownKeys, cause);
  }
}
