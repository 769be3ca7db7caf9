package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xray Cloud's GraphQL endpoint, {@code POST {xray.url}/api/v2/graphql}, with the cached token of the imports.
 * A document and its variables go in; the {@code data} comes out, or an {@link HttpFailure} naming the operation
 * and Xray's words when the answer carries {@code errors} (also when it carries data as well: a partial answer
 * is never taken for a whole one). {@code warnings} (and {@code warning}) of the operations are logged and
 * returned. Connections are read in pages of {@link #PAGE} ({@code limit}/{@code start}) up to {@code total}.
 *
 * <pre>{@code
 * GraphQl graphQl = new GraphQl(http);
 * JsonNode data = graphQl.query("query($jql: String) { getTestExecutions(jql: $jql, limit: 1) { results { issueId } } }",
 *     Map.of("jql", "project = CALC")).data();
 * }</pre>
 */
public final class GraphQl {
  private static final System.Logger LOG = System.getLogger(GraphQl.class.getName());

  /** The largest {@code limit} Xray Cloud accepts on a connection. */
  public static final int PAGE = 100;

  static final String REQUEST = "POST /api/v2/graphql";
  private static final Pattern OPERATION = Pattern.compile("\\{\\s*(?:\\w+\\s*:\\s*)?(\\w+)");

  private final CloudXrayApi api;
  private final ObjectMapper mapper;

  public GraphQl(XrayHttp http) {
    this.api = http.api(CloudXrayApi.class, "/api/v2");
    this.mapper = http.mapper();
  }

  /** What an operation answered: its {@code data}, and the warnings Xray gave (already logged). */
  public record Answer(JsonNode data, List<String> warnings) {
    public Answer {
      warnings = List.copyOf(warnings);
    }

    /** {@code data.<field>}. */
    public JsonNode get(String field) {
      return data.path(field);
    }
  }

  /** Runs a query (read-only: retried like any read). */
  public Answer query(String document, Map<String, ?> variables) {
    return answer(document, api.graphQlQuery(new Wire.GraphQlRequest(document, variables)));
  }

  /** Runs a query and reads its {@code data} as {@code type} (a record or class with the data's fields). */
  public <T> T query(String document, Map<String, ?> variables, Class<T> type) {
    return mapper.convertValue(query(document, variables).data(), type);
  }

  /** Runs a mutation (retried only when Xray surely did not receive it). */
  public Answer mutate(String document, Map<String, ?> variables) {
    return answer(document, api.graphQlMutation(new Wire.GraphQlRequest(document, variables)));
  }

  /**
   * Reads the {@code results} of the connection at {@code path} in the data, page after page of {@link #PAGE}
   * (variables {@code $limit} and {@code $start}), from {@code from} until {@code count} results or the
   * connection's {@code total} are reached.
   */
  public List<JsonNode> results(String document, Map<String, ?> variables, int from, int count, String... path) {
    List<JsonNode> results = new ArrayList<>();
    int start = from;
    while (results.size() < count) {
      Map<String, Object> page = new LinkedHashMap<>(variables);
      page.put("limit", Math.min(PAGE, count - results.size()));
      page.put("start", start);
      JsonNode connection = query(document, page).data();
      for (String field : path) {
        connection = connection.path(field);
      }
      if (connection.isMissingNode() || connection.isNull()) {
        break;
      }
      JsonNode pageResults = connection.path("results");
      pageResults.forEach(results::add);
      logWarnings(operation(document), connection, new ArrayList<>());
      start += pageResults.size();
      if (pageResults.isEmpty() || start >= connection.path("total").asInt(0)) {
        break;
      }
    }
    return results;
  }

  /** Every result of the connection at {@code path}: {@link #results} from 0 to the end. */
  public List<JsonNode> all(String document, Map<String, ?> variables, String... path) {
    return results(document, variables, 0, Integer.MAX_VALUE, path);
  }

  private Answer answer(String document, JsonNode answer) {
    String operation = operation(document);
    JsonNode errors = answer.path("errors");
    JsonNode data = answer.path("data");
    if (errors.isArray() && !errors.isEmpty()) {
      List<String> messages = new ArrayList<>();
      errors.forEach(e -> messages.add(e.hasNonNull("message") ? e.get("message").asText() : e.toString()));
      String message = String.join("; ", messages);
      boolean partial = false;
      for (JsonNode value : data) {
        partial |= !value.isNull();
      }
      throw new HttpFailure(FailureKind.BAD_REQUEST, 200, REQUEST,
          "Xray Cloud rejected " + operation + " (GraphQL errors in the answer to " + REQUEST + "): Xray says \""
              + message + "\"" + (partial ? "; the partial data that came with the errors was not used" : ""),
          message, Bodies.unknownKeys(message), null);
    }
    if (!data.isObject()) {
      throw new HttpFailure(FailureKind.MALFORMED_RESPONSE, 200, REQUEST,
          "Xray Cloud answered " + operation + " without data or errors: " + Bodies.cut(answer.toString())
              + "; is xray.url an Xray Cloud host?", null, List.of(), null);
    }
    List<String> warnings = new ArrayList<>();
    data.forEach(result -> logWarnings(operation, result, warnings));
    return new Answer(data, warnings);
  }

  private static void logWarnings(String operation, JsonNode result, List<String> out) {
    List<String> found = new ArrayList<>();
    result.path("warnings").forEach(w -> {
      if (!w.asText().isBlank()) {
        found.add(w.asText());
      }
    });
    if (result.hasNonNull("warning") && !result.get("warning").asText().isBlank()) {
      found.add(result.get("warning").asText());
    }
    for (String warning : found) {
      LOG.log(System.Logger.Level.WARNING, () -> "Xray Cloud warns on " + operation + ": " + warning);
    }
    out.addAll(found);
  }

  /** The first field of a document: {@code getTests} in {@code query($l: Int!) { getTests(limit: $l) {..} }}. */
  static String operation(String document) {
    Matcher m = OPERATION.matcher(document);
    return m.find() ? m.group(1) : "a GraphQL request";
  }
}
