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
 * // Server/Data Center, OAuth 2.0: the demo client and refresh token (leave the token out: client credentials)
 * xray.url=<sandbox url>   xray.oauth.client-id=sandbox-oauth-client   xray.oauth.client-secret=sandbox-oauth-secret
 *                          xray.oauth.refresh-token=sandbox-refresh-token
 * // Server/Data Center, OAuth 1.0a: a consumer registered with your public key (Builder.oauth1Consumer or
 * // --oauth1-consumer), your private key, and the demo access token (or none: two-legged)
 * xray.url=<sandbox url>   xray.oauth.consumer-key=...   xray.oauth.private-key=file:key.pem
 *                          xray.oauth.access-token=sandbox-oauth1-token
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

  /** The client id of the demo OAuth 2.0 client accepted by {@code POST /rest/oauth2/latest/token}. */
  public static final String OAUTH2_CLIENT_ID = "sandbox-oauth-client";

  /** The client secret of {@link #OAUTH2_CLIENT_ID}. */
  public static final String OAUTH2_CLIENT_SECRET = "sandbox-oauth-secret";

  /**
   * A refresh token of {@link #OAUTH2_CLIENT_ID} that stays valid: the refresh tokens the sandbox hands out rotate
   * (each works once), as Jira's do, this one does not, so a rehearsal needs no {@code xray-cli oauth login}.
   */
  public static final String OAUTH2_REFRESH_TOKEN = "sandbox-refresh-token";

  /** An OAuth 1.0a access token accepted from every registered consumer, so a rehearsal needs no login. */
  public static final String OAUTH1_ACCESS_TOKEN = "sandbox-oauth1-token";

  private SandboxCredentials() {
  }
}
