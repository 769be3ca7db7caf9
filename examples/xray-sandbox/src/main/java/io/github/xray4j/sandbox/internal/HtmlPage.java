package io.github.xray4j.sandbox.internal;

import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.internal.Records.EvidenceInfo;
import io.github.xray4j.sandbox.internal.Records.IterationResult;
import io.github.xray4j.sandbox.internal.Records.TestRun;
import io.github.xray4j.sandbox.internal.StateView.ExecutionView;
import io.github.xray4j.sandbox.internal.StateView.PlanView;
import io.github.xray4j.sandbox.internal.StateView.TestView;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The plain HTML page at {@code /}: what was published, for a person to look at. Every value is escaped. */
final class HtmlPage {

    private static final int COMMENT_EXCERPT = 300;

    private HtmlPage() {
    }

    static String render(StateView state) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Xray sandbox</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3}.PASS,.PASSED{color:#1a7f37}.FAIL,.FAILED{color:#c62828}")
                .append("code{background:#f6f6f6;padding:0 .2em}ul,ol{margin:0;padding-left:1.2em}")
                .append("td:first-child,.time{white-space:nowrap}.comment{white-space:pre-wrap;max-width:40em}\n")
                .append("</style>\n</head>\n<body>\n<h1>Xray sandbox</h1>\n<p>Server/DC: <code>")
                .append(esc(state.url())).append("</code>, user <code>").append(SandboxCredentials.USER)
                .append("</code> / password <code>").append(SandboxCredentials.PASSWORD)
                .append("</code> or token <code>").append(SandboxCredentials.PERSONAL_ACCESS_TOKEN)
                .append("</code>. Cloud: client id <code>").append(SandboxCredentials.CLIENT_ID)
                .append("</code> / secret <code>").append(SandboxCredentials.CLIENT_SECRET)
                .append("</code>. As JSON: <a href=\"/sandbox/state\">/sandbox/state</a>.</p>\n");
        html.append("<h2>Test Executions (").append(state.testExecutions().size()).append(")</h2>\n");
        if (state.testExecutions().isEmpty()) {
            html.append("<p>Nothing has been published yet.</p>\n");
        }
        for (ExecutionView execution : state.testExecutions()) {
            execution(html, execution);
        }
        html.append("<h2>Tests (").append(state.tests().size()).append(")</h2>\n<table>\n")
                .append("<tr><th>Test</th><th>Type</th><th>Summary</th><th>Definition</th><th>Requirements</th></tr>\n");
        for (TestView test : state.tests()) {
            html.append("<tr><td>").append(esc(test.key())).append("</td><td>").append(esc(test.type()))
                    .append("</td><td>").append(esc(test.summary())).append("</td><td>").append(esc(test.definition()))
                    .append("</td><td>").append(esc(String.join(", ", test.requirementKeys()))).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Test Plans (").append(state.testPlans().size()).append(")</h2>\n<ul>\n");
        for (PlanView plan : state.testPlans()) {
            html.append("<li>").append(esc(plan.key())).append(" ").append(esc(plan.summary()))
                    .append(": Tests ").append(esc(String.join(", ", plan.tests())))
                    .append("; Test Executions ").append(esc(String.join(", ", plan.testExecutions()))).append("</li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static void execution(StringBuilder html, ExecutionView execution) {
        html.append("<section id=\"").append(esc(execution.key())).append("\">\n<h3>").append(esc(execution.key()))
                .append(" &ndash; ").append(esc(execution.summary())).append("</h3>\n<p>");
        detail(html, "Project", execution.project());
        detail(html, "Test Plan", execution.testPlanKey());
        detail(html, "Environments", String.join(", ", execution.testEnvironments()));
        detail(html, "Version", execution.version());
        detail(html, "Revision", execution.revision());
        detail(html, "Started", execution.startDate());
        detail(html, "Finished", execution.finishDate());
        detail(html, "Created by", execution.createdVia());
        html.append("</p>\n<table>\n<tr><th>Test</th><th>Status</th><th>Start</th><th>Finish</th><th>Comment</th>")
                .append("<th>Iterations</th><th>Examples</th><th>Evidence</th><th>Defects</th></tr>\n");
        for (TestRun run : execution.runs()) {
            html.append("<tr><td>").append(esc(run.testKey())).append("</td><td class=\"").append(esc(run.status()))
                    .append("\">").append(esc(run.status())).append("</td><td class=\"time\">").append(esc(run.start()))
                    .append("</td><td class=\"time\">").append(esc(run.finish())).append("</td><td class=\"comment\">")
                    .append(esc(excerpt(run.comment())))
                    .append("</td><td>");
            iterations(html, run.iterations());
            html.append("</td><td>");
            if (!run.examples().isEmpty()) {
                html.append("<ol>");
                run.examples().forEach(s -> html.append("<li class=\"").append(esc(s)).append("\">").append(esc(s)).append("</li>"));
                html.append("</ol>");
            }
            html.append("</td><td>");
            evidence(html, run.evidence());
            html.append("</td><td>").append(esc(String.join(", ", run.defects()))).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private static void iterations(StringBuilder html, List<IterationResult> iterations) {
        if (iterations.isEmpty()) {
            return;
        }
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

    private static void evidence(StringBuilder html, List<EvidenceInfo> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
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

    private static @Nullable String excerpt(@Nullable String comment) {
        if (comment == null || comment.length() <= COMMENT_EXCERPT) {
            return comment;
        }
        return comment.substring(0, COMMENT_EXCERPT) + "\u2026";
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
