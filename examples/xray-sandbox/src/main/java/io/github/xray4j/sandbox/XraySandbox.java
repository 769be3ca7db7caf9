package io.github.xray4j.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.sandbox.internal.ImportDelays;
import io.github.xray4j.sandbox.internal.OAuthClients;
import io.github.xray4j.sandbox.internal.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A small stateful stand-in for Xray Server/Data Center and Xray Cloud, listening on loopback, for the
 * examples, end-to-end tests and rehearsing a pipeline offline.
 *
 * <pre>{@code
 * try (XraySandbox sandbox = XraySandbox.start()) {
 *     // point xray4j at sandbox.url() with SandboxCredentials, run the tests, then look at
 *     // sandbox.url() in a browser, or read sandbox.stateJson() / GET /sandbox/state
 * }
 * XraySandbox sandbox = XraySandbox.builder().port(8080).seed(Path.of("seed.json")).start();
 * XraySandbox slow = XraySandbox.builder().importDelay(Duration.ofSeconds(2)).start();       // a slow Xray
 * XraySandbox late = XraySandbox.builder().lateCreatingImport(1, Duration.ofSeconds(4)).start(); // after the read timeout
 * }</pre>
 *
 * <p>Endpoints (all JSON unless said otherwise):
 * <ul>
 *   <li>Server/DC, Basic ({@link SandboxCredentials#USER}/{@link SandboxCredentials#PASSWORD}) or PAT
 *       ({@link SandboxCredentials#PERSONAL_ACCESS_TOKEN}) auth, under {@code /rest/raven/{1.0,2.0,latest}}:
 *       {@code POST import/execution}, {@code import/execution/multipart} (parts {@code result}, {@code info}),
 *       {@code import/execution/cucumber}, {@code import/execution/cucumber/multipart};
 *       {@code GET api/test?keys=}, {@code GET/POST api/testexec/{key}/test},
 *       {@code GET api/testrun?testExecIssueKey=&testIssueKey=}, {@code GET api/testrun/{id}} (and
 *       {@code /status}, {@code /comment}), {@code GET api/settings/teststatuses},
 *       {@code GET testruns?testExecKey=&testPlanKey=} ({@code limit}, {@code page}),
 *       {@code GET export/test?keys=&fz=true} (a zip of {@code .feature} files), {@code POST import/feature} (part
 *       {@code file}); Jira {@code POST /rest/api/2/issue} (Test Execution only),
 *       {@code GET /rest/api/2/issue/{keyOrId}}, {@code GET /rest/api/2/myself}.</li>
 *   <li>Server/DC OAuth, also accepted on all of the above: OAuth 2.0 as Jira Data Center's provider offers it,
 *       {@code GET /rest/oauth2/latest/authorize} (approved at once) and {@code POST /rest/oauth2/latest/token}
 *       (grants {@code authorization_code} with PKCE, {@code refresh_token}, {@code client_credentials}; the
 *       demo client {@link SandboxCredentials#OAUTH2_CLIENT_ID} or one of {@link Builder#oauth2Client}), its
 *       access tokens as {@code Authorization: Bearer}; OAuth 1.0a, every request signed with RSA-SHA1 by a
 *       consumer of {@link Builder#oauth1Consumer} and verified with its public key, and
 *       {@code POST /plugins/servlet/oauth/request-token}, {@code GET .../authorize},
 *       {@code POST .../access-token}.</li>
 *   <li>Cloud: {@code POST /api/v2/authenticate} ({@link SandboxCredentials#CLIENT_ID}/{@link
 *       SandboxCredentials#CLIENT_SECRET} to a quoted token), then with {@code Authorization: Bearer <token>}
 *       {@code POST /api/v2/import/execution}, {@code .../multipart} (parts {@code results}, {@code info}),
 *       {@code .../cucumber}, {@code .../cucumber/multipart}, {@code GET /api/v2/export/cucumber?keys=},
 *       {@code POST /api/v2/import/feature}.</li>
 *   <li>Cloud GraphQL {@code POST /api/v2/graphql}: only the {@code createTestExecution} mutation, with its
 *       arguments passed as variables.</li>
 *   <li>The sandbox's own: {@code GET /} (HTML page of what was published), {@code GET /browse/{key}} (to the
 *       execution on the page), {@code GET /sandbox/state}
 *       (the same as JSON), {@code POST /sandbox/reset} (back to the seed).</li>
 * </ul>
 *
 * <p>The seed is a JSON document: {@code {"customStatuses":["SKIPPED"], "projects":[{"key":"CALC",
 * "name":"Calculator", "issues":[{"key":"CALC-1","issuetype":"Test","testType":"Generic","summary":"...",
 * "definition":"..."}, {"key":"CALC-21","issuetype":"Story","summary":"..."}, {"key":"CALC-24",
 * "issuetype":"Test Plan","summary":"...","tests":["CALC-1"]}, {"key":"CALC-30","issuetype":"Test Execution",
 * "summary":"..."}]}]}}. {@code customStatuses} are Server run statuses accepted besides the built-in ones
 * (and on Cloud as well). The default seed ({@code default-seed.json} next to this class) has project CALC
 * with Generic Tests CALC-1..CALC-12, Cucumber Tests CALC-13..CALC-18, Manual Tests CALC-19..CALC-20, Stories
 * CALC-21..CALC-23 and the Test Plan CALC-24 with all Tests; new issues take the next free number (CALC-25).
 */
public final class XraySandbox implements AutoCloseable {

  private static final String DEFAULT_SEED = "default-seed.json";

  private final SandboxServer server;

  private XraySandbox(SandboxServer server) {
    this.server = server;
  }

  /** Starts a sandbox on a free loopback port with the default seed. */
  public static XraySandbox start() {
    return builder().start();
  }

  /** A builder for a sandbox on a chosen port or with another seed. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321} (no trailing slash): Server/DC and Cloud alike. */
  public String url() {
    return server.url();
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /** Everything it holds, as JSON: the body of {@code GET /sandbox/state}. */
  public String stateJson() {
    return server.stateJson();
  }

  /** Forgets everything that was published: back to the seed (as {@code POST /sandbox/reset}). */
  public void reset() {
    server.reset();
  }

  /** Stops listening. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "XraySandbox[" + url() + "]";
  }

  /** Chooses the port, the seed and how late the imports answer; {@link #start()} starts it. */
  public static final class Builder {
    private int port;
    private @Nullable Path seed;
    private ImportDelays delays = ImportDelays.NONE;
    private OAuthClients oauth = OAuthClients.DEMO;

    private Builder() {
    }

    /** The port to listen on; 0 (the default) for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** A seed file to start from instead of the default seed (the format is in {@link XraySandbox}). */
    public Builder seed(Path seed) {
      this.seed = requireNonNull(seed, "seed");
      return this;
    }

    /**
     * Makes every import answer (accepted or refused) wait {@code delay} after the import was applied, as a slow
     * Xray does; no request thread waits meanwhile, so the page and the other endpoints answer at once.
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public Builder importDelay(Duration delay) {
      this.delays = delays.withEach(requireNonNull(delay, "delay"));
      return this;
    }

    /**
     * Makes the {@code nth} import that creates a Test Execution (counted from 1 since the start or the last
     * reset) answer {@code delay} after it created the execution, instead of the {@link #importDelay} of the
     * others: with a delay longer than the client's read timeout, the client sees a timeout while the
     * execution exists, as with an Xray that answers too slowly.
     *
     * @throws IllegalArgumentException if {@code nth} is below 1 or the delay is negative
     */
    public Builder lateCreatingImport(int nth, Duration delay) {
      this.delays = delays.withLateCreating(nth, requireNonNull(delay, "delay"));
      return this;
    }

    /**
     * Registers one more OAuth 2.0 client, as a Jira admin's incoming application link does, besides the demo
     * client {@link SandboxCredentials#OAUTH2_CLIENT_ID}.
     *
     * @throws IllegalArgumentException if the id or the secret is empty
     */
    public Builder oauth2Client(String clientId, String clientSecret) {
      this.oauth = oauth.withOAuth2Client(clientId, clientSecret);
      return this;
    }

    /**
     * Registers an OAuth 1.0a consumer with the RSA public key that verifies its signatures, as an application
     * link with incoming authentication does. There is no demo consumer: the private key is yours.
     *
     * @param publicKeyPem {@code -----BEGIN PUBLIC KEY-----} ... (what {@code openssl rsa -pubout} writes)
     * @throws IllegalArgumentException if the key is empty or not an RSA public key in that form
     */
    public Builder oauth1Consumer(String consumerKey, String publicKeyPem) {
      this.oauth = oauth.withOAuth1Consumer(consumerKey, publicKeyPem);
      return this;
    }

    /**
     * Starts it.
     *
     * @throws IllegalArgumentException if the seed is not valid
     * @throws UncheckedIOException if the seed cannot be read or the port cannot be bound
     */
    public XraySandbox start() {
      return new XraySandbox(SandboxServer.start(port, readSeed(), delays, oauth));
    }

    private byte[] readSeed() {
      try {
        if (seed != null) {
          return Files.readAllBytes(seed);
        }
        try (InputStream in = XraySandbox.class.getResourceAsStream(DEFAULT_SEED)) {
          if (in == null) {
            throw new IllegalStateException("The default seed " + DEFAULT_SEED + " is missing from the jar");
          }
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the sandbox seed " + (seed == null ? DEFAULT_SEED : seed)
            + ": " + e.getMessage(), e);
      }
    }
  }
}
