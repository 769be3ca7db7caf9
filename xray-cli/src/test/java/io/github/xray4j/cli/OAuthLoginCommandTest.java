package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.core.testing.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code oauth login} against a stand-in Jira on loopback, with the test playing the browser: as soon as the
 * command prints the URL to open, the "browser" follows Jira's redirect to the command's listener.
 */
class OAuthLoginCommandTest {

  private static final String CLIENT_SECRET = "test-login-client-secret-" + System.nanoTime();
  private static final String REFRESH_TOKEN = "test-login-refresh-" + System.nanoTime();
  private static final String ACCESS_TOKEN = "test-login-access-" + System.nanoTime();

  @TempDir Path dir;
  @AutoClose private final XrayStandIn jira = XrayStandIn.start();
  @AutoClose private final LogCapture logs = new LogCapture();
  private final HttpClient browser = HttpClient.newHttpClient();

  /** Standard error that calls {@code onUrl} with the first line starting with {@code prefix}, once. */
  private static final class Watching extends Writer {
    private final StringWriter text = new StringWriter();
    private final String prefix;
    private final Consumer<URI> onUrl;
    private boolean seen;

    Watching(String prefix, Consumer<URI> onUrl) {
      this.prefix = prefix;
      this.onUrl = onUrl;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
      text.write(chars, offset, length);
      if (!seen) {
        for (String line : text.toString().split("\n")) {
          if (line.startsWith(prefix)) {
            seen = true;
            onUrl.accept(URI.create(line.strip()));
          }
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public synchronized String toString() {
      return text.toString();
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private Run login(Map<String, String> environment, Watching err, String... args) {
    StringWriter out = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "oauth";
    all[1] = "login";
    System.arraycopy(args, 0, all, 2, args.length);
    int code = XrayCli.commandLine(() -> XrayConfig.loader().systemProperties(Map.of()).environment(environment)
            .workingDirectory(dir), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  /** The browser: GETs {@code url} on its own thread, so that the command keeps running. */
  private void follow(String url) {
    CompletableFuture.runAsync(() -> {
      try {
        browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static Map<String, String> query(URI uri) {
    return OAuthLoginCommand.query(uri.getRawQuery());
  }

  @Test
  void oauth2_authorization_code_with_pkce_through_the_loopback_redirect_prints_only_the_refresh_token()
      throws Exception {
    // given: Jira's token endpoint answers the authorization code
    jira.server.stubFor(post(urlPathEqualTo("/rest/oauth2/latest/token"))
        .withRequestBody(containing("grant_type=authorization_code"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"a\","
            + "\"refresh_token\":\"" + REFRESH_TOKEN + "\",\"expires_in\":3600}")));
    String[] challenge = new String[1];
    Watching err = new Watching(jira.url() + "/rest/oauth2/latest/authorize", authorize -> {
      // the user allows access; Jira redirects to the command's listener with the code and the state
      Map<String, String> q = query(authorize);
      challenge[0] = q.get("code_challenge");
      follow(q.get("redirect_uri") + "?code=test-code-1&state=" + q.get("state"));
    });

    // when
    Run run = login(Map.of("XRAY_URL", jira.url(), "XRAY_OAUTH_CLIENT_ID", "xray4j-link",
        "XRAY_OAUTH_CLIENT_SECRET", CLIENT_SECRET), err);

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(REFRESH_TOKEN + System.lineSeparator());
    assertThat(run.err()).contains("XRAY_OAUTH_REFRESH_TOKEN", "XRAY_OAUTH_REDIRECT_URI=http://127.0.0.1:")
        .doesNotContain(REFRESH_TOKEN).doesNotContain(CLIENT_SECRET);
    LoggedRequest exchange = jira.server.findAll(postRequestedFor(urlPathEqualTo("/rest/oauth2/latest/token"))).get(0);
    Map<String, String> form = OAuthLoginCommand.query(exchange.getBodyAsString());
    assertThat(form).containsEntry("code", "test-code-1").containsEntry("client_id", "xray4j-link")
        .containsEntry("client_secret", CLIENT_SECRET);
    assertThat(form.get("redirect_uri")).startsWith("http://127.0.0.1:").endsWith("/callback");
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII));
    assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(digest)).as("PKCE S256").isEqualTo(challenge[0]);
    assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).containsAnyOf(REFRESH_TOKEN, CLIENT_SECRET));
  }

  @Test
  void oauth2_refuses_a_redirect_with_another_state() {
    // given
    Watching err = new Watching(jira.url() + "/rest/oauth2/latest/authorize",
        authorize -> follow(query(authorize).get("redirect_uri") + "?code=test-code-1&state=forged"));

    // when
    Run run = login(Map.of("XRAY_URL", jira.url(), "XRAY_OAUTH_CLIENT_ID", "xray4j-link",
        "XRAY_OAUTH_CLIENT_SECRET", CLIENT_SECRET), err);

    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("another state");
    assertThat(run.out()).isEmpty();
    assertThat(jira.server.findAll(postRequestedFor(urlPathEqualTo("/rest/oauth2/latest/token")))).isEmpty();
  }

  @Test
  void oauth1_request_token_authorize_and_access_token_print_only_the_access_token() {
    // given: Jira's OAuth 1.0a endpoints
    KeyPair keys = TestKeys.rsa();
    jira.server.stubFor(post(urlPathEqualTo("/plugins/servlet/oauth/request-token"))
        .willReturn(aResponse().withBody("oauth_token=test-request-token&oauth_token_secret=s&oauth_callback_confirmed=true")));
    jira.server.stubFor(post(urlPathEqualTo("/plugins/servlet/oauth/access-token"))
        .willReturn(aResponse().withBody("oauth_token=" + ACCESS_TOKEN + "&oauth_token_secret=s2")));
    Watching err = new Watching(jira.url() + "/plugins/servlet/oauth/authorize", authorize -> {
      // Jira redirects to the callback the request-token request named
      String header = jira.server.findAll(postRequestedFor(urlPathEqualTo("/plugins/servlet/oauth/request-token")))
          .get(0).getHeader("Authorization");
      String callback = URLDecoder.decode(header.replaceAll(".*oauth_callback=\"([^\"]+)\".*", "$1"), StandardCharsets.UTF_8);
      follow(callback + "?oauth_token=" + query(authorize).get("oauth_token") + "&oauth_verifier=test-verifier-1");
    });
    String pem = TestKeys.pkcs8Pem(keys);

    // when
    Run run = login(Map.of("XRAY_URL", jira.url(), "XRAY_OAUTH_CONSUMER_KEY", "xray4j",
        "XRAY_OAUTH_PRIVATE_KEY", pem), err);

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(ACCESS_TOKEN + System.lineSeparator());
    assertThat(run.err()).contains("XRAY_OAUTH_ACCESS_TOKEN").doesNotContain(ACCESS_TOKEN)
        .doesNotContain(pem.substring(40, 80));
    String signed = jira.server.findAll(postRequestedFor(urlPathEqualTo("/plugins/servlet/oauth/access-token")))
        .get(0).getHeader("Authorization");
    assertThat(signed).contains("oauth_token=\"test-request-token\"", "oauth_verifier=\"test-verifier-1\"",
        "oauth_signature_method=\"RSA-SHA1\"", "oauth_consumer_key=\"xray4j\"");
  }

  @Test
  void without_oauth_keys_says_which_keys_it_needs() {
    // when
    Run run = login(Map.of("XRAY_URL", jira.url(), "XRAY_TOKEN", "test-pat-x"), new Watching("never", u -> { }));

    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("xray.oauth.client-id", "xray.oauth.consumer-key", "Personal Access Token")
        .doesNotContain("test-pat-x");
  }
}
