/**
 * Not API. How the JVMs of one build (Surefire/Failsafe forks, Gradle test workers) agree on one Test
 * Execution through a lock file and a key file in the output directory: see
 * {@link io.github.xray4j.core.internal.forks.ExecutionKeyCoordinator}.
 */
@NullMarked
package io.github.xray4j.core.internal.forks;

import org.jspecify.annotations.NullMarked;
