package io.github.xray4j.core.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link XrayConfig} from its sources, highest precedence first: explicit overrides (a command line's
 * options, see {@link #overrides(String, Map)}), JVM system properties, environment
 * variables, framework parameters handed in by an adapter, a properties file ({@code xray.properties} on the
 * classpath, or an explicit file), then defaults. This is the only place in xray4j that reads system
 * properties or the environment.
 *
 * <pre>{@code
 * XrayConfig config = XrayConfig.loader()
 *     .frameworkParameters(junitConfigurationParameters::get)
 *     .load();
 * }</pre>
 */
public final class ConfigLoader {

  /** The classpath resource read unless an explicit properties file is given. */
  public static final String PROPERTIES_RESOURCE = "xray.properties";

  private Map<String, String> overrides = Map.of();
  private String overridesName = "override";
  private Function<String, @Nullable String> systemProperties = System::getProperty;
  private Function<String, @Nullable String> environment = System::getenv;
  private Function<String, Optional<String>> framework = key -> Optional.empty();
  private String frameworkName = "framework parameter";
  private @Nullable Path propertiesFile;
  private @Nullable ClassLoader classLoader;
  private Path workingDirectory = Path.of("").toAbsolutePath();

  ConfigLoader() {}

  /**
   * The adapter's own configuration layer, for example JUnit's {@code ConfigurationParameters::get} or a
   * Cucumber properties map's lookup.
   */
  public ConfigLoader frameworkParameters(Function<String, Optional<String>> lookup) {
    this.framework = requireNonNull(lookup, "lookup");
    return this;
  }

  /** As {@link #frameworkParameters(Function)}, naming the layer in messages ("JUnit configuration parameter"). */
  public ConfigLoader frameworkParameters(String layerName, Function<String, Optional<String>> lookup) {
    this.frameworkName = requireNonNull(layerName, "layerName");
    return frameworkParameters(lookup);
  }

  /** The adapter's configuration layer given as a map. */
  public ConfigLoader frameworkParameters(Map<String, String> parameters) {
    Map<String, String> copy = Map.copyOf(parameters);
    return frameworkParameters(key -> Optional.ofNullable(copy.get(key)));
  }

  /**
   * A layer above every other, such as a command line's options ({@code xray.url} to its value), named in
   * messages ("command-line option").
   */
  public ConfigLoader overrides(String layerName, Map<String, String> values) {
    this.overridesName = requireNonNull(layerName, "layerName");
    this.overrides = Map.copyOf(values);
    return this;
  }

  /** Read this properties file instead of {@code xray.properties} from the classpath. */
  public ConfigLoader propertiesFile(@Nullable Path file) {
    this.propertiesFile = file;
    return this;
  }

  /** The class loader to find {@code xray.properties} with; default: the thread's context class loader. */
  public ConfigLoader classLoader(@Nullable ClassLoader loader) {
    this.classLoader = loader;
    return this;
  }

  /** Replaces the JVM system properties layer (tests). */
  public ConfigLoader systemProperties(Map<String, String> properties) {
    Map<String, String> copy = Map.copyOf(properties);
    this.systemProperties = copy::get;
    return this;
  }

  /** Replaces the environment layer (tests). */
  public ConfigLoader environment(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    this.environment = copy::get;
    return this;
  }

  /** The directory the build runs in, used to tell Maven from Gradle for the default output directory. */
  public ConfigLoader workingDirectory(Path directory) {
    this.workingDirectory = requireNonNull(directory, "directory").toAbsolutePath();
    return this;
  }

  /**
   * Reads and validates the configuration.
   *
   * @throws XrayConfigException naming the key, the value's source and what to do, if a value is invalid
   */
  public XrayConfig load() {
    Properties fileProperties = readPropertiesFile();
    String fileLayer = propertiesFile != null ? "properties file " + propertiesFile : "xray.properties on the classpath";
    Map<XrayKey<?>, XrayConfig.Value> values = new LinkedHashMap<>();
    for (XrayKey<?> key : XrayKey.values()) {
      XrayConfig.Value value = lookup(key, fileProperties, fileLayer);
      if (value != null) {
        values.put(key, value);
      }
    }
    return XrayConfig.fromValues(values, defaultOutputDir());
  }

  private XrayConfig.@Nullable Value lookup(XrayKey<?> key, Properties file, String fileLayer) {
    String value = nonBlank(overrides.get(key.key()));
    if (value != null) {
      return new XrayConfig.Value(value, overridesName + " " + key.key());
    }
    value = nonBlank(systemProperties.apply(key.key()));
    if (value != null) {
      return new XrayConfig.Value(value, "system property " + key.key());
    }
    value = nonBlank(environment.apply(key.envName()));
    if (value != null) {
      return new XrayConfig.Value(value, "environment variable " + key.envName());
    }
    value = nonBlank(framework.apply(key.key()).orElse(null));
    if (value != null) {
      return new XrayConfig.Value(value, frameworkName + " " + key.key());
    }
    value = nonBlank(file.getProperty(key.key()));
    if (value != null) {
      return new XrayConfig.Value(value, key.key() + " in " + fileLayer);
    }
    return null;
  }

  private static @Nullable String nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private Properties readPropertiesFile() {
    Properties properties = new Properties();
    try {
      if (propertiesFile != null) {
        if (!Files.isRegularFile(propertiesFile)) {
          throw new XrayConfigException(
              "the Xray properties file " + propertiesFile + " does not exist: fix the path or remove it");
        }
        try (InputStream in = Files.newInputStream(propertiesFile)) {
          properties.load(in);
        }
        return properties;
      }
      ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = ConfigLoader.class.getClassLoader();
      }
      try (InputStream in = loader.getResourceAsStream(PROPERTIES_RESOURCE)) {
        if (in != null) {
          properties.load(in);
        }
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Xray properties file: " + e.getMessage(), e);
    }
  }

  private Path defaultOutputDir() {
    boolean maven = Files.exists(workingDirectory.resolve("pom.xml"));
    boolean gradle =
        Files.exists(workingDirectory.resolve("build.gradle"))
            || Files.exists(workingDirectory.resolve("build.gradle.kts"));
    return workingDirectory.resolve(gradle && !maven ? "build/xray" : "target/xray");
  }
}
