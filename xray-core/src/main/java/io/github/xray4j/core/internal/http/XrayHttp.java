package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import io.github.xray4j.core.config.Credentials;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.model.Flavour;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Wires Feign for one configuration: the JDK {@link HttpClient} (proxy, connect timeout, no redirects, TLS
 * verification always on), the read timeout, encoder and decoders, the retry policy and authentication.
 * {@link #api(Class, String)} gives a Feign proxy of an internal interface at a path below {@code xray.url};
 * {@link #failure(RuntimeException)} turns whatever a call threw into an {@link HttpFailure}.
 */
public final class XrayHttp {
  private static final System.Logger LOG = System.getLogger(XrayHttp.class.getName());
  static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final Flavour flavour;
  private final URI url;
  private final Credentials credentials;
  private final Duration readTimeout;
  private final ObjectMapper mapper;
  private final Client client;
  private final Request.Options options;
  private final Diagnosis diagnosis;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final int maxRetries;
  private final @Nullable TokenProvider tokens;

  private XrayHttp(XrayConfig config, Sleeper sleeper, Clock clock) {
    this.flavour = config.flavour();
    this.url = config.url().orElseThrow(() -> new XrayConfigException(
        "xray.url is not set: set it to the Jira base URL such as https://jira.example.com"));
    this.credentials = config.credentials().orElseThrow(() -> new XrayConfigException(
        "no credentials are configured: set xray.token, or xray.username and xray.password, or the xray.oauth.*"
            + " keys (Server/DC), or xray.client-id and xray.client-secret (Cloud)"));
    this.readTimeout = config.timeout();
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = () -> ThreadLocalRandom.current().nextDouble();
    this.maxRetries = config.maxRetries();
    this.mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.diagnosis = Diagnosis.of(flavour, credentials);
    Duration connectTimeout = readTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? readTimeout : MAX_CONNECT_TIMEOUT;
    HttpClient.Builder http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout);
    ProxySelector proxy = config.proxy()
        .map(p -> ProxySelector.of(InetSocketAddress.createUnresolved(p.host(), p.port())))
        .orElseGet(ProxySelector::getDefault);
    if (proxy != null) {
      http.proxy(proxy);
    }
    this.client = new DeadlineClient(http.build());
    this.options = new Request.Options(connectTimeout, readTimeout, false);
    this.tokens = tokens(credentials, clock);
    warnIfBasicOverPlainHttp();
  }

  /** For the facade: the system clock and real sleeping. */
  public static XrayHttp create(XrayConfig config) {
    return create(config, Sleeper.SYSTEM, Clock.systemUTC());
  }

  /** With seams for tests: what to do between retries, and the clock that dates {@code Retry-After}. */
  public static XrayHttp create(XrayConfig config, Sleeper sleeper, Clock clock) {
    return new XrayHttp(config, sleeper, clock);
  }

  /** A Feign proxy of {@code api} at {@code xray.url + path}, authenticated. */
  public <T> T api(Class<T> api, String path) {
    return builder(AuthInterceptor.of(credentials, tokens), tokens).target(api, url + path);
  }

  /** The JSON mapper the decoders use. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** Jira's OAuth endpoints at {@code xray.url}, for {@code xray-cli oauth login}. */
  public OAuthLogins oauthLogins() {
    return new OAuthLogins(credentials, builder(null, null).target(OAuthApi.class, url.toString()),
        auth -> builder(auth, null).target(OAuthApi.class, url.toString()), this::failure);
  }

  /** The cached token behind the credentials that use one: Xray Cloud's, or OAuth 2.0's. */
  private @Nullable TokenProvider tokens(Credentials credentials, Clock clock) {
    if (credentials instanceof Credentials.ClientCredentials cc) {
      return new CloudTokenProvider(builder(null, null).target(CloudAuthApi.class, url + "/api/v2"), cc, this::failure);
    }
    if (credentials instanceof Credentials.OAuth2 oauth) {
      return new OAuth2TokenProvider(builder(null, null).target(OAuthApi.class, url.toString()), oauth, clock,
          this::failure);
    }
    return null;
  }

  public Flavour flavour() {
    return flavour;
  }

  /** {@code xray.url}, without a trailing slash. */
  public URI url() {
    return url;
  }

  private Feign.Builder builder(@Nullable AuthInterceptor auth, @Nullable TokenProvider tokenCache) {
    Feign.Builder builder = Feign.builder()
        .client(client)
        .options(options)
        .encoder(new XrayEncoder(mapper))
        .decoder(new XrayDecoder(mapper, diagnosis))
        .decodeVoid()
        .errorDecoder(new XrayErrorDecoder(mapper, diagnosis, clock, tokenCache))
        .retryer(new XrayRetryer(maxRetries, sleeper, random));
    if (auth != null) {
      builder.requestInterceptor(auth);
    }
    return builder;
  }

  /** Whatever a Feign call threw, as an {@link HttpFailure} with a message that says what to do. */
  public HttpFailure failure(RuntimeException thrown) {
    if (thrown instanceof HttpFailure failure) {
      return failure;
    }
    Throwable cause = thrown.getCause();
    if (cause instanceof HttpFailure failure) {
      return failure;
    }
    String request = thrown instanceof FeignException fe && fe.hasRequest() ? Bodies.describe(fe.request()) : "request";
    if (thrown instanceof RetryableException || cause instanceof IOException) {
      // the cause, not Feign's exception: its message repeats the whole URL
      return new HttpFailure(FailureKind.UNAVAILABLE, 0, request, connectionMessage(cause, request), null, List.of(),
          cause != null ? cause : thrown);
    }
    if (thrown instanceof FeignException fe) {
      return new HttpFailure(FailureKind.UNAVAILABLE, Math.max(fe.status(), 0), request,
          "Reading Xray's answer to " + request + " failed: " + fe.getMessage(), null, List.of(), thrown);
    }
    return new HttpFailure(FailureKind.OTHER, 0, request, "The request " + request + " failed: " + thrown, null,
        List.of(), thrown);
  }

  /** A timeout as people write it: "60 s", or "500 ms" below a second. */
  static String shown(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  private String connectionMessage(@Nullable Throwable cause, String request) {
    String where = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    if (cause instanceof HttpConnectTimeoutException) {
      return "Connecting to " + where + " for " + request + " timed out; check xray.url, the network and the"
          + " proxy (xray.proxy)";
    }
    if (cause instanceof DeadlineBody.Stalled stalled) {
      return stalled.getMessage() + "; it may still have done what was asked: raise xray.timeout for large"
          + " imports, or check that " + where + " is up";
    }
    if (cause instanceof HttpTimeoutException) {
      return "Xray did not answer " + request + " within xray.timeout (" + shown(readTimeout) + "); raise"
          + " xray.timeout for large imports, or check that " + where + " is up";
    }
    if (XrayRetryer.neverReachedServer(cause)) {
      return "Could not connect to " + where + " for " + request + " (connection refused or unknown host); check"
          + " xray.url, the network and the proxy (xray.proxy)";
    }
    return "The connection to " + where + " failed during " + request + " ("
        + (cause == null ? "no detail" : cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()))
        + "); Xray may be overloaded or a proxy may have cut the connection";
  }


  private void warnIfBasicOverPlainHttp() {
    if (credentials instanceof Credentials.Basic && "http".equalsIgnoreCase(url.getScheme())) {
      String host = url.getHost().toLowerCase(Locale.ROOT);
      boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
          || host.equals("::1");
      if (!loopback) {
        LOG.log(System.Logger.Level.WARNING,
            () -> "xray.url " + url + " is plain http: the Jira password travels unencrypted to " + host
                + "; use https://");
      }
    }
  }
}
