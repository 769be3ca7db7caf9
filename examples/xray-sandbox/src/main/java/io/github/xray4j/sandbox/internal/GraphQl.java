package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.sandbox.internal.SandboxStore.IssueRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Minimal Xray Cloud GraphQL: only the {@code createTestExecution} mutation, with its {@code jira} and
 * {@code testEnvironments} arguments passed as variables ({@code jira: $jira}). Like GraphQL, it answers 200
 * and reports trouble in {@code errors}. Anything else is answered with an error naming what is supported.
 */
final class GraphQl {

    private static final Pattern CREATE = Pattern.compile("createTestExecution\\s*\\(([^)]*)\\)");
    private static final Pattern VARIABLE_ARGUMENT = Pattern.compile("(\\w+)\\s*:\\s*\\$(\\w+)");

    private final SandboxStore store;

    GraphQl(SandboxStore store) {
        this.store = store;
    }

    Map<String, Object> answer(JsonNode request, String via) {
        String query = request.path("query").asText("");
        Matcher create = CREATE.matcher(query);
        if (!query.trim().startsWith("mutation") || !create.find()) {
            return error("The Xray sandbox answers only the createTestExecution mutation on /api/v2/graphql");
        }
        Map<String, JsonNode> arguments = new LinkedHashMap<>();
        Matcher argument = VARIABLE_ARGUMENT.matcher(create.group(1));
        while (argument.find()) {
            arguments.put(argument.group(1), request.path("variables").path(argument.group(2)));
        }
        JsonNode fields = arguments.containsKey("jira") ? arguments.get("jira").path("fields") : null;
        if (fields == null || !fields.isObject()) {
            return error("createTestExecution needs the argument jira: {fields: {project: {key}, summary}},"
                    + " passed as a variable (jira: $jira) in the Xray sandbox");
        }
        List<String> environments = new ArrayList<>();
        JsonNode environmentsNode = arguments.get("testEnvironments");
        if (environmentsNode != null) {
            environmentsNode.forEach(e -> environments.add(e.asText()));
        }
        IssueRef created;
        try {
            created = store.createTestExecution(text(fields.path("project"), "key"), text(fields, "summary"),
                    text(fields, "description"), environments, via);
        } catch (ApiError e) {
            return error(e.getMessage());
        }
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("issueId", created.id());
        execution.put("jira", Map.of("key", created.key()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("testExecution", execution);
        result.put("warnings", List.of());
        return Map.of("data", Map.of("createTestExecution", result));
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("createTestExecution", null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errors", List.of(Map.of("message", message)));
        answer.put("data", data);
        return answer;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
