package io.github.xray4j.core.model;

/** The kind of Xray Test to provision when a result carries {@link TestInfo} instead of a key. */
public enum TestType {
  /** An automated test identified by its {@link TestInfo#definition() definition}. */
  GENERIC("Generic"),
  /** A manual test with steps. */
  MANUAL("Manual"),
  /** A Cucumber scenario. */
  CUCUMBER("Cucumber");

  private final String xrayName;

  TestType(String xrayName) {
    this.xrayName = xrayName;
  }

  /** The name Xray uses in the import document ({@code "Generic"}). */
  public String xrayName() {
    return xrayName;
  }
}
