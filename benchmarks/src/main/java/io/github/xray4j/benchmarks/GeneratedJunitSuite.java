package io.github.xray4j.benchmarks;

import io.github.xray4j.junit5.XrayTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A generated JUnit Jupiter suite of trivial tests, each with its own {@code @XrayTest} key
 * ({@code BENCH-1}, {@code BENCH-2}, ...), compiled at run time with {@link JavaCompiler} and loaded by its
 * own class loader. The first {@code n} tests of the suite are the first {@code n / testsPerClass} classes.
 * An unannotated suite (the same tests without {@code @XrayTest}) is the "no xray4j at all" baseline; a suite
 * annotated with Xray's own {@code app.getxray.xray.junit.customjunitxml.annotations.XrayTest(key = ...)} is what
 * Xray's route ({@code xray-junit-extensions}) runs.
 */
final class GeneratedJunitSuite implements AutoCloseable {

  static final String PROJECT = "BENCH";

  /** How each test is annotated, and the package its suite is generated in. */
  enum Annotation {
    NONE("bench.plain", ""),
    XRAY4J("bench.junit", "@" + XrayTest.class.getName() + "(\"" + PROJECT + "-%d\") "),
    XRAY_JUNIT_EXTENSIONS("bench.xje", "@" + app.getxray.xray.junit.customjunitxml.annotations.XrayTest.class.getName()
        + "(key = \"" + PROJECT + "-%d\") ");

    final String packageName;
    final String format;

    Annotation(String packageName, String format) {
      this.packageName = packageName;
      this.format = format;
    }
  }

  private final List<String> classNames;
  private final int testsPerClass;
  private final URLClassLoader loader;

  private GeneratedJunitSuite(List<String> classNames, int testsPerClass, URLClassLoader loader) {
    this.classNames = classNames;
    this.testsPerClass = testsPerClass;
    this.loader = loader;
  }

  /**
   * Generates and compiles {@code tests} tests in classes of {@code testsPerClass} under {@code dir}, each
   * annotated with its own key as {@code annotated} says.
   */
  static GeneratedJunitSuite compile(Path dir, int tests, int testsPerClass, Annotation annotated) throws IOException {
    String packageName = annotated.packageName;
    Path sources = Files.createDirectories(dir.resolve("src").resolve(packageName.replace('.', '/')));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> names = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < tests / testsPerClass; c++) {
      String simpleName = String.format(Locale.ROOT, "Generated%05dTest", c);
      Path file = sources.resolve(simpleName + ".java");
      Files.writeString(
          file, source(packageName, simpleName, c * testsPerClass, testsPerClass, annotated), StandardCharsets.UTF_8);
      names.add(packageName + "." + simpleName);
      files.add(file);
    }
    javac(files, classes);
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedJunitSuite.class.getClassLoader());
    return new GeneratedJunitSuite(names, testsPerClass, loader);
  }

  private static String source(String packageName, String simpleName, int first, int count, Annotation annotated) {
    StringBuilder s = new StringBuilder(128 + count * 96);
    s.append("package ").append(packageName).append(";\n\n")
        .append("import ").append(Test.class.getName()).append(";\n\n")
        .append("class ").append(simpleName).append(" {\n");
    for (int i = first + 1; i <= first + count; i++) {
      s.append("  @Test ");
      s.append(String.format(Locale.ROOT, annotated.format, i));
      s.append("void test").append(i).append("() {}\n");
    }
    return s.append("}\n").toString();
  }

  private static void javac(List<Path> files, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler: run the benchmarks on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("-d", classes.toString(), "-classpath", classpathOf(Test.class, XrayTest.class, app.getxray.xray.junit.customjunitxml.annotations.XrayTest.class),
              "-proc:none", "-g:none", "-nowarn", "-implicit:none");
      boolean ok =
          compiler
              .getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      if (!ok) {
        throw new IllegalStateException(
            "the generated suite does not compile: "
                + diagnostics.getDiagnostics().stream()
                    .limit(5)
                    .map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("; ")));
      }
    }
  }

  /** The jars or directories the given classes come from (one entry when run from the shaded jar). */
  private static String classpathOf(Class<?>... types) {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : types) {
      try {
        entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** The classes holding the first {@code tests} tests. */
  List<Class<?>> classes(int tests) {
    if (tests % testsPerClass != 0 || tests / testsPerClass > classNames.size()) {
      throw new IllegalArgumentException("the suite has no " + tests + " tests in whole classes");
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : classNames.subList(0, tests / testsPerClass)) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("generated class " + name + " was not compiled", e);
      }
    }
    return classes;
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
