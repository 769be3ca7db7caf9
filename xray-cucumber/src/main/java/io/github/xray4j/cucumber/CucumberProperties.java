package io.github.xray4j.cucumber;

import io.github.xray4j.core.config.XrayConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Loads the plugin's configuration. Cucumber does not hand its properties to plugins, so the Cucumber layer
 * of xray-core's configuration is what a plugin can read itself: the {@code cucumber.properties} and
 * {@code junit-platform.properties} files at the root of the test classpath (the files Cucumber's CLI and the
 * Cucumber JUnit Platform engine read). System properties and environment variables are read by xray-core
 * above that layer, {@code xray.properties} (or the file named by the plugin argument) below it.
 *
 * <p>Not visible to a plugin, and so not read: {@code @ConfigurationParameter} on a JUnit suite class and
 * configuration parameters passed to the JUnit {@code Launcher} programmatically (or by Maven Surefire's
 * {@code configurationParameters}). Put {@code xray.*} keys in one of the files above, in system properties
 * or in the environment instead.
 */
final class CucumberProperties {

  /** The layer's name in configuration messages. */
  static final String LAYER = "Cucumber property (cucumber.properties or junit-platform.properties)";

  private static final String[] FILES = {"junit-platform.properties", "cucumber.properties"};

  private CucumberProperties() {}

  /**
   * The configuration in effect.
   *
   * @param propertiesFile the plugin argument ({@code XrayPlugin:ci/xray.properties}), read instead of
   *     {@code xray.properties} from the classpath; or null
   * @throws io.github.xray4j.core.config.XrayConfigException if a value is invalid
   */
  static XrayConfig load(@Nullable Path propertiesFile) {
    ClassLoader loader = classLoader();
    Properties cucumber = read(loader);
    return XrayConfig.loader()
        .frameworkParameters(LAYER, key -> Optional.ofNullable(cucumber.getProperty(key)))
        .propertiesFile(propertiesFile)
        .classLoader(loader)
        .load();
  }

  /** Both files; {@code cucumber.properties} wins where both set a key. */
  private static Properties read(ClassLoader loader) {
    Properties properties = new Properties();
    for (String file : FILES) {
      try (InputStream in = loader.getResourceAsStream(file)) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + " from the test classpath: " + e.getMessage(), e);
      }
    }
    return properties;
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : CucumberProperties.class.getClassLoader();
  }
}
