package io.github.xray4j.examples.cucumber;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the features in this package on the Cucumber JUnit Platform engine, so that {@code mvn test} runs
 * them. The settings, {@code cucumber.plugin=io.github.xray4j.cucumber.XrayPlugin} among them, are in
 * {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("io.github.xray4j.examples.cucumber")
public class RunCucumberTest {}
