package io.github.xray4j.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * How big and how often: the sizes of the generated suites and the number of measured repeats.
 *
 * @param junitSizes the JUnit suite sizes (tests); the second one is the size the targets are judged at
 * @param junitTestsPerClass test methods per generated class (every size must be a multiple)
 * @param junitRepeats measured runs of each JUnit variant, one count per size
 * @param warmups unmeasured runs of each variant before the measured ones
 * @param serializationResults results in the serialized document
 * @param serializationRepeats measured writes of each writer
 * @param memoryResults results collected for the retained-heap measurement
 * @param evidenceFiles evidence files in the big-evidence run
 * @param evidenceFileBytes the size of each evidence file
 * @param evidenceHeap the child JVM's maximum heap ({@code -Xmx} value)
 * @param scalingSizes result counts of the scaling runs; first and last are compared
 * @param scalingRepeats measured runs at each scaling size
 * @param cucumberScenarios generated scenarios
 * @param cucumberRepeats measured runs of each Cucumber variant
 * @param sections which sections to run (all of {@link #SECTIONS} by default)
 */
record Settings(
    List<Integer> junitSizes,
    int junitTestsPerClass,
    List<Integer> junitRepeats,
    int warmups,
    int serializationResults,
    int serializationRepeats,
    int memoryResults,
    int evidenceFiles,
    long evidenceFileBytes,
    String evidenceHeap,
    List<Integer> scalingSizes,
    int scalingRepeats,
    int cucumberScenarios,
    int cucumberRepeats,
    Set<String> sections) {

  /** The sections, in the order they run. */
  static final List<String> SECTIONS = List.of("junit", "serialization", "memory", "scaling", "cucumber");

  Settings {
    junitSizes = List.copyOf(junitSizes);
    junitRepeats = List.copyOf(junitRepeats);
    scalingSizes = List.copyOf(scalingSizes);
    sections = Set.copyOf(sections);
    requireNonNull(evidenceHeap, "evidenceHeap");
    if (junitRepeats.size() != junitSizes.size()) {
      throw new IllegalArgumentException("need one JUnit repeat count per size");
    }
    if (junitSizes.size() < 2 || scalingSizes.size() < 2) {
      throw new IllegalArgumentException("need at least two JUnit sizes and two scaling sizes");
    }
    for (int size : junitSizes) {
      if (size % junitTestsPerClass != 0) {
        throw new IllegalArgumentException(
            "JUnit size " + size + " is not a multiple of " + junitTestsPerClass + " tests per class");
      }
    }
    if (!SECTIONS.containsAll(sections)) {
      throw new IllegalArgumentException("unknown section in " + sections + "; known: " + SECTIONS);
    }
  }

  /** The full run the README's figures come from (about 3 minutes on 2 cores). */
  static Settings full() {
    return new Settings(
        List.of(1_000, 10_000, 50_000), 100, List.of(7, 7, 3), 2,
        100_000, 15,
        100_000,
        100, 5L * 1024 * 1024, "256m",
        List.of(1_000, 10_000, 50_000, 100_000), 5,
        2_000, 7,
        Set.copyOf(SECTIONS));
  }

  /** Tiny sizes, one repeat: checks that everything runs and every figure is printed. */
  static Settings smoke() {
    return new Settings(
        List.of(20, 40, 60), 10, List.of(1, 1, 1), 0,
        200, 1,
        500,
        2, 512L * 1024, "256m",
        List.of(20, 40, 60, 80), 1,
        10, 1,
        Set.copyOf(SECTIONS));
  }

  Settings onlySections(Set<String> only) {
    return new Settings(
        junitSizes, junitTestsPerClass, junitRepeats, warmups, serializationResults, serializationRepeats,
        memoryResults, evidenceFiles, evidenceFileBytes, evidenceHeap, scalingSizes, scalingRepeats,
        cucumberScenarios, cucumberRepeats, only);
  }

  /** Measured runs of each JUnit variant at {@code size}. */
  int junitRepeatsAt(int size) {
    return junitRepeats.get(junitSizes.indexOf(size));
  }

  /** The JUnit size the targets are judged at (10,000 in the full run). */
  int junitTargetSize() {
    return junitSizes.get(1);
  }

  boolean runs(String section) {
    return sections.contains(section);
  }
}
