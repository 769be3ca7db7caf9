package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A step of a Manual Test's definition, used when Xray provisions the Test.
 *
 * @param action what to do
 * @param data the data to use, or null
 * @param result the expected result, or null
 */
public record TestStep(String action, @Nullable String data, @Nullable String result) {
  public TestStep {
    requireNonNull(action, "action");
  }
}
