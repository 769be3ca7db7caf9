package io.github.xray4j.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Maven builds of fixture projects ({@code src/it/NAME}) for integration tests: copied to
 * {@code target/it-work} with {@code @placeholders@} filled in, and run with the repository's own {@code mvnw},
 * a local repository under {@code target/it-repo} (where {@code maven-invoker-plugin:install} put xray4j's jars)
 * and settings that read everything else from the developer's local repository as a file repository (Maven
 * Central stays the fallback, so a clean clone works), so nothing is written to it.
 *
 * <p>Reads the system properties {@code it.local.repository} and {@code it.shared.repository} (set by the
 * module's failsafe configuration).
 */
public final class FixtureBuilds {

  /** The outcome of one build: exit code and the whole log. */
  public record Build(int exitCode, String log) {}

  private final Path module;
  private final Path work;

  /** Fixture builds of the module whose tests run in the working directory. */
  public FixtureBuilds() {
    this.module = Path.of("").toAbsolutePath();
    this.work = module.resolve("target/it-work");
  }

  /** Copies {@code src/it/NAME} to {@code target/it-work/NAME} (replacing an older copy), filling in placeholders. */
  public Path fixture(String name, Map<String, String> placeholders) throws IOException {
    Path source = module.resolve("src/it").resolve(name);
    Path target = work.resolve(name);
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          String text = Files.readString(file);
          for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace("@" + placeholder.getKey() + "@", placeholder.getValue());
          }
          Files.writeString(copy, text);
        }
      }
    }
    return target;
  }

  /**
   * Runs {@code mvnw -B ARGS} in {@code project} with {@code env} on top of an environment cleared of
   * {@code XRAY_*} and {@code MAVEN_*}; the log is kept as {@code target/it-work/LOGNAME.log}.
   */
  public Build mvn(Path project, String logName, Map<String, String> env, List<String> args) throws IOException,
      InterruptedException {
    Files.createDirectories(work);
    Path settings = work.resolve("settings.xml");
    String shared = Path.of(property("it.shared.repository")).toUri().toString();
    Files.writeString(settings, """
        <settings>
          <profiles>
            <profile>
              <id>shared-local-repository</id>
              <repositories>
                <repository><id>shared-m2</id><url>%1$s</url></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>shared-m2</id><url>%1$s</url></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>shared-local-repository</activeProfile></activeProfiles>
        </settings>
        """.formatted(shared), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(module.getParent().resolve("mvnw").toString(), "-B",
        "-s", settings.toString(), "-Dmaven.repo.local=" + property("it.local.repository")));
    command.addAll(args);
    Path log = work.resolve(logName + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("XRAY_") || name.startsWith("MAVEN_"));
    // Short-lived JVMs: start fast rather than run fast.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the build of " + project + " did not finish in 5 minutes; see " + log);
    }
    return new Build(process.exitValue(), Files.readString(log));
  }

  /** A system property the failsafe configuration sets; fails the test naming it when it is missing. */
  public static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new AssertionError("system property " + name + " is not set (the module's failsafe configuration sets it)");
    }
    return value;
  }
}
