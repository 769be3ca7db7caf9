/**
 * The xray4j benchmark harness: measures what the reporters cost a test run, side by side with the
 * alternatives in the same JVM run, and prints one {@code name=value} line per figure plus a table.
 * Entry point: {@link io.github.xray4j.benchmarks.Benchmarks}. Not published.
 */
@NullMarked
package io.github.xray4j.benchmarks;

import org.jspecify.annotations.NullMarked;
