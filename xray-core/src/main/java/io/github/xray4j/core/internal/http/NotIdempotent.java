package io.github.xray4j.core.internal.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Feign method whose request creates something (a Test Execution, an issue). {@link XrayRetryer}
 * retries it only when the server surely did not process it: the connection was never made, 429 or 503.
 * A read timeout or a reset connection may mean the server did create it, so a retry could create a second.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotIdempotent {}
