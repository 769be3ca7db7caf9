package io.github.xray4j.examples.e2e;

import io.github.xray4j.sandbox.SandboxCredentials;
import io.github.xray4j.sandbox.XraySandbox;
import java.nio.file.Path;
import java.util.Map;

/**
 * The xray4j settings that point an example at a sandbox, as system properties: what a CI job would set as
 * {@code XRAY_URL} and credentials. The rest (project, summary, environments) comes from the example's own
 * configuration files.
 */
final class SandboxSettings {

  private SandboxSettings() {}

  /** Xray Server/Data Center with Basic authentication. */
  static Map<String, String> server(XraySandbox sandbox, Path outputDir) {
    return Map.of(
        "xray.enabled", "true",
        "xray.url", sandbox.url(),
        "xray.username", SandboxCredentials.USER,
        "xray.password", SandboxCredentials.PASSWORD,
        "xray.output-dir", outputDir.toString());
  }

  /** Xray Cloud: the client id selects it; the sandbox serves the Cloud API at the same URL. */
  static Map<String, String> cloud(XraySandbox sandbox, Path outputDir) {
    return Map.of(
        "xray.enabled", "true",
        "xray.url", sandbox.url(),
        "xray.client-id", SandboxCredentials.CLIENT_ID,
        "xray.client-secret", SandboxCredentials.CLIENT_SECRET,
        "xray.output-dir", outputDir.toString());
  }
}
