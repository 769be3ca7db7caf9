package io.github.xray4j.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A Test Run custom field value. Server/DC identifies the field by {@code id}; Cloud also accepts its
 * {@code name}.
 *
 * @param id the field's id, or null when it is given by name (Cloud only)
 * @param name the field's name, or null
 * @param value the value as text
 */
public record CustomField(@Nullable String id, @Nullable String name, String value) {
  public CustomField {
    requireNonNull(value, "value");
    if (id == null && name == null) {
      throw new IllegalArgumentException("a custom field needs an id or a name");
    }
  }
}
