package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: a JDK {@link HttpServer} bound to loopback that hands every request to the {@link Routes}
 * and writes the answer; an answer to be sent late (see {@link ImportDelays}) is sent by a timer, so that no
 * request thread waits and the page stays responsive. Not API: use {@code io.github.xray4j.sandbox.XraySandbox}.
 */
public final class SandboxServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());

  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService lateAnswers;
  private final SandboxStore store;
  private final Routes routes;
  private final String url;

  private SandboxServer(HttpServer server, ExecutorService executor, JsonNode seed, ImportDelays delays,
      OAuthClients oauthClients) {
    this.server = server;
    this.executor = executor;
    this.lateAnswers = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "xray-sandbox-late-answers"));
    this.url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    this.store = new SandboxStore(url, seed);
    this.routes = new Routes(store, delays, oauthClients);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * The JDK's HTTP server leaves TCP_NODELAY off unless {@value #NODELAY} says otherwise (read once per JVM,
   * when its first server starts): every small answer then waits about 40 ms for the client's delayed ACK,
   * which Xray behind Tomcat does not. Someone who set the property keeps their value.
   */
  private static void answerWithoutNagleDelay() {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  /**
   * Starts a sandbox on loopback.
   *
   * @param port the port, 0 for a free one
   * @param seed the seed document (see {@code XraySandbox})
   * @param delays how late the imports answer
   * @param oauthClients the OAuth 2.0 clients and OAuth 1.0a consumers it accepts
   * @throws IllegalArgumentException if the seed is not valid
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static SandboxServer start(int port, byte[] seed, ImportDelays delays, OAuthClients oauthClients) {
    JsonNode seedJson;
    try {
      seedJson = Call.JSON.readTree(seed);
    } catch (IOException e) {
      throw new IllegalArgumentException("The sandbox seed is not valid JSON: " + e.getMessage(), e);
    }
    answerWithoutNagleDelay();
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("The Xray sandbox cannot listen on port " + port + ": " + e.getMessage(), e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(4,
        task -> daemon(task, "xray-sandbox-" + threads.incrementAndGet()));
    SandboxServer sandbox;
    try {
      sandbox = new SandboxServer(http, executor, seedJson, delays, oauthClients);
    } catch (RuntimeException e) {
      http.stop(0);
      executor.shutdownNow();
      throw e;
    }
    http.createContext("/", sandbox::handle);
    http.setExecutor(executor);
    http.start();
    return sandbox;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
  public String url() {
    return url;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The state as served by {@code GET /sandbox/state}. */
  public String stateJson() {
    try {
      return Call.JSON.writeValueAsString(store.snapshot());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the sandbox state", e);
    }
  }

  /** Forgets everything that was published and goes back to the seed. */
  public void reset() {
    routes.reset();
  }

  @Override
  public void close() {
    lateAnswers.shutdownNow();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    try {
      reply = answer(exchange);
    } catch (IOException | RuntimeException e) {
      exchange.close();
      throw e;
    }
    if (reply.delay().isZero()) {
      write(exchange, reply);
    } else {
      lateAnswers.schedule(() -> writeLate(exchange, reply), reply.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private Reply answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Reply reply;
    try {
      Map<String, String> query = Call.parseQuery(rawQuery);
      reply = routes.dispatch(method, exchange.getRequestURI(), query, exchange.getRequestHeaders(), body);
    } catch (ApiError e) {
      reply = Reply.error(e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, () -> "The Xray sandbox failed on " + method + " " + path, e);
      reply = Reply.json(500, Map.of("error", "The Xray sandbox failed: " + e));
    }
    if (path.startsWith("/rest/") || path.startsWith("/api/")) {
      store.logRequest(method, rawQuery == null ? path : path + "?" + rawQuery, reply.status());
    }
    return reply;
  }

  private void writeLate(HttpExchange exchange, Reply reply) {
    try {
      write(exchange, reply);
    } catch (IOException e) {
      // the client gave up waiting (its read timeout): what a late answer is for, nothing to report
      LOG.log(System.Logger.Level.DEBUG, () -> "A late answer found the client gone: " + e.getMessage());
    }
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      if (reply.location() != null) {
        exchange.getResponseHeaders().set("Location", reply.location());
      }
      boolean empty = reply.body().length == 0;
      exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
      if (!empty) {
        exchange.getResponseBody().write(reply.body());
      }
    }
  }
}
