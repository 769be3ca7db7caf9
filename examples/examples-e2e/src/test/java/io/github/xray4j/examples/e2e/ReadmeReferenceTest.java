package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.config.XrayKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README is the user's manual, so what it states about the code is checked against the code: the
 * configuration table against {@link XrayKey}, the quoted messages against the sources that print them, the
 * Maven coordinates against the modules, and the two set-up commands against CI and the examples.
 */
class ReadmeReferenceTest {

  private static final Pattern TABLE_ROW = Pattern.compile("^\\|(.*)\\|\\s*$");

  private static Path root;
  private static String readme;

  @BeforeAll
  static void readReadme() throws IOException {
    String configured = System.getProperty("repository.root");
    root = configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of("../..").toAbsolutePath().normalize();
    readme = Files.readString(root.resolve("README.md"));
  }

  @Test
  void the_configuration_table_lists_every_key_with_its_environment_variable_and_default() {
    Map<String, List<String>> rows = tableAfter("<!-- keys -->");

    assertThat(rows.keySet())
        .as("keys in the README's configuration table")
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(XrayKey.values()).map(XrayKey::key).toList());
    for (XrayKey<?> key : XrayKey.values()) {
      List<String> row = rows.get(key.key());
      assertThat(row.get(1)).as("environment variable of %s", key).isEqualTo("`" + key.envName() + "`");
      if (key.defaultValue() != null) {
        assertThat(row.get(2)).as("default of %s", key).contains("`" + key.defaultValue() + "`");
      }
    }
  }

  @Test
  void every_troubleshooting_message_is_one_that_xray4j_prints() throws IOException {
    String sources = mainSources();
    List<String> messages = new ArrayList<>(tableAfter("<!-- messages -->").keySet());

    assertThat(messages).as("messages in the troubleshooting table").hasSizeGreaterThan(5);
    assertThat(messages.stream().filter(message -> !sources.contains(message)))
        .as("troubleshooting messages that no main source prints")
        .isEmpty();
  }

  @Test
  void every_xray4j_artifact_named_is_a_module_at_the_project_version() throws IOException {
    Set<String> modules = moduleArtifactIds();
    String version = projectVersion();
    Matcher gradle = Pattern.compile("io\\.github\\.xray4j:([\\w-]+)(?::([\\w.-]+))?").matcher(readme);
    Matcher maven =
        Pattern.compile("<groupId>io\\.github\\.xray4j</groupId>\\s*<artifactId>([\\w-]+)</artifactId>"
                + "(?:\\s*<version>([^<]+)</version>)?")
            .matcher(readme);
    int named = 0;
    for (Matcher m : List.of(gradle, maven)) {
      while (m.find()) {
        named++;
        assertThat(modules).as("modules of this repository").contains(m.group(1));
        if (m.group(2) != null) {
          assertThat(m.group(2)).as("version of %s in the README", m.group(1)).isEqualTo(version);
        }
      }
    }
    assertThat(named).as("xray4j coordinates in the README").isGreaterThanOrEqualTo(4);
  }

  @Test
  void the_two_set_up_commands_are_what_ci_and_the_examples_run() throws IOException {
    String setUp = readme.substring(readme.indexOf("## Set-up commands"), readme.indexOf("## Install"));

    assertThat(setUp).contains("./examples/run-examples.sh", "./mvnw -B verify");
    assertThat(Files.readString(root.resolve(".ci/run"))).contains("./mvnw -B verify");
    assertThat(root.resolve("examples/run-examples.sh")).isExecutable();
  }

  /** The rows of the first Markdown table after the marker, by their first cell without backticks. */
  private static Map<String, List<String>> tableAfter(String marker) {
    int at = readme.indexOf(marker);
    assertThat(at).as("marker %s in README.md", marker).isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : readme.substring(at + marker.length()).lines().toList()) {
      Matcher row = TABLE_ROW.matcher(line);
      if (!row.matches()) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells = Arrays.stream(row.group(1).split("\\|")).map(String::strip).toList();
      String first = cells.get(0);
      if (first.startsWith("`") && first.endsWith("`")) {
        rows.put(first.substring(1, first.length() - 1), cells);
      }
    }
    return rows;
  }

  /** All main Java sources, with adjacent string literals joined ("a" + "b" reads as "ab"). */
  private static String mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .map(ReadmeReferenceTest::read)
          .map(text -> text.replaceAll("\"\\s*\\+\\s*\"", ""))
          .collect(Collectors.joining("\n"));
    }
  }

  private static Set<String> moduleArtifactIds() throws IOException {
    try (Stream<Path> poms = Files.walk(root, 3)) {
      return poms
          .filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/"))
          .map(ReadmeReferenceTest::read)
          .map(ReadmeReferenceTest::ownArtifactId)
          .collect(Collectors.toSet());
    }
  }

  /** The project's own artifactId: the first one after the parent block, or the first one at all. */
  private static String ownArtifactId(String pom) {
    int parentEnd = pom.indexOf("</parent>");
    Matcher m = Pattern.compile("<artifactId>([\\w-]+)</artifactId>").matcher(pom);
    assertThat(m.find(parentEnd < 0 ? 0 : parentEnd)).isTrue();
    return m.group(1);
  }

  private static String projectVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>xray4j-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(root.resolve("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
