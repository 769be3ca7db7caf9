package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README quotes the examples instead of inventing code: each fenced block right after a
 * {@code <!-- snippet: path/to/file -->} marker must be found in that file, line by line in the same order
 * (leading and trailing spaces aside; lines of the file may be left out between them). Since the examples
 * run end to end in this module, a snippet that passes here is code that works.
 */
class ReadmeSnippetsTest {

  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) -->\\R```[\\w-]*\\R(.*?)\\R```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> every_snippet_of_the_readme_is_in_the_file_it_names() throws IOException {
    Path root = repositoryRoot();
    String readme = Files.readString(root.resolve("README.md"));
    List<DynamicTest> checks = new ArrayList<>();
    Matcher snippet = SNIPPET.matcher(readme);
    while (snippet.find()) {
      String path = snippet.group(1);
      List<String> quoted = significantLines(snippet.group(2));
      int line = lineOf(readme, snippet.start());
      checks.add(
          dynamicTest(
              "README.md:" + line + " quotes " + path,
              () -> {
                Path file = root.resolve(path);
                assertThat(file).as("the file README.md:%d quotes", line).isRegularFile();
                assertThat(significantLines(Files.readString(file)))
                    .as("%s, quoted at README.md:%d", path, line)
                    .containsSubsequence(quoted);
              }));
    }
    assertThat(checks).as("snippet markers in README.md").isNotEmpty();
    return checks.stream();
  }

  private static List<String> significantLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).lines().count() + 1;
  }

  private static Path repositoryRoot() {
    String root = System.getProperty("repository.root");
    return root != null && !root.isBlank() ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
  }
}
