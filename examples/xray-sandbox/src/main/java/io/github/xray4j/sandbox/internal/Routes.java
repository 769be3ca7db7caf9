package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.internal.Records.ExecutionFields;
import io.github.xray4j.sandbox.internal.Records.ImportDocument;
import io.github.xray4j.sandbox.internal.ImportRules.Imported;
import io.github.xray4j.sandbox.internal.Issues.IssueRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's endpoints: Xray Server/DC ({@code /rest/raven/{1.0,2.0,latest}/...}), Jira
 * ({@code /rest/api/2/...}), Jira's OAuth ({@code /rest/oauth2/latest/...}, {@code /plugins/servlet/oauth/...}),
 * Xray Cloud ({@code /api/v2/...}) and the sandbox's own pages.
 */
final class Routes {

  /** Handles a matched request. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  record Route(String method, Pattern path, Handler handler) {
  }

  /** The documents an import endpoint reads: Xray JSON or Cucumber JSON. */
  private enum Format { XRAY, CUCUMBER }

  /** How an import endpoint receives them: the whole body, or a results part and an info part. */
  private enum Body { JSON, MULTIPART }

  private static final String RAVEN = "/rest/raven/(1\\.0|2\\.0|latest)";
  private static final String KEY = "([A-Za-z][A-Za-z0-9_]*-[0-9]+)";

  private final SandboxStore store;
  private final Auth auth;
  private final List<Route> routes = new ArrayList<>();
  private final GraphQl graphQl;
  private final ImportDelays delays;
  private final AtomicInteger creatingImports = new AtomicInteger();

  Routes(SandboxStore store, ImportDelays delays, OAuthClients oauthClients) {
    this.store = store;
    this.auth = new Auth(oauthClients);
    this.graphQl = new GraphQl(store);
    this.delays = delays;
    Features features = new Features(store);
    // Xray Server / Data Center
    server("POST", RAVEN + "/import/execution", importer(ApiFlavour.SERVER, Format.XRAY, Body.JSON));
    server("POST", RAVEN + "/import/execution/multipart", importer(ApiFlavour.SERVER, Format.XRAY, Body.MULTIPART));
    server("POST", RAVEN + "/import/execution/cucumber", importer(ApiFlavour.SERVER, Format.CUCUMBER, Body.JSON));
    server("POST", RAVEN + "/import/execution/cucumber/multipart",
        importer(ApiFlavour.SERVER, Format.CUCUMBER, Body.MULTIPART));
    server("GET", RAVEN + "/api/test", this::tests);
    server("GET", RAVEN + "/api/testexec/" + KEY + "/test", c -> Reply.ok(page(c, store.executionTests(c.group(2)))));
    server("POST", RAVEN + "/api/testexec/" + KEY + "/test", this::changeExecutionTests);
    server("GET", RAVEN + "/api/testrun", this::runByKeys);
    server("GET", RAVEN + "/api/testrun/([0-9]+)", this::runById);
    server("GET", RAVEN + "/api/testrun/([0-9]+)/status", c -> Reply.text(store.run(runId(c)).status()));
    server("GET", RAVEN + "/api/testrun/([0-9]+)/comment", this::runComment);
    server("GET", RAVEN + "/testruns", this::exportTestRuns);
    server("GET", RAVEN + "/api/testruns", this::exportTestRuns); // where the 2.0 OpenAPI lists it
    server("GET", RAVEN + "/api/settings/teststatuses", c -> Reply.ok(testStatuses()));
    server("GET", RAVEN + "/export/test", features::export);
    server("POST", RAVEN + "/import/feature", features::importServer);
    // Jira
    server("POST", "/rest/api/2/issue", this::createIssue);
    server("GET", "/rest/api/2/issue/([^/]+)", this::issue);
    server("GET", "/rest/api/2/myself", c -> Reply.ok(myself()));
    server("POST", "/rest/api/2/issueLink", this::issueLink);
    // Jira's OAuth 2.0 provider and OAuth 1.0a application links
    add("GET", "/rest/oauth2/latest/authorize", auth.oauth2()::authorize);
    add("POST", "/rest/oauth2/latest/token", auth.oauth2()::token);
    add("POST", "/plugins/servlet/oauth/request-token", auth.oauth1()::requestToken);
    add("GET", "/plugins/servlet/oauth/authorize", auth.oauth1()::authorize);
    add("POST", "/plugins/servlet/oauth/access-token", auth.oauth1()::accessToken);
    // Xray Cloud
    add("POST", "/api/v2/authenticate", c -> Reply.ok(auth.authenticate(c.json())));
    cloud("POST", "/api/v2/import/execution", importer(ApiFlavour.CLOUD, Format.XRAY, Body.JSON));
    cloud("POST", "/api/v2/import/execution/multipart", importer(ApiFlavour.CLOUD, Format.XRAY, Body.MULTIPART));
    cloud("POST", "/api/v2/import/execution/cucumber", importer(ApiFlavour.CLOUD, Format.CUCUMBER, Body.JSON));
    cloud("POST", "/api/v2/import/execution/cucumber/multipart",
        importer(ApiFlavour.CLOUD, Format.CUCUMBER, Body.MULTIPART));
    cloud("GET", "/api/v2/export/cucumber", features::export);
    cloud("POST", "/api/v2/import/feature", features::importCloud);
    cloud("POST", "/api/v2/graphql", c -> Reply.ok(graphQl.answer(c.json(), via(c))));
    // The sandbox itself
    add("GET", "/", c -> page());
    add("GET", "/browse/" + KEY, c -> Reply.redirect("/#" + c.group(1)));
    add("GET", "/sandbox/state", c -> Reply.ok(store.snapshot()));
    add("GET", "/sandbox/revision", c -> Reply.ok(Map.of("revision", store.revision())));
    add("POST", "/sandbox/reset", c -> {
      reset();
      return Reply.noContent();
    });
  }

  /** Back to the seed, and the creating imports are counted from 1 again. */
  void reset() {
    store.reset();
    creatingImports.set(0);
  }

  /** The page, with the revision it shows (read first: a change meanwhile makes the page reload once more). */
  private Reply page() {
    long revision = store.revision();
    return Reply.html(HtmlPage.render(store.snapshot(), revision));
  }

  /** Finds the route for a request and runs it; 404 or 405 when there is none. */
  Reply dispatch(String method, URI uri, Map<String, String> query, Headers headers, byte[] body) {
    String path = uri.getPath();
    boolean pathKnown = false;
    List<String> allowed = new ArrayList<>();
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (matcher.matches()) {
        pathKnown = true;
        allowed.add(route.method());
        if (route.method().equals(method)) {
          return route.handler().handle(new Call(method, path, query, headers, body, matcher, uri));
        }
      }
    }
    if (pathKnown) {
      throw ApiError.xray(405, "Method " + method + " is not allowed on " + path + "; use " + String.join(", ", allowed));
    }
    throw ApiError.xray(404, "The Xray sandbox has no endpoint " + method + " " + path
        + ". Server/DC endpoints start with /rest/raven/{1.0,2.0,latest}/ or /rest/api/2/,"
        + " Cloud endpoints with /api/v2/.");
  }

  private void add(String method, String path, Handler handler) {
    routes.add(new Route(method, Pattern.compile(path), handler));
  }

  private void server(String method, String path, Handler handler) {
    add(method, path, call -> {
      auth.requireServer(call);
      return handler.handle(call);
    });
  }

  private void cloud(String method, String path, Handler handler) {
    add(method, path, call -> {
      auth.requireCloud(call);
      return handler.handle(call);
    });
  }

  // ---- imports: one handler for the eight endpoints -----------------------------------------------------

  /**
   * The handler of an import endpoint: reads the document, applies it and answers in the flavour's shape
   * (Server v2 and latest {@code {testExecIssue, testIssues.success}}, v1 {@code {testExecIssue}}, Cloud
   * {@code {id, key, self}}), after the wait the {@link ImportDelays} give it, refused or not.
   */
  private Handler importer(ApiFlavour flavour, Format format, Body body) {
    return call -> {
      Reply reply;
      int creating = 0;
      try {
        ImportDocument doc = body == Body.JSON ? document(flavour, format, call.json(), null)
            : multipartDocument(call, flavour, format);
        Imported imported = store.importExecution(doc, via(call));
        if (doc.testExecutionKey() == null) {
          creating = creatingImports.incrementAndGet();
        }
        reply = Reply.ok(flavour == ApiFlavour.CLOUD ? ref(imported.testExecution()) : serverAnswer(call, imported));
      } catch (ApiError e) {
        reply = Reply.error(e);
      }
      return reply.after(delays.of(creating));
    };
  }

  /** A multipart import: the results part ({@code result} on Server, {@code results} on Cloud) and the info part. */
  private ImportDocument multipartDocument(Call call, ApiFlavour flavour, Format format) {
    String resultsPart = flavour == ApiFlavour.SERVER ? "result" : "results";
    Map<String, byte[]> parts = parts(call, resultsPart);
    ExecutionFields fields = jiraFields(Call.parseJson(parts.get("info"), "The info part"), flavour == ApiFlavour.CLOUD);
    return document(flavour, format, Call.parseJson(parts.get(resultsPart), "The " + resultsPart + " part"), fields);
  }

  /** The import document of the results, with the Test Execution fields of an info part, if there was one. */
  private ImportDocument document(ApiFlavour flavour, Format format, JsonNode results, @Nullable ExecutionFields info) {
    return switch (format) {
      case XRAY -> info == null ? xrayJson(flavour).read(results) : xrayJson(flavour).readTestsOnly(results, info);
      case CUCUMBER -> new CucumberJsonReader(flavour).read(results, info == null ? ExecutionFields.NONE : info);
    };
  }

  /** v1 answers {@code {testExecIssue}}; v2 and latest add {@code testIssues.success}. */
  private Map<String, Object> serverAnswer(Call call, Imported imported) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("testExecIssue", ref(imported.testExecution()));
    if (!call.group(1).equals("1.0")) {
      json.put("testIssues", Map.of("success", imported.tests().stream().map(this::ref).toList()));
    }
    return json;
  }

  // ---- shared pieces -------------------------------------------------------------------------------------

  private XrayJsonReader xrayJson(ApiFlavour flavour) {
    return new XrayJsonReader(flavour, store.customStatuses());
  }

  private static String via(Call call) {
    return call.method() + " " + call.path();
  }

  private Map<String, Object> ref(IssueRef ref) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", ref.id());
    json.put("key", ref.key());
    json.put("self", store.selfOf(ref.id()));
    return json;
  }

  private static Map<String, byte[]> parts(Call call, String resultsPart) {
    Map<String, byte[]> parts = Multipart.parts(call);
    List<String> missing = new ArrayList<>();
    for (String name : List.of(resultsPart, "info")) {
      if (!parts.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw ApiError.badRequest("The multipart request has no part named " + String.join(" and no part named ", missing)
          + " (expected parts: " + resultsPart + " = the results, info = the Test Execution's Jira fields;"
          + " received: " + String.join(", ", parts.keySet()) + ")");
    }
    return parts;
  }

  /**
   * The Test Execution fields of a multipart {@code info} part: Jira's create-issue JSON
   * {@code {"fields":{...}}}, plus {@code xrayFields} {@code {testPlanKey, environments}} on Cloud.
   */
  private static ExecutionFields jiraFields(JsonNode info, boolean cloud) {
    List<String> errors = new ArrayList<>();
    JsonNode fields = info.path("fields");
    if (!fields.isObject()) {
      throw ApiError.badRequest("The info part must hold the Test Execution's Jira fields: "
          + "{\"fields\":{\"project\":{\"key\":\"CALC\"},\"summary\":\"...\",\"issuetype\":{\"name\":\"Test Execution\"}}}");
    }
    String project = JsonFields.text(fields.path("project"), "key", "info fields.project", errors);
    JsonNode issueType = fields.path("issuetype");
    String typeName = JsonFields.text(issueType, "name", "info fields.issuetype", errors);
    if (!issueType.isObject() || (typeName == null && !issueType.has("id"))) {
      errors.add("Error assembling issue data: issue type is required (fields.issuetype.name = \"Test Execution\")");
    } else if (typeName != null && !typeName.equals(Issues.TEST_EXECUTION)) {
      errors.add("Error assembling issue data: the issue type must be Test Execution, not " + typeName);
    }
    String summary = JsonFields.text(fields, "summary", "info fields", errors);
    String description = JsonFields.text(fields, "description", "info fields", errors);
    String planKey = null;
    List<String> environments = null;
    if (cloud && info.has("xrayFields")) {
      JsonNode xrayFields = info.get("xrayFields");
      if (xrayFields.has("testEnvironments")) {
        errors.add("xrayFields.testEnvironments is not supported; use xrayFields.environments");
      }
      planKey = JsonFields.text(xrayFields, "testPlanKey", "info xrayFields", errors);
      environments = xrayFields.has("environments")
          ? JsonFields.texts(xrayFields, "environments", "info xrayFields", errors) : null;
    }
    XrayJsonReader.throwIfAny(errors);
    return new ExecutionFields(project, summary, description, null, null, null, null, null, planKey, environments);
  }

  // ---- Server / DC resources -----------------------------------------------------------------------------

  private Reply tests(Call call) {
    String keys = call.query().get("keys");
    if (keys == null || keys.isBlank()) {
      throw ApiError.badRequest("Query parameter keys is required, e.g. ?keys=CALC-1;CALC-2");
    }
    return Reply.ok(store.tests(Arrays.stream(keys.split("[;,]")).map(String::trim).filter(k -> !k.isEmpty()).toList()));
  }

  private Reply changeExecutionTests(Call call) {
    JsonNode body = call.json();
    List<String> errors = new ArrayList<>();
    List<String> add = JsonFields.texts(body, "add", "body", errors);
    List<String> remove = JsonFields.texts(body, "remove", "body", errors);
    XrayJsonReader.throwIfAny(errors);
    return Reply.ok(store.changeExecutionTests(call.group(2), add, remove, ApiFlavour.SERVER.todo()));
  }

  private Reply runByKeys(Call call) {
    String execution = call.query().get("testExecIssueKey");
    String test = call.query().get("testIssueKey");
    if (execution == null || test == null) {
      throw ApiError.badRequest("Query parameters testExecIssueKey and testIssueKey are required");
    }
    return Reply.ok(RunJson.of(store.run(execution, test), execution));
  }

  private Reply runById(Call call) {
    long id = runId(call);
    return Reply.ok(RunJson.of(store.run(id), store.executionKeyOfRun(id)));
  }

  private static long runId(Call call) {
    try {
      return Long.parseLong(call.group(2));
    } catch (NumberFormatException e) {
      throw ApiError.xray(404, "Test Run with id " + call.group(2) + " was not found!");
    }
  }

  private Reply runComment(Call call) {
    String comment = store.run(runId(call)).comment();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("raw", comment == null ? "" : comment);
    json.put("rendered", comment == null ? "" : JiraMarkup.toHtml(comment));
    return Reply.ok(json);
  }

  /** {@code GET /rest/raven/1.0/testruns?testExecKey=&testPlanKey=&limit=&page=}: runs in Xray's export shape. */
  private Reply exportTestRuns(Call call) {
    String executionKey = call.query().get("testExecKey");
    String planKey = call.query().get("testPlanKey");
    if (executionKey == null && planKey == null) {
      throw ApiError.badRequest("Query parameter testExecKey or testPlanKey is required");
    }
    return Reply.ok(page(call, store.runs(executionKey, planKey).entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(run -> RunJson.of(run, e.getKey())))
        .toList()));
  }

  /** Xray's paging: {@code limit} per page, {@code page} from 1; everything when there is no limit. */
  private static <T> List<T> page(Call call, List<T> all) {
    String limitText = call.query().get("limit");
    if (limitText == null || limitText.isBlank()) {
      return all;
    }
    int limit;
    int page;
    try {
      limit = Integer.parseInt(limitText);
      page = Integer.parseInt(call.query().getOrDefault("page", "1"));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("limit and page must be numbers, not " + limitText + " and "
          + call.query().get("page"));
    }
    if (limit < 1 || page < 1) {
      throw ApiError.badRequest("limit and page must be at least 1");
    }
    long from = (long) limit * (page - 1);
    return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + limit));
  }

  private List<Map<String, Object>> testStatuses() {
    List<Map<String, Object>> result = new ArrayList<>();
    List<String> builtIn = ApiFlavour.SERVER.builtInStatuses();
    List<String> all = new ArrayList<>(builtIn);
    all.addAll(store.customStatuses());
    for (int i = 0; i < all.size(); i++) {
      String name = all.get(i);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", i);
      json.put("name", name);
      json.put("description", builtIn.contains(name) ? "Built-in status " + name : "Custom status " + name);
      json.put("isFinal", !name.equals("TODO") && !name.equals("EXECUTING"));
      json.put("isNative", builtIn.contains(name));
      result.add(json);
    }
    return result;
  }

  // ---- Jira ----------------------------------------------------------------------------------------------

  private Reply createIssue(Call call) {
    JsonNode fields = call.json().path("fields");
    String type = fields.path("issuetype").path("name").asText(null);
    if (!Issues.TEST_EXECUTION.equals(type)) {
      throw ApiError.jira(400, "issuetype", "The Xray sandbox creates only issues of type Test Execution"
          + " (fields.issuetype.name), not " + type);
    }
    IssueRef created = store.createTestExecution(fields, List.of(), via(call));
    return Reply.json(201, ref(created));
  }

  /** Jira's issue link; the sandbox keeps only Xray's coverage link, {@code Tests} (inward: the Test). */
  private Reply issueLink(Call call) {
    JsonNode link = call.json();
    String type = link.path("type").path("name").asText("");
    if (!type.equals("Tests")) {
      throw ApiError.jira(400, "type", "The Xray sandbox keeps only links of type Tests, not \"" + type + "\"");
    }
    store.linkTestToRequirement(link.path("inwardIssue").path("key").asText(""),
        link.path("outwardIssue").path("key").asText(""));
    return new Reply(201, "application/json;charset=UTF-8", new byte[0]);
  }

  private Reply issue(Call call) {
    return store.issue(call.group(1)).map(Reply::ok)
        .orElseThrow(() -> ApiError.jiraMessage(404, "Issue Does Not Exist"));
  }

  private Map<String, Object> myself() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("self", store.url() + "/rest/api/2/user?username=" + SandboxCredentials.USER);
    json.put("key", SandboxCredentials.USER);
    json.put("name", SandboxCredentials.USER);
    json.put("displayName", "Sandbox User");
    json.put("emailAddress", "sandbox@example.invalid");
    json.put("active", true);
    return json;
  }
}
