package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.testing.LogCapture;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Parameter names of classes compiled without {@code -parameters}, as Maven and Gradle compile by default: a
 * fixture compiled here with {@code javax.tools.JavaCompiler}, with and without debug information, run through
 * the real Launcher, and the names Xray receives.
 */
class ParameterNamesTest extends XrayServerTest {

  private static final String FIXTURE = """
      package compiled;

      import io.github.xray4j.junit5.XrayTest;
      import org.junit.jupiter.api.TestInfo;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.CsvSource;

      public class NamesFixture {

        @ParameterizedTest
        @XrayTest("CALC-20")
        @CsvSource({"1, 10, 0.5, Ada", "2, 20, 1.5, Bob"})
        void converts(int count, long total, double ratio, String owner, TestInfo info) {
          long local = total * count;
        }

        public static String describe(long first, int second, double third, String fourth) {
          return first + "" + second + third + fourth;
        }
      }
      """;

  @TempDir
  Path classes;

  @Test
  void publishes_the_real_parameter_names_from_the_debug_information_of_a_class_compiled_without_parameters()
      throws Exception {
    // given
    Class<?> fixture = compile("-g:vars");

    try (LogCapture log = new LogCapture()) {
      // when
      FixtureRun.of(fixture).publishingTo(xray).execute();

      // then
      assertThat(parameterNamesPublished()).containsExactly(
          List.of("count", "total", "ratio", "owner"), List.of("count", "total", "ratio", "owner"));
      assertThat(log.messages()).noneMatch(message -> message.contains("parameter names"));
    }
  }

  @Test
  void warns_once_naming_the_fix_when_the_class_file_has_no_parameter_names() throws Exception {
    // given
    Class<?> fixture = compile("-g:none");

    try (LogCapture log = new LogCapture()) {
      // when
      FixtureRun.of(fixture).publishingTo(xray).execute();

      // then
      assertThat(parameterNamesPublished()).containsExactly(
          List.of("arg0", "arg1", "arg2", "arg3"), List.of("arg0", "arg1", "arg2", "arg3"));
      assertThat(log.messages()).filteredOn(message -> message.contains("has no parameter names")).singleElement()
          .asString()
          .startsWith("WARNING Xray: the class file of compiled.NamesFixture.converts(int, long, double, String,"
              + " TestInfo) has no parameter names")
          .contains("<maven.compiler.parameters>true</maven.compiler.parameters>");
    }
  }

  @Test
  void reads_the_names_of_a_static_method_whose_long_and_double_parameters_take_two_slots() throws Exception {
    // given
    Method describe = compile("-g:vars").getMethod("describe", long.class, int.class, double.class, String.class);

    // when / then
    assertThat(DebugParameterNames.of(describe)).contains(List.of("first", "second", "third", "fourth"));
  }

  @Test
  void has_no_names_for_a_method_compiled_without_debug_information() throws Exception {
    // given
    Method describe = compile("-g:none").getMethod("describe", long.class, int.class, double.class, String.class);

    // when / then
    assertThat(DebugParameterNames.of(describe)).isEmpty();
  }

  /** The fixture compiled with these options (never {@code -parameters}), loaded by a class loader of its own. */
  private Class<?> compile(String debugOption) throws IOException, URISyntaxException, ClassNotFoundException {
    Path source = Files.createDirectories(classes.resolve("src/compiled")).resolve("NamesFixture.java");
    Files.writeString(source, FIXTURE);
    Path out = Files.createDirectories(classes.resolve("out"));
    String classpath = Stream.of(XrayTest.class, ParameterizedTest.class, TestInfo.class,
            org.junit.jupiter.params.provider.CsvSource.class)
        .map(ParameterNamesTest::location).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-proc:none", debugOption, "-classpath", classpath,
        "-d", out.toString(), source.toString());
    assertThat(status).as("javac exit status").isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return Class.forName("compiled.NamesFixture", true, loader);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parameter names of every iteration Xray received, in order. */
  private List<List<String>> parameterNamesPublished() throws IOException {
    List<List<String>> names = new ArrayList<>();
    for (String body : xray.imports()) {
      for (JsonNode test : new ObjectMapper().readTree(body).path("tests")) {
        for (JsonNode iteration : test.path("iterations")) {
          List<String> iterationNames = new ArrayList<>();
          iteration.path("parameters").forEach(parameter -> iterationNames.add(parameter.path("name").asText()));
          names.add(iterationNames);
        }
      }
    }
    return names;
  }
}
