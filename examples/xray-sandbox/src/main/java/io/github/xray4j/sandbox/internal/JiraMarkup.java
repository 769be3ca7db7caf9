package io.github.xray4j.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira wiki markup to HTML, for the subset that xray4j writes in Test Run comments: {@code {code}} and
 * {@code {code:java}} blocks, {@code {noformat}} blocks, {@code *bold*}, {@code _italic_}, {@code * } bullet lines,
 * paragraphs and line breaks. Every character of the input is HTML-escaped before any markup is applied, so the
 * only tags in the output are the ones this class writes; a block left open runs to the end of the text.
 *
 * <pre>{@code
 * JiraMarkup.toHtml("*Scenario:* adds\n{code}\nAssertionError: 3 <> 4\n{code}")
 * // <p><b>Scenario:</b> adds</p><pre class="code">AssertionError: 3 &lt;&gt; 4</pre>
 * }</pre>
 */
final class JiraMarkup {

  private static final Pattern BLOCK_START = Pattern.compile("\\{(code|noformat)(?::[^}\\n]*)?}");
  private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![\\w*])");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]*?\\S)_(?![\\w_])");
  private static final Pattern BULLET = Pattern.compile("^\\s*[*-] +(.*)$");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");

  private JiraMarkup() {
  }

  /** The markup as HTML: paragraphs, lists and {@code <pre>} blocks; an empty string for empty text. */
  static String toHtml(String markup) {
    String text = markup.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder html = new StringBuilder(text.length() + 64);
    Matcher start = BLOCK_START.matcher(text);
    int from = 0;
    while (start.find(from)) {
      String end = "{" + start.group(1) + "}";
      int close = text.indexOf(end, start.end());
      int contentEnd = close < 0 ? text.length() : close;
      paragraphs(text.substring(from, start.start()), html);
      html.append("<pre class=\"").append(start.group(1)).append("\">")
          .append(HtmlPage.esc(trimOneNewline(text.substring(start.end(), contentEnd))))
          .append("</pre>");
      from = close < 0 ? text.length() : close + end.length();
    }
    paragraphs(text.substring(from), html);
    return html.toString();
  }

  /** Text between blocks: paragraphs split at blank lines, bullet lines as lists, other lines joined by breaks. */
  private static void paragraphs(String text, StringBuilder html) {
    for (String paragraph : BLANK_LINES.split(text)) {
      List<String> lines = new ArrayList<>();
      boolean inList = false;
      for (String line : paragraph.strip().split("\n")) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches() != inList && !lines.isEmpty()) {
          flush(lines, inList, html);
        }
        inList = bullet.matches();
        String content = inList ? bullet.group(1) : line.strip();
        if (!content.isEmpty()) {
          lines.add(inline(content));
        }
      }
      flush(lines, inList, html);
    }
  }

  private static void flush(List<String> lines, boolean list, StringBuilder html) {
    if (lines.isEmpty()) {
      return;
    }
    if (list) {
      html.append("<ul>");
      lines.forEach(line -> html.append("<li>").append(line).append("</li>"));
      html.append("</ul>");
    } else {
      html.append("<p>").append(String.join("<br>", lines)).append("</p>");
    }
    lines.clear();
  }

  /** One line: escaped first, then bold and italic around the escaped text. */
  private static String inline(String line) {
    String escaped = HtmlPage.esc(line);
    escaped = BOLD.matcher(escaped).replaceAll("<b>$1</b>");
    return ITALIC.matcher(escaped).replaceAll("<i>$1</i>");
  }

  /** Jira drops the line break right after an opening tag and right before the closing one. */
  private static String trimOneNewline(String content) {
    String trimmed = content.startsWith("\n") ? content.substring(1) : content;
    return trimmed.endsWith("\n") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
