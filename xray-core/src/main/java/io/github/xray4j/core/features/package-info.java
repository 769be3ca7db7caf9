/**
 * Cucumber features to and from Xray, on disk: {@link io.github.xray4j.core.features.FeatureSync} exports
 * Xray's {@code .feature} files into a directory (replacing the ones it wrote last time, never writing outside
 * it) and imports a directory, file or zip of them. The CLI's {@code features} commands and the Maven plugin's
 * goals are thin over it.
 */
@NullMarked
package io.github.xray4j.core.features;

import org.jspecify.annotations.NullMarked;
