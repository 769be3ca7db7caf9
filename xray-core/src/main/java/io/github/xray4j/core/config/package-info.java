/**
 * Configuration: the registry of keys ({@link io.github.xray4j.core.config.XrayKey}), the immutable
 * {@link io.github.xray4j.core.config.XrayConfig} and the one place that reads its sources
 * ({@link io.github.xray4j.core.config.ConfigLoader}).
 */
@NullMarked
package io.github.xray4j.core.config;

import org.jspecify.annotations.NullMarked;
