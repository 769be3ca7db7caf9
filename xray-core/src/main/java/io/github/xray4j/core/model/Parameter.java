package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A named parameter of a data-driven iteration, such as {@code a=1}.
 *
 * @param name the parameter's name as the test declares it
 * @param value the value, as text
 */
public record Parameter(String name, String value) {
  public Parameter {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }
}
