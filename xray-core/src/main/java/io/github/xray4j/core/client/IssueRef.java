package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Jira issue as Xray names it: id, key and the REST {@code self} link
 * ({@code https://jira.example.com/rest/api/2/issue/38101}). Xray Cloud's GraphQL may not send {@code self}.
 *
 * @param id the issue id
 * @param key the issue key, such as {@code CALC-82}
 * @param self the REST link, if known
 */
public record IssueRef(String id, String key, @Nullable String self) {
  public IssueRef {
    requireNonNull(id, "id");
    requireNonNull(key, "key");
  }

  /** {@link #self()} as an Optional. */
  public Optional<String> selfLink() {
    return Optional.ofNullable(self);
  }
}
