package io.github.xray4j.junit5;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test under {@link XrayTest} its {@link XrayTestRun}: each call becomes a report entry of the test
 * ({@link RunEntries}), which the listener adds to the test's run. Registered by {@link XrayTest}.
 */
final class XrayTestRunResolver implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == XrayTestRun.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return new Run(extension);
  }

  /** Publishes through the test's extension context, which JUnit lets any thread use while the test runs. */
  private record Run(ExtensionContext context) implements XrayTestRun {

    @Override
    public XrayTestRun comment(String text) {
      return publish(Map.of(RunEntries.COMMENT, requireNonNull(text, "text")));
    }

    @Override
    public XrayTestRun evidence(Path file) {
      return publish(Map.of(RunEntries.EVIDENCE, file.toAbsolutePath().toString()));
    }

    @Override
    public XrayTestRun evidence(String filename, String contentType, byte[] data) {
      requireNonNull(contentType, "contentType");
      requireNonNull(data, "data");
      Path file;
      try {
        Path directory = Files.createTempDirectory("xray4j-evidence-");
        file = Files.write(directory.resolve(Path.of(filename).getFileName().toString()), data);
        file.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException("Xray: cannot keep the evidence " + filename + " for the run: " + e.getMessage(),
            e);
      }
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put(RunEntries.EVIDENCE, file.toString());
      entry.put(RunEntries.EVIDENCE_TYPE, contentType);
      return publish(entry);
    }

    @Override
    public XrayTestRun customField(String idOrName, String value) {
      return publish(Map.of(RunEntries.FIELD + requireNonNull(idOrName, "idOrName"), requireNonNull(value, "value")));
    }

    @Override
    public XrayTestRun defect(String issueKey) {
      if (!IssueKeys.isValid(issueKey)) {
        throw new IllegalArgumentException("Xray: defect \"" + issueKey + "\" is not a Jira issue key (expected an"
            + " upper-case project key, a dash and a number, such as CALC-9)");
      }
      return publish(Map.of(RunEntries.DEFECT, issueKey));
    }

    private XrayTestRun publish(Map<String, String> entry) {
      context.publishReportEntry(entry);
      return this;
    }
  }
}
