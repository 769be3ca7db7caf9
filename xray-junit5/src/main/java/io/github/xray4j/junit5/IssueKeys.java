package io.github.xray4j.junit5;

import io.github.xray4j.core.model.IssueKey;

/** Jira issue keys as written in annotations: {@code CALC-1880}. */
final class IssueKeys {

  private IssueKeys() {}

  static boolean isValid(String key) {
    return IssueKey.isValid(key);
  }

  /** What a person should read about a malformed key, and what to do. */
  static String problem(String annotation, String key, String where) {
    return "Xray: " + annotation + "(\"" + key + "\") on " + where + " is not a Jira issue key (expected an"
        + " upper-case project key, a dash and a number, such as CALC-1880); "
        + (annotation.equals("@XrayTest")
            ? "its results are not sent to Xray until the key is fixed."
            : "that requirement is left out until the key is fixed.");
  }
}
