/**
 * Publishes JUnit Platform results to Xray: annotate tests with {@link io.github.xray4j.junit5.XrayTest} (and
 * optionally {@link io.github.xray4j.junit5.Requirement}), put {@code xray-junit5} on the test classpath, and
 * configure {@code xray.url} and credentials (see {@link io.github.xray4j.core.config.XrayKey}). The listeners
 * ({@link io.github.xray4j.junit5.XrayTestExecutionListener} and
 * {@link io.github.xray4j.junit5.XrayLauncherSessionListener}) register themselves through
 * {@link java.util.ServiceLoader}; they map JUnit events to {@link io.github.xray4j.core.model.TestResult}s and
 * hand them to {@link io.github.xray4j.core.publish.XrayReporter}, which publishes once per launcher session.
 *
 * <p>Only {@code XrayTest}, {@code Requirement} and the two listener classes are API; everything else in this
 * package is package-private.
 */
@NullMarked
package io.github.xray4j.junit5;

import org.jspecify.annotations.NullMarked;
