package io.github.xray4j.junit5;

import java.util.regex.Pattern;

/** Jira issue keys as written in annotations: {@code CALC-1880}. */
final class IssueKeys {

  private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[1-9][0-9]*");

  private IssueKeys() {}

  static boolean isValid(String key) {
    return ISSUE_KEY.matcher(key).matches();
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
