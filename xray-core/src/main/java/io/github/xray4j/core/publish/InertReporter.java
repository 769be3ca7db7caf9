package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.TestResult;

/** The reporter used when publishing is not configured: it keeps nothing and publishes nothing. */
final class InertReporter implements XrayReporter {

  static final InertReporter INSTANCE = new InertReporter();

  private static final PublishOutcome OFF =
      PublishOutcome.nothingToPublish("reporting to Xray is off (set xray.url and credentials, or xray.dry-run=true)");

  private InertReporter() {}

  @Override
  public boolean isActive() {
    return false;
  }

  @Override
  public void add(TestResult result) {
    requireNonNull(result, "result");
  }

  @Override
  public PublishOutcome finish() {
    return OFF;
  }

  @Override
  public String toString() {
    return "XrayReporter[inert]";
  }
}
