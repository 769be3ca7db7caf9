package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A Test as {@link XrayClient#getTests(java.util.Collection)} answers it.
 *
 * @param key the issue key
 * @param id the issue id, if sent
 * @param self the REST link, if sent
 * @param type {@code Manual}, {@code Cucumber}, {@code Generic} or a custom type, if sent
 * @param definition the Generic definition or Cucumber scenario (JSON text for Manual steps), if any
 */
public record XrayTest(
    String key, @Nullable String id, @Nullable String self, @Nullable String type, @Nullable String definition) {
  public XrayTest {
    requireNonNull(key, "key");
  }
}
