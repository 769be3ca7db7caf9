/**
 * The xray4j Maven plugin: goals {@code export-features}, {@code import-features} and {@code publish}, thin over
 * xray-core ({@link io.github.xray4j.core.features.FeatureSync} and the publisher), configured with the
 * {@code xray.*} keys. Reporting never fails the build unless {@code xray.fail-on-error=true}.
 */
@NullMarked
package io.github.xray4j.maven;

import org.jspecify.annotations.NullMarked;
