package io.github.xray4j.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.xray4j.core.client.OAuthLogin;
import io.github.xray4j.core.config.Secret;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.config.XrayKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oauth login}: the interactive part of OAuth, once, on a developer's machine. OAuth 2.0: the authorization
 * code flow with PKCE; OAuth 1.0a: request token, authorize, access token. The redirect comes back to a listener
 * on 127.0.0.1 (or the user pastes the code). Prints only the token to store, on standard output; everything
 * else goes to standard error and holds no secret.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Logs in to Jira with OAuth once and prints the token for the CI secret store.",
    description = {
        "With xray.oauth.client-id and xray.oauth.client-secret (OAuth 2.0): prints a URL to open in a browser,"
            + " waits for Jira's redirect on 127.0.0.1 and prints the refresh token for XRAY_OAUTH_REFRESH_TOKEN.%n",
        "With xray.oauth.consumer-key and xray.oauth.private-key (OAuth 1.0a): the same dance for the access"
            + " token, printed for XRAY_OAUTH_ACCESS_TOKEN.%n",
        "Only the token goes to standard output; instructions go to standard error."})
final class OAuthLoginCommand implements Callable<Integer> {

  @CommandLine.ParentCommand OAuthCommand parent;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Option(names = "--redirect-uri", paramLabel = "URL",
      description = "OAuth 2.0: the link's redirect URL; a 127.0.0.1 or localhost URL is listened on. Key"
          + " xray.oauth.redirect-uri; default http://127.0.0.1:<free port>/callback.")
  @Nullable String redirectUri;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = OAuthLogin.DEFAULT_SCOPE,
      description = "OAuth 2.0: the scope to ask for (READ, WRITE, ADMIN); default ${DEFAULT-VALUE}.")
  String scope = OAuthLogin.DEFAULT_SCOPE;

  @Option(names = "--paste", description = "Do not listen for the redirect: paste the code (OAuth 2.0) or the"
      + " verifier Jira shows (OAuth 1.0a) instead.")
  boolean paste;

  @Option(names = "--browser", description = "Also try to open the URL in the desktop's browser.")
  boolean browser;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300",
      description = "How long to wait for the redirect; default ${DEFAULT-VALUE} s.")
  int waitSeconds = 300;

  private PrintWriter err;

  @Override
  public Integer call() throws Exception {
    err = spec.commandLine().getErr();
    Map<String, String> more = new LinkedHashMap<>();
    ConnectionOptions.put(more, XrayKey.OAUTH_REDIRECT_URI, redirectUri);
    XrayConfig config = parent.cli.load(connection, more);
    OAuthLogin login = OAuthLogin.create(config);
    URI redirect = config.get(XrayKey.OAUTH_REDIRECT_URI)
        .orElse(URI.create("http://127.0.0.1:0/callback"));
    boolean listen = !paste && isLoopback(redirect);
    Callback callback = listen ? Callback.listen(redirect) : null;
    try {
      Secret token;
      String variable;
      if (login.isOAuth2()) {
        URI actual = callback != null ? callback.uri() : redirect;
        OAuthLogin.OAuth2Request request = login.authorize(actual, scope);
        Map<String, String> answer = answer(request.browserUrl(), callback, "code");
        if (!request.state().equals(answer.get("state")) && callback != null) {
          throw new XrayConfigException("the redirect carried another state than this login sent: start again");
        }
        token = login.refreshToken(request, required(answer, "code"));
        variable = XrayKey.OAUTH_REFRESH_TOKEN.envName();
        if (!actual.equals(config.get(XrayKey.OAUTH_REDIRECT_URI).orElse(null))) {
          err.println("Set " + XrayKey.OAUTH_REDIRECT_URI.envName() + "=" + actual + " where the token is used:"
              + " Jira checks it on every refresh.");
        }
      } else {
        OAuthLogin.OAuth1Request request = login.requestToken(callback != null ? callback.uri().toString() : "oob");
        Map<String, String> answer = answer(request.browserUrl(), callback, "oauth_verifier");
        token = login.accessToken(request, required(answer, "oauth_verifier"));
        variable = XrayKey.OAUTH_ACCESS_TOKEN.envName();
      }
      err.println("Logged in. Store the line on standard output in your CI secret store as " + variable + ".");
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      out.println(token.reveal());
      out.flush();
      return XrayCli.OK;
    } finally {
      if (callback != null) {
        callback.close();
      }
    }
  }

  /** Shows the URL, then waits for the redirect's parameters, or reads what the user pastes. */
  private Map<String, String> answer(URI browserUrl, @Nullable Callback callback, String wanted) throws Exception {
    err.println("Open this URL in a browser, log in to Jira as the user CI should act as, and allow access:");
    err.println(browserUrl);
    err.flush();
    if (browser) {
      openBrowser(browserUrl);
    }
    if (callback != null) {
      err.println("Waiting for Jira's redirect to " + callback.uri() + " ...");
      err.flush();
      try {
        Map<String, String> answer = callback.answer().get(waitSeconds, TimeUnit.SECONDS);
        if (answer.containsKey("error")) {
          throw new XrayConfigException("Jira answered the authorization with error '" + answer.get("error")
              + "': was access denied, or is the redirect URL not the one registered on the link?");
        }
        return answer;
      } catch (TimeoutException e) {
        throw new XrayConfigException("no redirect came back within " + waitSeconds + " s: raise --wait, or use"
            + " --paste");
      } catch (ExecutionException e) {
        throw new IllegalStateException("the redirect listener failed: " + e.getCause(), e.getCause());
      }
    }
    err.println("Then paste the " + (wanted.equals("code") ? "code (the 'code' parameter of the URL the browser"
        + " was sent to)" : "verifier Jira shows") + " here and press Enter:");
    err.flush();
    String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
    if (line == null || line.isBlank()) {
      throw new XrayConfigException("nothing was pasted");
    }
    String pasted = line.strip();
    return pasted.contains(wanted + "=") ? query(URI.create(pasted.substring(pasted.indexOf('?') < 0 ? 0
        : pasted.indexOf('?'))).getRawQuery()) : Map.of(wanted, pasted);
  }

  private void openBrowser(URI url) {
    try {
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(url);
        return;
      }
    } catch (IOException | RuntimeException e) {
      // said below
    }
    err.println("(no browser could be opened here: open the URL yourself)");
  }

  private static String required(Map<String, String> answer, String name) {
    String value = answer.get(name);
    if (value == null || value.isBlank()) {
      throw new XrayConfigException("Jira's redirect carried no " + name + ": start again");
    }
    return value;
  }

  private static boolean isLoopback(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return "http".equalsIgnoreCase(uri.getScheme()) && (host.equals("127.0.0.1") || host.equals("localhost"));
  }

  static Map<String, String> query(@Nullable String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  /** A listener on 127.0.0.1 for the one redirect that ends the login. */
  private record Callback(HttpServer server, URI uri, CompletableFuture<Map<String, String>> answer)
      implements AutoCloseable {

    static Callback listen(URI redirect) {
      try {
        HttpServer server = HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Math.max(redirect.getPort(), 0)), 0);
        String path = redirect.getPath() == null || redirect.getPath().isEmpty() ? "/" : redirect.getPath();
        URI uri = URI.create("http://" + redirect.getHost() + ":" + server.getAddress().getPort() + path);
        CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();
        server.createContext(path, exchange -> {
          try (exchange) {
            answer.complete(query(exchange.getRequestURI().getRawQuery()));
            byte[] page = ("<!doctype html><title>xray4j</title><p>Done: xray-cli has what it needs. You may close"
                + " this window.</p>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
          }
        });
        server.start();
        return new Callback(server, uri, answer);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen for the redirect on " + redirect + ": " + e.getMessage()
            + "; use another --redirect-uri port, or --paste", e);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
