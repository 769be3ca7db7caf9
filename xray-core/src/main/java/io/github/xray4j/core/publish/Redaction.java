package io.github.xray4j.core.publish;

import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.publish.PublishOutcome.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Replaces the configured credentials by {@code ******} in texts that came from Xray: a server or proxy that
 * echoes a request back in its error message must not put a credential into a log line or the CLI's output.
 */
final class Redaction {

  private static final String MASK = "******";

  private final List<String> secrets;

  private Redaction(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** The secrets of this configuration: the token, the password (also as a Basic header) or the client secret. */
  static Redaction of(XrayConfig config) {
    List<String> secrets = new ArrayList<>();
    config.credentials().ifPresent(credentials -> {
      if (credentials instanceof Credentials.Basic basic) {
        String password = basic.password().reveal();
        secrets.add(password);
        secrets.add(Base64.getEncoder()
            .encodeToString((basic.username() + ":" + password).getBytes(StandardCharsets.UTF_8)));
      } else if (credentials instanceof Credentials.PersonalAccessToken token) {
        secrets.add(token.token().reveal());
      } else if (credentials instanceof Credentials.ClientCredentials client) {
        secrets.add(client.clientSecret().reveal());
      }
    });
    secrets.removeIf(secret -> secret.length() < 3); // masking every "a" would garble the message, not protect it
    return new Redaction(secrets);
  }

  /** The outcome with its reason and problems redacted. */
  PublishOutcome apply(PublishOutcome outcome) {
    if (secrets.isEmpty()) {
      return outcome;
    }
    List<Problem> problems =
        outcome.problems().stream().map(p -> new Problem(apply(p.test()), apply(p.message()))).toList();
    String reason = outcome.reason() == null ? null : apply(outcome.reason());
    return new PublishOutcome(outcome.kind(), outcome.testExecutionKey(), outcome.browseUrl(), outcome.results(),
        outcome.published(), problems, reason, outcome.files(), outcome.unsentFiles(), outcome.elapsed());
  }

  String apply(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }
}
