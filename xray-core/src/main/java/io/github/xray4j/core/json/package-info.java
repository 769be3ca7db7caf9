/**
 * The Xray JSON import document: {@link io.github.xray4j.core.json.XrayJsonWriter} turns an
 * {@link io.github.xray4j.core.model.ExecutionResults} into the document Xray Server/DC or Cloud imports.
 */
@NullMarked
package io.github.xray4j.core.json;

import org.jspecify.annotations.NullMarked;
