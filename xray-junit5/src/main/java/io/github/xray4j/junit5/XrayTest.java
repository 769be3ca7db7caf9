package io.github.xray4j.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Xray Test this JUnit test reports to: its result becomes a Test Run of that Test in the run's Test
 * Execution.
 *
 * <pre>{@code
 * @Test
 * @XrayTest("CALC-1880")
 * void adds_two_numbers() { ... }
 *
 * @ParameterizedTest                 // one Test Run, one iteration per invocation,
 * @XrayTest("CALC-1881")             // with the parameter names and values
 * @CsvSource({"1, 2, 3", "2, 3, 5"})
 * void adds(int a, int b, int sum) { ... }
 *
 * @XrayTest("CALC-1900")             // on a class: one Test, one iteration per test method
 * class CheckoutTest { ... }
 * }</pre>
 *
 * <p>On a method, every invocation of it ({@code @ParameterizedTest}, {@code @RepeatedTest}, the dynamic tests of
 * a {@code @TestFactory}) is one iteration of one Test Run, named by its display name; the run fails if any
 * iteration failed. On a class, every test in the class (including {@code @Nested} classes) is an iteration of
 * that Test, unless it carries its own {@code @XrayTest}.
 *
 * <pre>{@code
 * @Test
 * @XrayTest(summary = "Checkout with an expired card", labels = {"checkout"})   // no key: Xray creates the Test
 * void rejects_an_expired_card() { ... }
 * }</pre>
 *
 * <p>A test may declare an {@link XrayTestRun} parameter to add a comment, evidence, custom fields and defects to
 * its run.
 *
 * <p>The key must look like a Jira issue key ({@code CALC-1880}: upper-case project key, dash, number). A
 * malformed key is reported once when the tests are discovered, and that test's result is not sent.
 *
 * <p>The annotation registers a Jupiter extension that records the arguments of parameterized invocations
 * (their names come from {@code -parameters}, else from the class file's debug information, which javac writes
 * by default in Maven and Gradle; with neither they are {@code arg0}, {@code arg1}, ... and one warning says so).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith({ParameterCapture.class, XrayTestRunResolver.class})
public @interface XrayTest {

  /**
   * The key of the Xray Test issue, such as {@code CALC-1880}. Empty: the test is reported by its definition
   * ({@code fully.qualified.Class.method}) into {@code xray.project-key}, where Xray finds the Generic Test with
   * that definition or creates it, as {@code xray.report-unannotated=true} does for tests without the annotation.
   */
  String value() default "";

  /** The summary of the Test Xray creates for a test without a key; default: as Xray's JUnit import names it. */
  String summary() default "";

  /** Labels of the Test Xray creates for a test without a key, before its JUnit {@code @Tag}s. */
  String[] labels() default {};
}
