package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Xray Server/DC stood in for by WireMock on loopback: accepts imports (creating CALC-2001) and answers which
 * type each Test has, and hands back the import documents it received.
 */
final class FakeXray {

  static final String IMPORT = "/rest/raven/2.0/import/execution";
  static final String CLOUD_IMPORT = "/api/v2/import/execution";
  static final String TESTS = "/rest/raven/2.0/api/test";
  static final String TOKEN = "test-token-123";
  static final String ISSUE_LINK = "/rest/api/2/issueLink";

  private final WireMockExtension server;
  private final String importPath;
  private final Map<String, String> configuration;

  private FakeXray(WireMockExtension server, String importPath, Map<String, String> configuration) {
    this.server = server;
    this.importPath = importPath;
    this.configuration = configuration;
  }

  /** Xray Server/DC: a Personal Access Token, imports that create CALC-2001, no Test known. */
  static FakeXray server(WireMockExtension server, Path outputDir) {
    server.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain")
        .withBody("{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"CALC-2001\",\"self\":\"" + server.baseUrl()
            + "/rest/api/2/issue/38101\"}}")));
    FakeXray xray = new FakeXray(server, IMPORT, Map.of(
        "xray.enabled", "true",
        "xray.url", server.baseUrl(),
        "xray.token", TOKEN,
        "xray.max-retries", "0",
        "xray.output-dir", outputDir.toString(),
        "xray.project-key", "CALC",
        "xray.summary", "Cucumber run"));
    xray.answerTests("[]");
    server.stubFor(post(urlPathEqualTo(ISSUE_LINK)).willReturn(aResponse().withStatus(201)));
    return xray;
  }

  /** Xray Cloud: client credentials exchanged for a token, imports that create CALC-2001. */
  static FakeXray cloud(WireMockExtension server, Path outputDir) {
    server.stubFor(post(urlPathEqualTo("/api/v2/authenticate"))
        .willReturn(aResponse().withStatus(200).withBody("\"test-cloud-token-456\"")));
    server.stubFor(post(urlPathEqualTo(CLOUD_IMPORT)).willReturn(aResponse().withStatus(200)
        .withBody("{\"id\":\"10200\",\"key\":\"CALC-2001\",\"self\":\"https://acme.atlassian.net/rest/api/2/issue/10200\"}")));
    return new FakeXray(server, CLOUD_IMPORT, Map.of(
        "xray.enabled", "true",
        "xray.url", server.baseUrl(),
        "xray.client-id", "test-client-id",
        "xray.client-secret", "test-client-secret-789",
        "xray.max-retries", "0",
        "xray.output-dir", outputDir.toString(),
        "xray.project-key", "CALC",
        "xray.summary", "Cucumber run"));
  }

  /** The xray4j configuration that publishes here, for project CALC, with a fixed execution summary. */
  Map<String, String> configuration() {
    return configuration;
  }

  /** Answers every import with this status and body, as a broken Xray would. */
  void failImports(int status, String body) {
    server.stubFor(post(urlPathEqualTo(importPath)).atPriority(1).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** What {@code GET api/test?keys=...} answers, such as {@code [{"key":"CALC-10","type":"Generic"}]}. */
  void answerTests(String json) {
    server.stubFor(get(urlPathEqualTo(TESTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(json)));
  }

  /** The import documents received, in order. */
  List<String> received() {
    return server.findAll(postRequestedFor(urlPathEqualTo(importPath))).stream().map(LoggedRequest::getBodyAsString)
        .toList();
  }

  /** The {@code keys} parameters of the Test type questions received, in order. */
  List<String> testTypeQuestions() {
    return server.findAll(getRequestedFor(urlPathEqualTo(TESTS))).stream()
        .map(request -> request.queryParameter("keys").firstValue()).toList();
  }

  /** The Jira issue links requested ({@code POST /rest/api/2/issueLink} bodies), in order. */
  List<String> issueLinks() {
    return server.findAll(postRequestedFor(urlPathEqualTo(ISSUE_LINK))).stream().map(LoggedRequest::getBodyAsString)
        .toList();
  }

  /** Every request received. */
  int requests() {
    return server.getAllServeEvents().size();
  }
}
