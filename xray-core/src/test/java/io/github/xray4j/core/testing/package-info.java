/**
 * Test fixtures shared by the tests of every module, published as xray-core's test-jar (test scope only, never
 * on a user's classpath).
 */
@NullMarked
package io.github.xray4j.core.testing;

import org.jspecify.annotations.NullMarked;
