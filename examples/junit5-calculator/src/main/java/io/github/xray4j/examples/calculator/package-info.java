/** The calculator the xray4j JUnit 5 example tests. */
package io.github.xray4j.examples.calculator;
