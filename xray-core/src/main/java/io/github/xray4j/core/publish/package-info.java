/**
 * Publishing a run to Xray. {@link io.github.xray4j.core.publish.XrayReporter} is what the JUnit and Cucumber
 * adapters call: they {@code add} results as tests finish and {@code finish()} once at the end.
 * {@link io.github.xray4j.core.publish.Publisher} writes the import documents to the output directory, sends
 * them and reports a {@link io.github.xray4j.core.publish.PublishOutcome}; the CLI uses it to re-send files.
 */
@NullMarked
package io.github.xray4j.core.publish;

import org.jspecify.annotations.NullMarked;
