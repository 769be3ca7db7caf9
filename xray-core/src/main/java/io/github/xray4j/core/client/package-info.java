/**
 * The Xray REST client: the {@link io.github.xray4j.core.client.XrayClient} facade, the records it answers
 * with and the {@link io.github.xray4j.core.client.XrayException} hierarchy. Feign, Jackson and the wire
 * format live in {@code io.github.xray4j.core.internal.http} and are not API.
 */
@NullMarked
package io.github.xray4j.core.client;

import org.jspecify.annotations.NullMarked;
