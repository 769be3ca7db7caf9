package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.jspecify.annotations.Nullable;

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

  /**
   * Server/DC: OAuth 2.0 through Jira Data Center's OAuth 2.0 provider (an incoming application link). With a
   * refresh token it is exchanged for access tokens at {@code /rest/oauth2/latest/token}; without one the
   * client credentials grant is used (the link's service account). {@code redirectUri} is sent when set.
   */
  record OAuth2(String clientId, Secret clientSecret, @Nullable Secret refreshToken, @Nullable URI redirectUri)
      implements Credentials {
    public OAuth2 {
      requireNonNull(clientId, "clientId");
      requireNonNull(clientSecret, "clientSecret");
    }
  }

  /**
   * Server/DC: OAuth 1.0a with RSA-SHA1 through a Jira application link: every request is signed with the
   * private key (PEM text) as the consumer; with the access token as the user who authorized it, without one
   * two-legged.
   */
  record OAuth1(String consumerKey, Secret privateKey, @Nullable Secret accessToken) implements Credentials {
    public OAuth1 {
      requireNonNull(consumerKey, "consumerKey");
      requireNonNull(privateKey, "privateKey");
    }
  }

  /** What kind of credentials these are, for messages: {@code "OAuth 2.0 (client xray4j)"}. Never a secret. */
  default String describe() {
    if (this instanceof Basic basic) {
      return "user " + basic.username() + " (Basic)";
    }
    if (this instanceof PersonalAccessToken) {
      return "Personal Access Token";
    }
    if (this instanceof OAuth2 oauth) {
      return "OAuth 2.0 (client " + oauth.clientId() + (oauth.refreshToken() != null ? ", refresh token"
          : ", client credentials") + ")";
    }
    if (this instanceof OAuth1 oauth) {
      return "OAuth 1.0a (consumer " + oauth.consumerKey() + (oauth.accessToken() != null ? ", access token"
          : ", two-legged") + ")";
    }
    return "API key " + ((ClientCredentials) this).clientId();
  }

  /** Cloud: an API key's client id and secret, exchanged for a token at {@code /api/v2/authenticate}. */
  record ClientCredentials(String clientId, Secret clientSecret) implements Credentials {
    public ClientCredentials {
      requireNonNull(clientId, "clientId");
      requireNonNull(clientSecret, "clientSecret");
    }
  }
}
