package io.github.xray4j.core.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.Flavour;
import java.util.HashMap;
import java.util.Map;

/**
 * The three Xray APIs the tests run against: Server/DC v1 (Basic), Server/DC v2 (Personal Access Token) and
 * Cloud (client credentials). Knows each one's configuration, base path, auth header and import answer.
 */
enum XrayFlavour {
  SERVER_V1("/rest/raven/1.0", "Basic " + java.util.Base64.getEncoder().encodeToString("ci-bot:test-password-123".getBytes())),
  SERVER_V2("/rest/raven/2.0", "Bearer test-pat-123"),
  CLOUD("/api/v2", "Bearer test-token-123");

  static final String CLIENT_SECRET = "test-client-secret-123";

  private final String base;
  private final String authorization;

  XrayFlavour(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The API path prefix: {@code /rest/raven/2.0} or {@code /api/v2}. */
  String base() {
    return base;
  }

  /** The exact {@code Authorization} header every request must carry. */
  String authorization() {
    return authorization;
  }

  Flavour flavour() {
    return this == CLOUD ? Flavour.CLOUD : Flavour.SERVER;
  }

  /** The secrets configured for this flavour, for the no-leak checks. */
  java.util.List<String> secrets() {
    return switch (this) {
      case SERVER_V1 -> java.util.List.of("test-password-123");
      case SERVER_V2 -> java.util.List.of("test-pat-123");
      case CLOUD -> java.util.List.of(CLIENT_SECRET, "test-token-123");
    };
  }

  XrayConfig config(String url, Map<String, String> extra) {
    Map<String, String> properties = new HashMap<>();
    properties.put("xray.url", url);
    switch (this) {
      case SERVER_V1 -> {
        properties.put("xray.api-version", "1.0");
        properties.put("xray.username", "ci-bot");
        properties.put("xray.password", "test-password-123");
      }
      case SERVER_V2 -> {
        properties.put("xray.api-version", "2.0");
        properties.put("xray.token", "test-pat-123");
      }
      case CLOUD -> {
        properties.put("xray.client-id", "test-client-id");
        properties.put("xray.client-secret", CLIENT_SECRET);
      }
    }
    properties.putAll(extra);
    return XrayConfig.of(properties);
  }

  /** Cloud: {@code /api/v2/authenticate} answers a quoted token for the test credentials. */
  void stubAuthentication(WireMockExtension xray) {
    if (this == CLOUD) {
      xray.stubFor(post(urlPathEqualTo("/api/v2/authenticate"))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("{\"client_id\":\"test-client-id\",\"client_secret\":\"" + CLIENT_SECRET + "\"}"))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("\"test-token-123\"")));
    }
  }

  /**
   * The import answer this flavour sends for Test Execution {@code key} and, on v2, these imported Tests:
   * v2 {@code {testExecIssue, testIssues:{success}}}, v1 {@code {testExecIssue}}, Cloud flat {@code {id,key,self}}.
   */
  String importAnswer(String jiraUrl, String key, String... tests) {
    String exec = "{\"id\":\"38101\",\"key\":\"" + key + "\",\"self\":\"" + jiraUrl + "/rest/api/2/issue/38101\"}";
    return switch (this) {
      case SERVER_V1 -> "{\"testExecIssue\":" + exec + "}";
      case SERVER_V2 -> {
        StringBuilder success = new StringBuilder();
        for (int i = 0; i < tests.length; i++) {
          success.append(i == 0 ? "" : ",").append("{\"id\":\"").append(100 + i).append("\",\"key\":\"")
              .append(tests[i]).append("\",\"self\":\"").append(jiraUrl).append("/rest/api/2/issue/")
              .append(100 + i).append("\"}");
        }
        yield "{\"testExecIssue\":" + exec + ",\"testIssues\":{\"success\":[" + success + "]}}";
      }
      case CLOUD -> exec;
    };
  }

  /** How many Tests the answer lists: only v2 lists them. */
  boolean listsImportedTests() {
    return this == SERVER_V2;
  }
}
