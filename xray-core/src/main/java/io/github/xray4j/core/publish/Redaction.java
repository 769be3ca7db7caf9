package io.github.xray4j.core.publish;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import java.util.List;

/**
 * Applies the configuration's {@link io.github.xray4j.core.config.Redaction} to an outcome's texts that came from
 * Xray: a server or proxy that echoes a request back in its error message must not put a credential into a log
 * line or the CLI's output.
 */
final class Redaction {

  private final io.github.xray4j.core.config.Redaction redaction;

  private Redaction(io.github.xray4j.core.config.Redaction redaction) {
    this.redaction = redaction;
  }

  static Redaction of(XrayConfig config) {
    return new Redaction(io.github.xray4j.core.config.Redaction.of(config));
  }

  /** The outcome with its reason and problems redacted. */
  PublishOutcome apply(PublishOutcome outcome) {
    List<Problem> problems =
        outcome.problems().stream().map(p -> new Problem(apply(p.test()), apply(p.message()))).toList();
    String reason = outcome.reason() == null ? null : apply(outcome.reason());
    return new PublishOutcome(outcome.kind(), outcome.testExecutionKey(), outcome.browseUrl(), outcome.results(),
        outcome.published(), problems, reason, outcome.files(), outcome.unsentFiles(), outcome.elapsed());
  }

  String apply(String text) {
    return redaction.apply(text);
  }
}
