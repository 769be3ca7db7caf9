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
