package io.github.xray4j.junit5;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the launcher session closes, publishing failed and {@code xray.fail-on-error=true}: the build
 * tool turns it into a failed build. The message is the summary line, with the results file to re-send.
 */
final class XrayPublishingFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  XrayPublishingFailed(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
