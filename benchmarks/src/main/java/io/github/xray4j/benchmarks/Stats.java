package io.github.xray4j.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Small statistics over repeated measurements. */
final class Stats {

  private Stats() {}

  /** The median; the mean of the two middle values for an even count. */
  static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
