package io.github.xray4j.junit5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fake Xray Server/DC on loopback (WireMock, dynamic port) that takes imports into {@code CALC-2001}, and the
 * settings that point xray4j at it.
 */
final class XrayServer {

  static final String IMPORT = "/rest/raven/2.0/import/execution";
  static final String TOKEN = "test-token-123";

  private final WireMockExtension wireMock;
  private final Path outputDir;

  private XrayServer(WireMockExtension wireMock, Path outputDir) {
    this.wireMock = wireMock;
    this.outputDir = outputDir;
  }

  /** A WireMock extension to register with {@code @RegisterExtension}. */
  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  /** The fake server, answering imports with Test Execution CALC-2001; files go to {@code outputDir}. */
  static XrayServer on(WireMockExtension wireMock, Path outputDir) {
    XrayServer server = new XrayServer(wireMock, outputDir);
    server.answerImportsWith(200, "{\"testExecIssue\":{\"id\":\"38101\",\"key\":\"CALC-2001\",\"self\":\""
        + wireMock.baseUrl() + "/rest/api/2/issue/38101\"},\"testIssues\":{\"success\":[]}}");
    return server;
  }

  /** Imports get this answer from now on. */
  void answerImportsWith(int status, String body) {
    wireMock.stubFor(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** xray.url, xray.token and xray.output-dir for this server. */
  Map<String, String> settings() {
    return Map.of(
        "xray.enabled", "true",
        "xray.url", wireMock.baseUrl(),
        "xray.token", TOKEN,
        "xray.output-dir", outputDir.toString(),
        "xray.max-retries", "0",
        "xray.project-key", "CALC");
  }

  String url() {
    return wireMock.baseUrl();
  }

  /** Asserts that exactly one import came, equal as JSON to {@code expected} (JsonUnit placeholders allowed). */
  void assertOneImport(String expected) {
    wireMock.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)));
    wireMock.verify(postRequestedFor(urlPathEqualTo(IMPORT)).withRequestBody(equalToJson(expected)));
  }

  /** As {@link #assertOneImport}, where the order of arrays does not matter. */
  void assertOneImportInAnyOrder(String expected) {
    wireMock.verify(1, postRequestedFor(urlPathEqualTo(IMPORT)));
    wireMock.verify(postRequestedFor(urlPathEqualTo(IMPORT)).withRequestBody(equalToJson(expected, true, false)));
  }

  /** The bodies of every import received, in order. */
  List<String> imports() {
    return wireMock.findAll(postRequestedFor(urlPathEqualTo(IMPORT))).stream()
        .map(LoggedRequest::getBodyAsString).toList();
  }

  /** How many requests of any kind came. */
  int requestCount() {
    return wireMock.getAllServeEvents().size();
  }
}
