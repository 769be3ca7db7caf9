package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A Test Run status defined on the Xray instance (built-in or custom).
 *
 * @param id the status id: a number on Server/DC ({@code "0"}); on Cloud, where statuses are named by their
 *     name, the name
 * @param name the name used in imports, such as {@code PASS} or a custom {@code SKIPPED}
 * @param description the description, if any
 * @param color the colour, such as {@code #95C160}, if any
 * @param isFinal whether a run in this status is finished
 */
public record TestRunStatusSetting(
    String id, String name, @Nullable String description, @Nullable String color, boolean isFinal) {
  public TestRunStatusSetting {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }
}
