package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xray4j.core.client.ImportResult;
import io.github.xray4j.core.client.OAuthLogin;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.Secret;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.oauth.OAuth1Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OAuth on the sandbox's Server/DC side, driven by xray4j's own client over real HTTP as a user's run does:
 * OAuth 2.0 (refresh token, client credentials, the login's authorization code with PKCE) and OAuth 1.0a
 * (requests signed with RSA-SHA1, checked with the consumer's public key; the login's three steps). The RSA
 * key pairs are generated here, at run time: no key is committed.
 */
class OAuthTest {

  private static final String CONSUMER = "xray4j-test-consumer";
  private static final String DOC = """
      {"info": {"project": "CALC", "summary": "Signed in with OAuth"},
       "tests": [{"testKey": "CALC-1", "status": "PASS"}]}""";

  private final KeyPair consumerKeys = rsa();
  private XraySandbox sandbox;
  private SandboxHttp http;
  private final HttpClient raw = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    sandbox = XraySandbox.builder().oauth1Consumer(CONSUMER, publicPem(consumerKeys)).start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private XrayClient client(Map<String, String> credentials) {
    Map<String, String> config = new HashMap<>(credentials);
    config.put("xray.url", sandbox.url());
    config.put("xray.project-key", "CALC");
    return XrayClient.create(XrayConfig.of(config));
  }

  private XrayClient oauth2(String secret, String refreshToken) {
    Map<String, String> config = new HashMap<>(Map.of("xray.oauth.client-id", SandboxCredentials.OAUTH2_CLIENT_ID,
        "xray.oauth.client-secret", secret));
    if (refreshToken != null) {
      config.put("xray.oauth.refresh-token", refreshToken);
    }
    return client(config);
  }

  private XrayClient oauth1(KeyPair keys, String accessToken) {
    return client(Map.of("xray.oauth.consumer-key", CONSUMER, "xray.oauth.private-key", privatePem(keys),
        "xray.oauth.access-token", accessToken));
  }

  private List<String> executionSummaries() {
    return http.state().path("testExecutions").findValuesAsText("summary");
  }

  // ---- OAuth 2.0 -----------------------------------------------------------------------------------------

  @Test
  void imports_with_an_access_token_from_the_demo_refresh_token() {
    // given
    XrayClient client = oauth2(SandboxCredentials.OAUTH2_CLIENT_SECRET, SandboxCredentials.OAUTH2_REFRESH_TOKEN);

    // when
    ImportResult result = client.importExecution(DOC.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-25");
    assertThat(executionSummaries()).containsExactly("Signed in with OAuth");
    assertThat(client.myself().name()).isEqualTo(SandboxCredentials.USER);
  }

  @Test
  void imports_with_an_access_token_from_the_client_credentials_grant() {
    // given: no refresh token
    XrayClient client = oauth2(SandboxCredentials.OAUTH2_CLIENT_SECRET, null);

    // when
    ImportResult result = client.importExecution(DOC.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-25");
  }

  @Test
  void refuses_a_wrong_client_secret_at_the_token_endpoint_and_imports_nothing() {
    // given
    String wrongSecret = "wrong-secret-" + System.nanoTime();
    XrayClient client = oauth2(wrongSecret, SandboxCredentials.OAUTH2_REFRESH_TOKEN);

    // when
    XrayException refused = catchThrowableOfType(XrayException.class,
        () -> client.importExecution(DOC.getBytes(StandardCharsets.UTF_8)));

    // then
    assertThat(refused).hasMessageContaining("OAuth 2.0").hasMessageNotContaining(wrongSecret);
    assertThat(executionSummaries()).isEmpty();
    assertThat(http.state().path("requests").findValuesAsText("path")).containsOnly("/rest/oauth2/latest/token");
  }

  @Test
  void refuses_a_bearer_token_it_did_not_hand_out() {
    // when
    HttpResponse<String> response = http.get("/rest/api/2/myself", "Bearer sandbox-oauth2-access-made-up");

    // then
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void rotates_the_refresh_tokens_it_hands_out_so_each_works_once() {
    // given: a refresh token handed out for the demo one
    String first = json(token("grant_type=refresh_token&refresh_token=" + SandboxCredentials.OAUTH2_REFRESH_TOKEN))
        .path("refresh_token").asText();

    // when
    HttpResponse<String> firstUse = token("grant_type=refresh_token&refresh_token=" + first);
    HttpResponse<String> secondUse = token("grant_type=refresh_token&refresh_token=" + first);

    // then
    assertThat(firstUse.statusCode()).isEqualTo(200);
    assertThat(json(firstUse).path("refresh_token").asText()).startsWith("sandbox-oauth2-refresh-").isNotEqualTo(first);
    assertThat(json(firstUse).path("expires_in").asLong()).isEqualTo(3600);
    assertThat(secondUse.statusCode()).isEqualTo(400);
    assertThat(json(secondUse).path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void the_login_exchanges_the_authorization_code_for_a_refresh_token_that_imports() {
    // given: the browser step, approved at once by the sandbox's one user
    XrayConfig config = XrayConfig.of(Map.of("xray.url", sandbox.url(),
        "xray.oauth.client-id", SandboxCredentials.OAUTH2_CLIENT_ID,
        "xray.oauth.client-secret", SandboxCredentials.OAUTH2_CLIENT_SECRET));
    OAuthLogin login = OAuthLogin.create(config);
    OAuthLogin.OAuth2Request request = login.authorize(URI.create("http://127.0.0.1:8765/callback"), "WRITE");
    URI redirect = URI.create(send(HttpRequest.newBuilder(request.browserUrl()).GET().build())
        .headers().firstValue("Location").orElseThrow());

    // when
    Secret refreshToken = login.refreshToken(request, queryValue(redirect, "code"));

    // then
    assertThat(redirect.toString()).startsWith("http://127.0.0.1:8765/callback?code=");
    assertThat(queryValue(redirect, "state")).isEqualTo(request.state());
    assertThat(oauth2(SandboxCredentials.OAUTH2_CLIENT_SECRET, refreshToken.reveal())
        .importExecution(DOC.getBytes(StandardCharsets.UTF_8)).testExecution().key()).isEqualTo("CALC-25");
  }

  @Test
  void refuses_an_authorization_code_with_the_wrong_pkce_verifier() {
    // given
    String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    HttpResponse<String> authorized = send(HttpRequest.newBuilder(URI.create(sandbox.url()
        + "/rest/oauth2/latest/authorize?client_id=" + SandboxCredentials.OAUTH2_CLIENT_ID
        + "&redirect_uri=http://127.0.0.1:8765/callback&response_type=code&code_challenge=" + challenge
        + "&code_challenge_method=S256")).GET().build());
    String code = queryValue(URI.create(authorized.headers().firstValue("Location").orElseThrow()), "code");

    // when
    HttpResponse<String> exchange = token("grant_type=authorization_code&code=" + code
        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback&code_verifier=not-the-verifier");

    // then
    assertThat(exchange.statusCode()).isEqualTo(400);
    assertThat(json(exchange).path("error_description").asText()).contains("PKCE");
  }

  // ---- OAuth 1.0a ----------------------------------------------------------------------------------------

  @Test
  void imports_and_reads_with_requests_signed_by_the_registered_consumer() {
    // given
    XrayClient client = oauth1(consumerKeys, SandboxCredentials.OAUTH1_ACCESS_TOKEN);

    // when: an import, and a read whose query is part of what is signed
    ImportResult result = client.importExecution(DOC.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.testExecution().key()).isEqualTo("CALC-25");
    assertThat(client.getTests(List.of("CALC-1", "CALC-2"))).extracting(t -> t.key())
        .containsExactly("CALC-1", "CALC-2");
  }

  @Test
  void refuses_a_request_signed_with_another_private_key_and_imports_nothing() {
    // given
    XrayClient impostor = oauth1(rsa(), SandboxCredentials.OAUTH1_ACCESS_TOKEN);

    // when
    XrayException refused = catchThrowableOfType(XrayException.class,
        () -> impostor.importExecution(DOC.getBytes(StandardCharsets.UTF_8)));

    // then
    assertThat(refused).isNotNull();
    assertThat(executionSummaries()).isEmpty();
    assertThat(http.state().path("requests").findValuesAsText("status")).containsOnly("401");
  }

  @Test
  void refuses_a_signature_over_another_query_and_a_replayed_request() {
    // given: a signature made for ?keys=CALC-1, with a fixed nonce
    OAuth1Signer signer = new OAuth1Signer(CONSUMER, consumerKeys.getPrivate(), Clock.systemUTC(), () -> "nonce-1");
    URI signedFor = URI.create(sandbox.url() + "/rest/raven/2.0/api/test?keys=CALC-1");
    String header = signer.authorization("GET", signedFor, SandboxCredentials.OAUTH1_ACCESS_TOKEN, Map.of());

    // when
    HttpResponse<String> otherQuery = http.get("/rest/raven/2.0/api/test?keys=CALC-2", header);
    HttpResponse<String> genuine = http.get("/rest/raven/2.0/api/test?keys=CALC-1", header);
    HttpResponse<String> replayed = http.get("/rest/raven/2.0/api/test?keys=CALC-1", header);

    // then
    assertThat(otherQuery.statusCode()).isEqualTo(401);
    assertThat(json(otherQuery).path("error").asText()).contains("oauth_problem=signature_invalid");
    assertThat(genuine.statusCode()).isEqualTo(200);
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(json(replayed).path("error").asText()).contains("oauth_problem=nonce_used");
  }

  @Test
  void the_login_hands_out_an_access_token_through_request_token_authorize_and_access_token() {
    // given
    XrayConfig config = XrayConfig.of(Map.of("xray.url", sandbox.url(), "xray.oauth.consumer-key", CONSUMER,
        "xray.oauth.private-key", privatePem(consumerKeys)));
    OAuthLogin login = OAuthLogin.create(config);
    OAuthLogin.OAuth1Request pending = login.requestToken("oob");
    String page = send(HttpRequest.newBuilder(pending.browserUrl()).GET().build()).body();
    Matcher verifier = Pattern.compile("<code>([^<]+)</code>").matcher(page);
    assertThat(verifier.find()).as("the approval page shows the verifier: %s", page).isTrue();

    // when
    Secret accessToken = login.accessToken(pending, verifier.group(1));

    // then
    assertThat(accessToken.reveal()).startsWith("sandbox-oauth1-access-");
    assertThat(oauth1(consumerKeys, accessToken.reveal()).myself().name()).isEqualTo(SandboxCredentials.USER);
    HttpResponse<String> unknownToken = http.get("/rest/api/2/myself", new OAuth1Signer(CONSUMER,
        consumerKeys.getPrivate(), Clock.systemUTC(), () -> "nonce-2").authorization("GET",
        URI.create(sandbox.url() + "/rest/api/2/myself"), "sandbox-oauth1-access-made-up", Map.of()));
    assertThat(json(unknownToken).path("error").asText()).contains("oauth_problem=token_rejected");
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private HttpResponse<String> token(String grant) {
    return send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/rest/oauth2/latest/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(grant + "&client_id=" + SandboxCredentials.OAUTH2_CLIENT_ID
            + "&client_secret=" + SandboxCredentials.OAUTH2_CLIENT_SECRET))
        .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return raw.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String queryValue(URI uri, String name) {
    Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
    assertThat(value.find()).as("%s has %s", uri, name).isTrue();
    return value.group(1);
  }

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String publicPem(KeyPair keys) {
    return pem("PUBLIC KEY", keys.getPublic().getEncoded());
  }

  static String privatePem(KeyPair keys) {
    return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
