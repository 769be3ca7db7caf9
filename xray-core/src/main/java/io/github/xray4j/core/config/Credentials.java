package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

/** How to authenticate to Xray. Secrets are {@link Secret}s, so {@code toString()} never shows them. */
public sealed interface Credentials {

  /** Server/DC: HTTP Basic with a Jira user and password. */
  record Basic(String username, Secret password) implements Credentials {
    public Basic {
      requireNonNull(username, "username");
      requireNonNull(password, "password");
    }
  }

  /** Server/DC: a Jira Personal Access Token, sent as {@code Authorization: Bearer <token>}. */
  record PersonalAccessToken(Secret token) implements Credentials {
    public PersonalAccessToken {
      requireNonNull(token, "token");
    }
  }

  /** Cloud: an API key's client id and secret, exchanged for a token at {@code /api/v2/authenticate}. */
  record ClientCredentials(String clientId, Secret clientSecret) implements Credentials {
    public ClientCredentials {
      requireNonNull(clientId, "clientId");
      requireNonNull(clientSecret, "clientSecret");
    }
  }
}
