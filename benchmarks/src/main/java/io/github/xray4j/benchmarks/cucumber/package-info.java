/**
 * Glue for the generated Cucumber suite: one trivial step definition. Kept in its own package so that
 * Cucumber's glue scan finds nothing else.
 */
@NullMarked
package io.github.xray4j.benchmarks.cucumber;

import org.jspecify.annotations.NullMarked;
