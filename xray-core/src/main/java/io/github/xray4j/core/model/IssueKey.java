package io.github.xray4j.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Jira issue key and a Jira project key look like: the one rule every module uses.
 *
 * <pre>{@code
 * IssueKey.isValid("CALC-1880");              // true
 * IssueKey.find("CALC-1 and CALC-2 failed");  // [CALC-1, CALC-2]
 * }</pre>
 */
public final class IssueKey {

  /** A project key: an upper-case letter, then upper-case letters, digits or '_' ({@code CALC}). */
  public static final String PROJECT_REGEX = "[A-Z][A-Z0-9_]+";

  /** An issue key: a project key, a dash and a number from 1 ({@code CALC-1880}), to compose patterns with. */
  public static final String REGEX = PROJECT_REGEX + "-[1-9][0-9]*";

  private static final Pattern KEY = Pattern.compile(REGEX);
  private static final Pattern PROJECT = Pattern.compile(PROJECT_REGEX);
  private static final Pattern IN_TEXT = Pattern.compile("\\b" + REGEX + "\\b");

  private IssueKey() {}

  /** Whether {@code text} is exactly one issue key. */
  public static boolean isValid(String text) {
    return KEY.matcher(text).matches();
  }

  /** Whether {@code text} is exactly one project key. */
  public static boolean isProjectKey(String text) {
    return PROJECT.matcher(text).matches();
  }

  /** The issue keys that stand as words in {@code text}, in order. */
  public static List<String> find(CharSequence text) {
    List<String> keys = new ArrayList<>();
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      keys.add(m.group());
    }
    return keys;
  }

  /** The first issue key standing as a word in {@code text}. */
  public static Optional<String> first(CharSequence text) {
    Matcher m = IN_TEXT.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
