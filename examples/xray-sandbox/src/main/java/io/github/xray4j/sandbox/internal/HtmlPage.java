package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.internal.Records.EvidenceInfo;
import io.github.xray4j.sandbox.internal.Records.IterationResult;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import io.github.xray4j.sandbox.internal.StateView.ExecutionView;
import io.github.xray4j.sandbox.internal.StateView.PlanView;
import io.github.xray4j.sandbox.internal.StateView.TestView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The HTML page at {@code /}: what was published, for a person to look at, newest Test Execution first, with its
 * counts per status and its runs; comments in Jira wiki markup are rendered by {@link JiraMarkup}. Every value is
 * escaped. A small script polls {@code GET /sandbox/revision} every {@value #POLL_MILLIS} ms and, when the
 * sandbox changed, swaps in the new page without losing the scroll position, so a run shows as it arrives.
 */
final class HtmlPage {

  static final int POLL_MILLIS = 2000;
  /** Beyond this, a long comment (a whole log) is cut; the rest is in {@code /sandbox/state}. */
  private static final int COMMENT_MAX = 4000;
  /** Rows shown per table: a 10,000-test run stays a page a browser opens quickly. */
  private static final int ROWS_MAX = 1000;

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:1.5em 2em;color:#222;line-height:1.35}
      header{display:flex;align-items:baseline;gap:1em;flex-wrap:wrap}h1{margin:0 0 .3em}
      #live{color:#666;font-size:.9em}#live.down{color:#c62828}
      .scroll{overflow-x:auto;max-width:100%;margin:.5em 0 1.5em}
      table{border-collapse:collapse}
      th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
      th{background:#f3f3f3;white-space:nowrap}td.key,td.time{white-space:nowrap;overflow-wrap:normal}
      section{border-top:2px solid #ddd;padding-top:.3em;margin-top:1em}h3{margin:.4em 0}
      .PASS,.PASSED{color:#1a7f37}.FAIL,.FAILED{color:#c62828}.TODO,.EXECUTING{color:#6e6e6e}.ABORTED{color:#9a6700}
      .counts{font-size:1.05em}.badge{display:inline-block;padding:0 .55em;margin-right:.3em;border-radius:1em;
      background:#eee;color:#222;font-weight:600}.badge.PASS,.badge.PASSED{background:#dafbe1}
      .badge.FAIL,.badge.FAILED{background:#ffdcd7}.badge.ABORTED{background:#fff1c2}
      code{background:#f6f6f6;padding:0 .2em}ul,ol{margin:0;padding-left:1.2em}
      td.comment{min-width:22em;max-width:60em}.comment-box{max-height:20em;overflow:auto}
      .comment-box p{margin:0 0 .4em}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;border:1px solid #e1e4e8;
      border-radius:4px;padding:.4em .6em;margin:.3em 0;font-size:.85em}
      summary{cursor:pointer}summary h2{display:inline}.note{color:#666}
      """;

  /**
   * Polls the revision; when it differs from the page's, fetches the page and replaces {@code #content}, keeping
   * the {@code <details>} that were open. No library, no raw HTML from the state: the new content is the
   * server's own escaped page.
   */
  private static final String SCRIPT = """
      (function () {
        var shown = document.body.getAttribute('data-revision');
        var live = document.getElementById('live');
        function swap(html) {
          var next = new DOMParser().parseFromString(html, 'text/html');
          var open = Array.prototype.map.call(document.querySelectorAll('details[open]'), function (d) { return d.id; });
          document.getElementById('content').replaceWith(next.getElementById('content'));
          open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
          shown = next.body.getAttribute('data-revision');
        }
        function poll() {
          fetch('/sandbox/revision', {cache: 'no-store'})
            .then(function (r) { return r.json(); })
            .then(function (state) {
              if (String(state.revision) !== shown) {
                return fetch('/', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(swap);
              }
            })
            .then(function () {
              live.className = '';
              live.textContent = 'Live: follows the sandbox, checked ' + new Date().toLocaleTimeString();
            }, function () {
              live.className = 'down';
              live.textContent = 'The sandbox does not answer (stopped?); trying again';
            })
            .then(function () { setTimeout(poll, %d); });
        }
        setTimeout(poll, %d);
      })();
      """.formatted(POLL_MILLIS, POLL_MILLIS);

  /** An optional column of a runs table: shown when any run of the execution has something for it. */
  private record Column(String name, String cellTag, Predicate<TestRun> present,
      BiConsumer<StringBuilder, TestRun> cell) {
  }

  private static final List<Column> OPTIONAL_COLUMNS = List.of(
      new Column("Start", "<td class=\"time\">", run -> run.start() != null,
          (html, run) -> html.append(esc(run.start()))),
      new Column("Finish", "<td class=\"time\">", run -> run.finish() != null,
          (html, run) -> html.append(esc(run.finish()))),
      new Column("Comment", "<td class=\"comment\">", run -> run.comment() != null && !run.comment().isBlank(),
          HtmlPage::comment),
      new Column("Iterations", "<td>", run -> !run.iterations().isEmpty(),
          (html, run) -> iterations(html, run.iterations())),
      new Column("Examples", "<td>", run -> !run.examples().isEmpty(), HtmlPage::examples),
      new Column("Evidence", "<td>", run -> !run.evidence().isEmpty(), (html, run) -> evidence(html, run.evidence())),
      new Column("Defects", "<td>", run -> !run.defects().isEmpty(),
          (html, run) -> html.append(esc(String.join(", ", run.defects())))));

  private HtmlPage() {
  }

  /** The page of this state; {@code revision} is the store's revision when the state was read. */
  static String render(StateView state, long revision) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Xray sandbox</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
        .append("<body data-revision=\"").append(revision).append("\">\n")
        .append("<header><h1>Xray sandbox</h1><span id=\"live\">Live: follows the sandbox</span></header>\n")
        .append("<p>Server/DC: <code>")
        .append(esc(state.url())).append("</code>, user <code>").append(SandboxCredentials.USER)
        .append("</code> / password <code>").append(SandboxCredentials.PASSWORD)
        .append("</code> or token <code>").append(SandboxCredentials.PERSONAL_ACCESS_TOKEN)
        .append("</code>. Cloud: client id <code>").append(SandboxCredentials.CLIENT_ID)
        .append("</code> / secret <code>").append(SandboxCredentials.CLIENT_SECRET)
        .append("</code>. As JSON: <a href=\"/sandbox/state\">/sandbox/state</a>.</p>\n<main id=\"content\">\n");
    List<ExecutionView> newestFirst = new ArrayList<>(state.testExecutions());
    Collections.reverse(newestFirst);
    html.append("<h2>Test Executions (").append(newestFirst.size()).append(")</h2>\n");
    if (newestFirst.isEmpty()) {
      html.append("<p>Nothing has been published yet.</p>\n");
    } else {
      overview(html, newestFirst);
    }
    newestFirst.forEach(execution -> execution(html, execution));
    tests(html, state.tests());
    html.append("<details id=\"plans\"><summary><h2>Test Plans (").append(state.testPlans().size())
        .append(")</h2></summary>\n<ul>\n");
    for (PlanView plan : state.testPlans()) {
      html.append("<li>").append(esc(plan.key())).append(" ").append(esc(plan.summary()))
          .append(": Tests ").append(esc(String.join(", ", plan.tests())))
          .append("; Test Executions ").append(esc(String.join(", ", plan.testExecutions()))).append("</li>\n");
    }
    return html.append("</ul>\n</details>\n</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n")
        .toString();
  }

  private static void overview(StringBuilder html, List<ExecutionView> executions) {
    html.append("<div class=\"scroll\"><table>\n<tr><th>Test Execution</th><th>Summary</th><th>Runs</th>")
        .append("<th>By status</th><th>Created by</th></tr>\n");
    for (ExecutionView execution : executions) {
      html.append("<tr><td class=\"key\"><a href=\"#").append(esc(execution.key())).append("\">")
          .append(esc(execution.key())).append("</a></td><td>").append(esc(execution.summary()))
          .append("</td><td>").append(execution.runs().size()).append("</td><td>");
      counts(html, execution.runs());
      html.append("</td><td>").append(esc(execution.createdVia())).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static void counts(StringBuilder html, List<TestRun> runs) {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    runs.forEach(run -> byStatus.merge(run.status(), 1, Integer::sum));
    byStatus.forEach((status, count) -> html.append("<span class=\"badge ").append(esc(status)).append("\">")
        .append(esc(status)).append(' ').append(count).append("</span>"));
  }

  private static void execution(StringBuilder html, ExecutionView execution) {
    html.append("<section id=\"").append(esc(execution.key())).append("\">\n<h3>").append(esc(execution.key()))
        .append(" &ndash; ").append(esc(execution.summary())).append("</h3>\n<p class=\"counts\">")
        .append(execution.runs().size()).append(execution.runs().size() == 1 ? " run " : " runs ");
    counts(html, execution.runs());
    html.append("</p>\n<p>");
    detail(html, "Project", execution.project());
    detail(html, "Test Plan", execution.testPlanKey());
    detail(html, "Environments", String.join(", ", execution.testEnvironments()));
    detail(html, "Version", execution.version());
    detail(html, "Revision", execution.revision());
    detail(html, "Started", execution.startDate());
    detail(html, "Finished", execution.finishDate());
    detail(html, "Created by", execution.createdVia());
    html.append("</p>\n");
    if (execution.description() != null && !execution.description().isBlank()) {
      html.append("<div class=\"comment-box\">").append(JiraMarkup.toHtml(execution.description())).append("</div>\n");
    }
    if (execution.runs().isEmpty()) {
      html.append("</section>\n");
      return;
    }
    List<Column> columns = OPTIONAL_COLUMNS.stream()
        .filter(column -> execution.runs().stream().anyMatch(column.present())).toList();
    html.append("<div class=\"scroll\"><table>\n<tr><th>Test</th><th>Status</th>");
    columns.forEach(column -> html.append("<th>").append(column.name()).append("</th>"));
    html.append("</tr>\n");
    for (TestRun run : execution.runs().subList(0, Math.min(ROWS_MAX, execution.runs().size()))) {
      html.append("<tr><td class=\"key\">").append(esc(run.testKey())).append("</td><td class=\"")
          .append(esc(run.status())).append("\">").append(esc(run.status())).append("</td>");
      for (Column column : columns) {
        html.append(column.cellTag());
        column.cell().accept(html, run);
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
    more(html, execution.runs().size(), "runs");
    html.append("</section>\n");
  }

  private static void tests(StringBuilder html, List<TestView> tests) {
    html.append("<details id=\"tests\"><summary><h2>Tests (").append(tests.size()).append(")</h2></summary>\n")
        .append("<div class=\"scroll\"><table>\n<tr><th>Test</th><th>Type</th><th>Summary</th><th>Definition</th>")
        .append("<th>Requirements</th></tr>\n");
    for (TestView test : tests.subList(0, Math.min(ROWS_MAX, tests.size()))) {
      html.append("<tr><td class=\"key\">").append(esc(test.key())).append("</td><td>").append(esc(test.type()))
          .append("</td><td>").append(esc(test.summary())).append("</td><td>").append(esc(test.definition()))
          .append("</td><td>").append(esc(String.join(", ", test.requirementKeys()))).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
    more(html, tests.size(), "Tests");
    html.append("</details>\n");
  }

  private static void more(StringBuilder html, int size, String what) {
    if (size > ROWS_MAX) {
      html.append("<p class=\"note\">The first ").append(ROWS_MAX).append(" of ").append(size).append(' ')
          .append(what).append(" are shown; all of them are in <a href=\"/sandbox/state\">/sandbox/state</a>.</p>\n");
    }
  }

  private static void comment(StringBuilder html, TestRun run) {
    String comment = run.comment() == null ? "" : run.comment();
    String shown = comment.length() <= COMMENT_MAX ? comment : comment.substring(0, COMMENT_MAX) + "\u2026";
    html.append("<div class=\"comment-box\">").append(JiraMarkup.toHtml(shown)).append("</div>");
  }

  private static void iterations(StringBuilder html, List<IterationResult> iterations) {
    html.append("<ol>");
    for (IterationResult iteration : iterations) {
      String parameters = iteration.parameters().stream()
          .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(", "));
      html.append("<li>").append(esc(iteration.name() == null ? "(unnamed)" : iteration.name()));
      if (!parameters.isEmpty() && (iteration.name() == null || !iteration.name().contains(parameters))) {
        html.append(" (").append(esc(parameters)).append(")");
      }
      html.append(": <span class=\"").append(esc(iteration.status())).append("\">").append(esc(iteration.status()))
          .append("</span></li>");
    }
    html.append("</ol>");
  }

  private static void examples(StringBuilder html, TestRun run) {
    html.append("<ol>");
    run.examples().forEach(s -> html.append("<li class=\"").append(esc(s)).append("\">").append(esc(s)).append("</li>"));
    html.append("</ol>");
  }

  private static void evidence(StringBuilder html, List<EvidenceInfo> evidence) {
    html.append("<ul>");
    for (EvidenceInfo e : evidence) {
      html.append("<li>").append(esc(e.filename())).append(" (")
          .append(esc(e.contentType() == null ? "no content type" : e.contentType())).append(", ")
          .append(e.size()).append(" bytes)</li>");
    }
    html.append("</ul>");
  }

  private static void detail(StringBuilder html, String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      html.append(name).append(": <b>").append(esc(value)).append("</b>. ");
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
