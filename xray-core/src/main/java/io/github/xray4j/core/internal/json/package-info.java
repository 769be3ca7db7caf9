/**
 * Not API. The Jackson code behind {@link io.github.xray4j.core.json.XrayJsonWriter} (a streaming generator
 * of the Xray JSON import document) and the reading of written documents back for re-sending.
 */
@NullMarked
package io.github.xray4j.core.internal.json;

import org.jspecify.annotations.NullMarked;
