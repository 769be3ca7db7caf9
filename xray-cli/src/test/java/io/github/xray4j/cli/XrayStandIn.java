package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for Xray Server/DC on loopback (WireMock): takes imports, creating Test Execution
 * {@value #CREATED_KEY} for an import without a key and importing into the named one otherwise, and tells
 * what it received.
 */
final class XrayStandIn implements AutoCloseable {

  static final String CREATED_KEY = "CALC-500";
  static final String IMPORT_PATH = "(/rest/raven/[^/]+|/api/v2)/import/execution";

  private static final ObjectMapper JSON = new ObjectMapper();
  final WireMockServer server;

  private XrayStandIn(WireMockServer server) {
    this.server = server;
  }

  static XrayStandIn start() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return new XrayStandIn(server);
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * As {@link #acceptingImports()}, for Xray Cloud: {@code /api/v2/authenticate} hands out a token and imports
   * answer with Cloud's flat {@code {id, key, self}}.
   */
  XrayStandIn acceptingCloudImports() {
    server.stubFor(post(urlPathMatching("/api/v2/authenticate")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("\"stand-in-jwt\"")));
    server.stubFor(post(urlPathMatching("/api/v2/import/execution")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.testExecutionKey"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withTransformers("response-template")
            .withBody("{\"id\":\"1\",\"key\":\"{{jsonPath request.body '$.testExecutionKey'}}\","
                + "\"self\":\"https://example.atlassian.net/rest/api/2/issue/1\"}")));
    server.stubFor(post(urlPathMatching("/api/v2/import/execution")).atPriority(2)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"500\",\"key\":\"" + CREATED_KEY
                + "\",\"self\":\"https://example.atlassian.net/rest/api/2/issue/500\"}")));
    return this;
  }

  /** Imports answer as Xray does: into the named Test Execution, or a new one ({@value #CREATED_KEY}). */
  XrayStandIn acceptingImports() {
    server.stubFor(importRequest().atPriority(1)
        .withRequestBody(matchingJsonPath("$.testExecutionKey"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withTransformers("response-template")
            .withBody("{\"testExecIssue\":{\"id\":\"1\",\"key\":\"{{jsonPath request.body '$.testExecutionKey'}}\","
                + "\"self\":\"" + url() + "/rest/api/2/issue/1\"}}")));
    server.stubFor(importRequest().atPriority(2)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"testExecIssue\":{\"id\":\"500\",\"key\":\"" + CREATED_KEY + "\",\"self\":\"" + url()
                + "/rest/api/2/issue/500\"}}")));
    return this;
  }

  static MappingBuilder importRequest() {
    return post(urlPathMatching(IMPORT_PATH));
  }

  /** The bodies of the import requests Xray answered with 200, in order. */
  List<JsonNode> acceptedImports() {
    List<JsonNode> bodies = new ArrayList<>();
    server.getServeEvents().getRequests().stream()
        .filter(event -> event.getRequest().getUrl().matches(IMPORT_PATH + "(\\?.*)?"))
        .filter(event -> event.getResponse().getStatus() == 200 && event.getResponse().getFault() == null)
        .filter(event -> !isFault(event))
        .map(event -> event.getRequest())
        .forEach(request -> bodies.add(parse(request)));
    java.util.Collections.reverse(bodies); // WireMock lists the newest first
    return bodies;
  }

  /** Stubs marked {@code fault} stand for answers the client never (fully) got: Xray did not take them. */
  private static boolean isFault(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
    return event.getStubMapping() != null && event.getStubMapping().getMetadata() != null
        && event.getStubMapping().getMetadata().containsKey("fault");
  }

  /** How many accepted imports created a Test Execution (had no key). */
  long executionsCreated() {
    return acceptedImports().stream().filter(body -> !body.hasNonNull("testExecutionKey")).count();
  }

  /** Every Test key in the accepted imports, with how often it was accepted. */
  Map<String, Integer> acceptedResults() {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode body : acceptedImports()) {
      for (JsonNode test : body.path("tests")) {
        counts.merge(test.path("testKey").asText("(no key)"), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Every request the stand-in received, as text (for checks that no secret was sent where it should not be). */
  List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlPathMatching(".*")));
  }

  private static JsonNode parse(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
