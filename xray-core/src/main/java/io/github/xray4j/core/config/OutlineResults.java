package io.github.xray4j.core.config;

/** How the Cucumber plugin sends a Scenario Outline's rows: {@link XrayKey#CUCUMBER_OUTLINE_RESULTS}. */
public enum OutlineResults {
  /** Ask Xray Server/DC for the type of the Tests; examples on Cloud, in a dry run or when Xray cannot say. */
  AUTO,
  /** One status per row, for Cucumber Tests. */
  EXAMPLES,
  /** One iteration per row with its parameter names and values, for Generic Tests. */
  ITERATIONS
}
