package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

/**
 * A step of a Manual Test's definition (not a step result).
 *
 * @param id the step id, for update and delete: a number on Server/DC, an opaque id on Cloud
 * @param index the 1-based position
 * @param action what to do
 * @param data the data to use
 * @param result the expected result
 */
public record TestStepDefinition(String id, int index, String action, String data, String result) {
  public TestStepDefinition {
    requireNonNull(id, "id");
    requireNonNull(action, "action");
    requireNonNull(data, "data");
    requireNonNull(result, "result");
  }
}
