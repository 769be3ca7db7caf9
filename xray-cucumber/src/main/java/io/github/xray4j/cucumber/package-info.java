/**
 * The Cucumber-JVM adapter: {@link io.github.xray4j.cucumber.XrayPlugin} maps every tagged scenario of a run
 * to an Xray Test Run and hands the results to xray-core, which publishes them at the end of the run.
 *
 * <p>Register it with {@code cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin}. Everything else in this
 * package is package-private mapping: {@code TagMapper} (tags to Test and requirement keys),
 * {@code StatusMapper}, {@code GherkinIndex} (outline rows and scenario text), {@code CommentRenderer} and
 * {@code ResultAssembler} (scenarios to {@link io.github.xray4j.core.model.TestResult}s).
 */
@NullMarked
package io.github.xray4j.cucumber;

import org.jspecify.annotations.NullMarked;
