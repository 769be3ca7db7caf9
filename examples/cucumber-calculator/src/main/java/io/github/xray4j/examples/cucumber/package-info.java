/** The calculator the xray4j Cucumber example describes in features. */
package io.github.xray4j.examples.cucumber;
