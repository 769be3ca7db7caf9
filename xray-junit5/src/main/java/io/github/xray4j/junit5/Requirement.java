package io.github.xray4j.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requirements (Jira issue keys, such as {@code CALC-9}) a test covers. For a test with an {@link XrayTest}
 * key, that Test is linked to them once the run is published (once per run); for a test reported without a key
 * ({@code xray.report-unannotated=true}) Xray links them when it provisions the Test. A key that Xray does not
 * know, or that is not a requirement, gets one warning. On a class, the keys apply to every test in it; a
 * method's keys are added to its class's.
 *
 * <pre>{@code
 * @Test
 * @Requirement({"CALC-9", "CALC-10"})
 * void rejects_an_expired_card() { ... }
 * }</pre>
 *
 * <p>A malformed key is reported once when the tests are discovered and left out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
public @interface Requirement {

  /** Requirement issue keys, such as {@code CALC-9}. */
  String[] value();
}
