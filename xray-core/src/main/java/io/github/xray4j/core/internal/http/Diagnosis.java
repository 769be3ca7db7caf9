package io.github.xray4j.core.internal.http;

import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.model.Flavour;

/** The advice that goes with a failure: which keys to check. Never a credential. */
record Diagnosis(String credentialsHint, String urlHint) {

  static Diagnosis of(Flavour flavour, Credentials credentials) {
    String credentialsHint;
    if (credentials instanceof Credentials.Basic) {
      credentialsHint = "check xray.username and xray.password (XRAY_USERNAME, XRAY_PASSWORD)";
    } else if (credentials instanceof Credentials.PersonalAccessToken) {
      credentialsHint = "check xray.token (XRAY_TOKEN): it must be a valid Jira Personal Access Token";
    } else if (credentials instanceof Credentials.OAuth2) {
      credentialsHint = "check xray.oauth.client-id, xray.oauth.client-secret and xray.oauth.refresh-token"
          + " (XRAY_OAUTH_CLIENT_ID, XRAY_OAUTH_CLIENT_SECRET, XRAY_OAUTH_REFRESH_TOKEN): the incoming application"
          + " link's credentials and a refresh token from xray-cli oauth login";
    } else if (credentials instanceof Credentials.OAuth1 oauth) {
      credentialsHint = "check xray.oauth.consumer-key, xray.oauth.private-key and xray.oauth.access-token"
          + " (XRAY_OAUTH_CONSUMER_KEY, XRAY_OAUTH_PRIVATE_KEY, XRAY_OAUTH_ACCESS_TOKEN): the application link's"
          + " consumer key, the private key of its public key, and an access token from xray-cli oauth login"
          + (oauth.accessToken() == null ? " (without one the link must allow 2-legged OAuth)" : "");
    } else {
      credentialsHint = "check xray.client-id and xray.client-secret (XRAY_CLIENT_ID, XRAY_CLIENT_SECRET): they"
          + " must be an Xray Cloud API key";
    }
    String urlHint =
        flavour == Flavour.CLOUD
            ? "xray.url looks wrong: for Xray Cloud leave it unset or use https://xray.cloud.getxray.app or a"
                + " regional host such as https://eu.xray.cloud.getxray.app"
            : "xray.url looks wrong: it should be the Jira base URL such as https://jira.example.com";
    return new Diagnosis(credentialsHint, urlHint);
  }
}
