package io.github.xray4j.maven;

import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.ConfigLoader;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayConfigException;
import io.github.xray4j.core.config.XrayKey;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * What the goals share: the configuration, read by xray-core's {@link ConfigLoader} from (highest first) these
 * parameters, {@code -Dxray.*}, {@code XRAY_*} and {@code src/test/resources/xray.properties}; and the rule that
 * a failure to talk to Xray is a warning that says what to do, failing the build only with
 * {@code xray.fail-on-error=true}.
 */
abstract class XrayMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** Key {@code xray.url}: Jira's base URL (Server/DC) or the Xray Cloud host. */
  @Parameter(property = "xray.url")
  @Nullable String url;

  /** Key {@code xray.project-key}, such as {@code CALC}. */
  @Parameter(property = "xray.project-key")
  @Nullable String projectKey;

  /** Key {@code xray.fail-on-error}: fail the build when Xray cannot be reached or refuses; default false. */
  @Parameter(property = "xray.fail-on-error")
  @Nullable String failOnError;

  /** Key {@code xray.enabled}: false skips the goal. */
  @Parameter(property = "xray.enabled")
  @Nullable String enabled;

  /**
   * Any other {@code xray.*} key, such as {@code <xray.test-plan-key>CALC-24</xray.test-plan-key>}. Keep secrets
   * out of the pom: give {@code XRAY_TOKEN} or {@code XRAY_CLIENT_SECRET} in the environment.
   */
  @Parameter
  @Nullable Map<String, String> properties;

  /** The properties file of {@code xray.*} keys read under all the above; default the tests' xray.properties. */
  @Parameter(property = "xray4j.config-file", defaultValue = "${project.basedir}/src/test/resources/xray.properties")
  @Nullable File configFile;

  /** Skips the goal. */
  @Parameter(property = "xray4j.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("xray4j: " + goal() + " skipped (xray4j.skip)");
      return;
    }
    XrayConfig config;
    try {
      config = loader().load();
    } catch (XrayConfigException e) {
      fail(Boolean.parseBoolean(failOnError), "configuration error: " + e.getMessage());
      return;
    }
    if (!config.enabled()) {
      getLog().info("xray4j: " + goal() + " skipped (xray.enabled=false)");
      return;
    }
    if (!config.isActive()) {
      fail(config.failOnError(), goal() + " skipped: Xray is not configured. Set xray.url (XRAY_URL) and the"
          + " credentials (XRAY_TOKEN, or XRAY_CLIENT_ID and XRAY_CLIENT_SECRET for Xray Cloud)");
      return;
    }
    try {
      List<String> problems = run(config);
      if (!problems.isEmpty()) {
        fail(config.failOnError(), String.join(System.lineSeparator(), problems));
      }
    } catch (XrayException | IOException | IllegalArgumentException e) {
      fail(config.failOnError(), goal() + " failed: " + e.getMessage() + System.lineSeparator()
          + "  Check xray.url (" + config.url().map(Object::toString).orElse("not set") + "), the credentials and the"
          + " network, then run 'mvn xray4j:" + goal() + "' again" + (config.failOnError() ? ""
              : "; the build goes on (set xray.fail-on-error=true to fail it)"));
    }
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /** Does the goal's work; answers what Xray refused (warnings, failures with xray.fail-on-error). */
  abstract List<String> run(XrayConfig config) throws IOException;

  /** This goal's own keys on top of the shared ones (the parameters the goal adds that are xray.* keys). */
  void addKeys(Map<String, String> values) {
    // none by default
  }

  private ConfigLoader loader() {
    Map<String, String> values = new LinkedHashMap<>();
    if (properties != null) {
      properties.forEach((key, value) -> values.put(key.startsWith("xray.") ? key : "xray." + key, value));
    }
    put(values, XrayKey.URL, url);
    put(values, XrayKey.PROJECT_KEY, projectKey);
    put(values, XrayKey.FAIL_ON_ERROR, failOnError);
    put(values, XrayKey.ENABLED, enabled);
    addKeys(values);
    ConfigLoader loader = XrayConfig.loader().workingDirectory(basedir.toPath())
        .overrides("Maven plugin parameter", values);
    if (configFile != null && configFile.isFile()) {
      loader.propertiesFile(configFile.toPath());
    }
    return loader;
  }

  static void put(Map<String, String> values, XrayKey<?> key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      values.put(key.key(), value);
    }
  }

  private void fail(boolean failBuild, String message) throws MojoFailureException {
    if (failBuild) {
      throw new MojoFailureException("xray4j: " + message);
    }
    getLog().warn("xray4j: " + message);
  }
}
