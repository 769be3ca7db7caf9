package io.github.xray4j.junit5;

import java.nio.file.Path;

/**
 * The Test Run a running test reports to, for what JUnit itself has no words for: a comment, evidence, Test Run
 * custom fields and defects. Declare it as a parameter of a test under {@link XrayTest}; JUnit hands it over.
 *
 * <pre>{@code
 * @Test
 * @XrayTest("CALC-1880")
 * void checks_out(XrayTestRun run) {
 *   run.comment("paid with the test card");
 *   run.evidence("receipt.json", "application/json", receipt.getBytes(UTF_8));
 *   run.customField("customfield_10100", "chrome 126");   // Server/DC: the field id; Cloud: also its name
 *   run.defect("CALC-9");                                 // a known bug this run shows
 * }
 * }</pre>
 *
 * <p>Thread-safe: call it from the test's thread or any thread the test started, while the test runs; what is
 * told after the test finished is not reported. Each call travels to the listener as a JUnit report entry (keys
 * {@code xray.run.*}), which other reporters may show too. Evidence given as bytes is written to a temporary file
 * first (deleted when the JVM exits) and attached like {@code TestReporter.publishFile}, with the same
 * {@code xray.evidence-max-size} limit.
 */
public interface XrayTestRun {

  /** Adds a paragraph to the run's comment (Jira wiki markup). */
  XrayTestRun comment(String text);

  /** Attaches a file as evidence; its content type is guessed from its name. */
  XrayTestRun evidence(Path file);

  /** Attaches these bytes as evidence named {@code filename}, of {@code contentType} such as {@code image/png}. */
  XrayTestRun evidence(String filename, String contentType, byte[] data);

  /** Sets a Test Run custom field: on Server/DC by its id ({@code customfield_10100}), on Cloud by id or name. */
  XrayTestRun customField(String idOrName, String value);

  /** Links a defect (a Jira issue key such as {@code CALC-9}) to the run. */
  XrayTestRun defect(String issueKey);
}
