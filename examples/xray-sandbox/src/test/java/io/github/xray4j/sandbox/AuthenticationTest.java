package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.PAT;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest extends SandboxTest {

  private static final String SERVER_IMPORT = "/rest/raven/2.0/import/execution";
  private static final String CLOUD_IMPORT = "/api/v2/import/execution";
  private static final String SERVER_DOC = """
      {"info": {"project": "CALC"}, "tests": [{"testKey": "CALC-1", "status": "PASS"}]}""";
  private static final String CLOUD_DOC = SERVER_DOC.replace("PASS", "PASSED");

  private void assertUnauthorized(HttpResponse<String> response, String error) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response)).isEqualTo(json("{\"error\":" + SandboxHttp.JSON.valueToTree(error) + "}"));
    assertThat(http.state().path("testExecutions")).isEmpty();
  }

  @Test
  void server_accepts_basic_credentials_and_the_personal_access_token() {
    assertThat(http.post(SERVER_IMPORT, BASIC, SERVER_DOC).statusCode()).isEqualTo(200);
    assertThat(http.post(SERVER_IMPORT, PAT, SERVER_DOC).statusCode()).isEqualTo(200);
    assertThat(json(http.get("/rest/api/2/myself", PAT)).path("name").asText()).isEqualTo(SandboxCredentials.USER);
  }

  @Test
  void server_rejects_a_request_without_credentials() {
    assertUnauthorized(http.post(SERVER_IMPORT, "", SERVER_DOC), "You are not authenticated. Send HTTP Basic"
        + " credentials of a Jira user or a Personal Access Token as 'Authorization: Bearer <token>'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sandbox:wrong-password", "someone:sandbox"})
  void server_rejects_wrong_basic_credentials(String userAndPassword) {
    String basic = "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));

    assertUnauthorized(http.post(SERVER_IMPORT, basic, SERVER_DOC), "Authentication failed: the user name and"
        + " password, or the Personal Access Token, were not accepted.");
  }

  @Test
  void server_rejects_a_wrong_personal_access_token_and_a_cloud_token() {
    String wrong = "Authentication failed: the user name and password, or the Personal Access Token, were not accepted.";
    assertUnauthorized(http.post(SERVER_IMPORT, "Bearer test-token-123", SERVER_DOC), wrong);
    assertUnauthorized(http.post(SERVER_IMPORT, http.cloudBearer(), SERVER_DOC), wrong);
    assertThat(http.get("/rest/api/2/myself", "Bearer test-token-123").statusCode()).isEqualTo(401);
  }

  @Test
  void cloud_authenticate_answers_a_quoted_token_that_opens_the_imports() {
    // when
    HttpResponse<String> response = http.postWithoutAuth("/api/v2/authenticate", """
        {"client_id": "sandbox-client", "client_secret": "sandbox-secret"}""");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("\"").endsWith("\"");
    String bearer = "Bearer " + json(response).asText();
    assertThat(http.post(CLOUD_IMPORT, bearer, CLOUD_DOC).statusCode()).isEqualTo(200);
  }

  @Test
  void cloud_authenticate_rejects_wrong_client_credentials_with_xrays_message() {
    HttpResponse<String> response = http.postWithoutAuth("/api/v2/authenticate", """
        {"client_id": "sandbox-client", "client_secret": "test-secret-123"}""");

    assertUnauthorized(response, "Authentication failed. Invalid client credentials!");
  }

  @Test
  void cloud_rejects_imports_without_a_token() {
    assertUnauthorized(http.post(CLOUD_IMPORT, "", CLOUD_DOC), "You are not authenticated. Get a token from"
        + " POST /api/v2/authenticate and send it as 'Authorization: Bearer <token>'.");
  }

  @Test
  void cloud_rejects_a_token_it_did_not_issue_and_server_credentials() {
    String error = "Authentication failed. The token is invalid or expired.";
    assertUnauthorized(http.post(CLOUD_IMPORT, "Bearer test-token-123", CLOUD_DOC), error);
    assertUnauthorized(http.post(CLOUD_IMPORT, PAT, CLOUD_DOC), error);
    assertUnauthorized(http.post(CLOUD_IMPORT, BASIC, CLOUD_DOC), "You are not authenticated. Get a token from"
        + " POST /api/v2/authenticate and send it as 'Authorization: Bearer <token>'.");
  }
}
