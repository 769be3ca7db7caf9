package io.github.xray4j.cli;

import io.github.xray4j.core.config.ConfigLoader;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where Xray is and how to log in: the options every command shares. Each maps to an {@link XrayKey} and
 * overrides every other source of it.
 */
final class ConnectionOptions {

  @Option(names = "--url", paramLabel = "URL",
      description = "Jira base URL (Server/DC) or Xray Cloud host. Key xray.url, env XRAY_URL.")
  @Nullable String url;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Jira Personal Access Token (Server/DC). Prefer env XRAY_TOKEN: arguments are visible to"
          + " other users.")
  @Nullable String token;

  @Option(names = "--username", paramLabel = "USER", description = "Jira user for Basic auth. Env XRAY_USERNAME.")
  @Nullable String username;

  @Option(names = "--password", paramLabel = "PASSWORD",
      description = "Jira password for Basic auth. Prefer env XRAY_PASSWORD.")
  @Nullable String password;

  @Option(names = "--client-id", paramLabel = "ID",
      description = "Xray Cloud API key client id (selects Cloud). Env XRAY_CLIENT_ID.")
  @Nullable String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET",
      description = "Xray Cloud API key client secret. Prefer env XRAY_CLIENT_SECRET.")
  @Nullable String clientSecret;

  @Option(names = "--project", paramLabel = "KEY",
      description = "Jira project key, such as CALC. Key xray.project-key, env XRAY_PROJECT_KEY.")
  @Nullable String project;

  @Option(names = "--timeout", paramLabel = "DURATION",
      description = "Read timeout of one request (90s, 2m). Key xray.timeout; default 60s.")
  @Nullable String timeout;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of xray.* keys, read instead of xray.properties.")
  @Nullable Path config;

  /** Adds these options to {@code values} as configuration keys. */
  void addTo(Map<String, String> values) {
    put(values, XrayKey.URL, url);
    put(values, XrayKey.TOKEN, token);
    put(values, XrayKey.USERNAME, username);
    put(values, XrayKey.PASSWORD, password);
    put(values, XrayKey.CLIENT_ID, clientId);
    put(values, XrayKey.CLIENT_SECRET, clientSecret);
    put(values, XrayKey.PROJECT_KEY, project);
    put(values, XrayKey.TIMEOUT, timeout);
  }

  static void put(Map<String, String> values, XrayKey<?> key, @Nullable String value) {
    if (value != null) {
      values.put(key.key(), value);
    }
  }

  /**
   * Loads the configuration: the command line's options (these, and {@code more} from the command) above the
   * sources {@code loader} reads.
   */
  XrayConfig load(ConfigLoader loader, Map<String, String> more) {
    Map<String, String> values = new LinkedHashMap<>();
    addTo(values);
    values.putAll(more);
    if (config != null) {
      loader.propertiesFile(config);
    }
    return loader.overrides("command-line option", values).load();
  }
}
