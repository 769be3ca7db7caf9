package io.github.xray4j.junit5;

import io.github.xray4j.core.model.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the arguments of one invocation travel from {@link ParameterCapture} (inside the test) to the listener: as
 * a JUnit report entry on the invocation, one key per parameter, in declaration order. JUnit rejects blank
 * values, so a blank argument travels quoted under its own prefix.
 */
final class ParameterEntries {

  static final String PREFIX = "xray.parameter.";
  static final String BLANK_PREFIX = "xray.blank-parameter.";
  /** Present when the names are {@code arg0, arg1, ...}: the method whose class file has no real ones. */
  static final String NAMES_MISSING = "xray.parameter-names-missing";

  private ParameterEntries() {}

  /** The report entry for these parameters, in order. */
  static Map<String, String> encode(List<Parameter> parameters) {
    return encode(parameters, null);
  }

  /**
   * The report entry for these parameters, in order, saying which method they belong to when their names are not
   * real ({@code null} when they are).
   */
  static Map<String, String> encode(List<Parameter> parameters, @Nullable String namesMissingIn) {
    Map<String, String> entry = new LinkedHashMap<>();
    if (namesMissingIn != null) {
      entry.put(NAMES_MISSING, namesMissingIn);
    }
    for (Parameter p : parameters) {
      if (p.value().isBlank()) {
        entry.put(BLANK_PREFIX + p.name(), '"' + p.value() + '"');
      } else {
        entry.put(PREFIX + p.name(), p.value());
      }
    }
    return entry;
  }

  /** Whether a report entry key is one of ours (not shown in the comment). */
  static boolean isParameterKey(String key) {
    return key.startsWith(PREFIX) || key.startsWith(BLANK_PREFIX) || key.equals(NAMES_MISSING);
  }

  /** The method whose parameters travel without their real names in this entry, if they do. */
  static Optional<String> namesMissingIn(Map<String, String> entry) {
    return Optional.ofNullable(entry.get(NAMES_MISSING));
  }

  /** The parameters in a report entry, in order; other keys are ignored. */
  static List<Parameter> decode(Map<String, String> entry) {
    List<Parameter> parameters = new ArrayList<>();
    entry.forEach(
        (key, value) -> {
          if (key.startsWith(PREFIX)) {
            parameters.add(new Parameter(key.substring(PREFIX.length()), value));
          } else if (key.startsWith(BLANK_PREFIX) && value.length() >= 2) {
            parameters.add(new Parameter(key.substring(BLANK_PREFIX.length()), value.substring(1, value.length() - 1)));
          }
        });
    return parameters;
  }

  /** An argument as text: arrays by their elements, everything else by {@code String.valueOf}. */
  static String format(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value.getClass().isArray()) {
      String deep = Arrays.deepToString(new Object[] {value});
      return deep.substring(1, deep.length() - 1);
    }
    return String.valueOf(value);
  }
}
