/**
 * The xray4j command line ({@code java -jar xray-cli.jar}): re-send results files
 * ({@link io.github.xray4j.cli.PublishCommand}), create a Test Execution for CI shards
 * ({@link io.github.xray4j.cli.CreateExecutionCommand}) and check a configuration
 * ({@link io.github.xray4j.cli.CheckCommand}). Entry point: {@link io.github.xray4j.cli.XrayCli}.
 */
@NullMarked
package io.github.xray4j.cli;

import org.jspecify.annotations.NullMarked;
