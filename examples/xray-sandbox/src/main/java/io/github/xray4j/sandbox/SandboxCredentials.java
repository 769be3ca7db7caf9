package io.github.xray4j.sandbox;

/**
 * The fixed demo credentials the sandbox accepts, kept in this one place. They are not secrets: the sandbox
 * listens on loopback only and holds nothing but what a test run sends it.
 *
 * <pre>{@code
 * // Server/Data Center: Basic auth or a Personal Access Token
 * xray.url=<sandbox url>   xray.user=sandbox   xray.password=sandbox      (or xray.token=sandbox-token)
 * // Cloud: client credentials, exchanged at /api/v2/authenticate for a bearer token
 * xray.cloud.url=<sandbox url>   xray.client-id=sandbox-client   xray.client-secret=sandbox-secret
 * }</pre>
 */
public final class SandboxCredentials {

  /** The Jira user name accepted with HTTP Basic auth on the Server/DC endpoints. */
  public static final String USER = "sandbox";

  /** The password accepted for {@link #USER}. */
  public static final String PASSWORD = "sandbox";

  /** The Personal Access Token accepted as {@code Authorization: Bearer ...} on the Server/DC endpoints. */
  public static final String PERSONAL_ACCESS_TOKEN = "sandbox-token";

  /** The Cloud API key client id accepted by {@code POST /api/v2/authenticate}. */
  public static final String CLIENT_ID = "sandbox-client";

  /** The Cloud API key client secret accepted by {@code POST /api/v2/authenticate}. */
  public static final String CLIENT_SECRET = "sandbox-secret";

  private SandboxCredentials() {
  }
}
