/**
 * The sandbox's insides, not API: the in-memory store, the readers of the Xray JSON and Cucumber JSON import
 * documents (with Xray's validations and 400 messages), and the HTTP routes.
 */
@NullMarked
package io.github.xray4j.sandbox.internal;

import org.jspecify.annotations.NullMarked;
