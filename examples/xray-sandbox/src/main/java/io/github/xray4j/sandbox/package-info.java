/**
 * A small stateful stand-in for Xray Server/Data Center and Xray Cloud on loopback, for the examples, the
 * end-to-end tests and for rehearsing a pipeline offline: {@link io.github.xray4j.sandbox.XraySandbox}
 * (start it from Java), {@link io.github.xray4j.sandbox.XraySandboxMain} (start it as
 * {@code java -jar xray-sandbox.jar}), {@link io.github.xray4j.sandbox.SandboxCredentials} (the fixed demo
 * credentials it accepts) and {@link io.github.xray4j.sandbox.SandboxReport} (the table of what it received).
 */
@NullMarked
package io.github.xray4j.sandbox;

import org.jspecify.annotations.NullMarked;
