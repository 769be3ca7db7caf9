/**
 * The result model: immutable records for a finished run ({@link io.github.xray4j.core.model.ExecutionResults}),
 * its test results and their details. Independent of any JSON format.
 */
@NullMarked
package io.github.xray4j.core.model;

import org.jspecify.annotations.NullMarked;
