/**
 * Not API. The HTTP layer behind {@link io.github.xray4j.core.client.XrayClient}: Feign interfaces, wire
 * DTOs, the encoder and decoders, the retry policy, authentication and the Cloud token cache. Nothing here
 * depends on the public client package; failures leave as {@link io.github.xray4j.core.internal.http.HttpFailure}
 * and the facade turns them into public exceptions.
 */
@NullMarked
package io.github.xray4j.core.internal.http;

import org.jspecify.annotations.NullMarked;
