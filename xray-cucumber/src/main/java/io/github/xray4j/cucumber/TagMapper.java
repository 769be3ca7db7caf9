package io.github.xray4j.cucumber;

import static java.util.Comparator.comparingInt;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.model.IssueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Xray keys out of a scenario's tags (which Cucumber already inherits from the Feature, the Rule
 * and the Examples).
 *
 * <ul>
 *   <li>{@code @TEST_CALC-1880} (a Test tag prefix from {@code xray.cucumber.test-tag-prefixes}) and a bare
 *       {@code @CALC-1880} name a Test;
 *   <li>{@code @REQ_CALC-9} (a prefix from {@code xray.cucumber.requirement-tag-prefixes}) names a
 *       requirement;
 *   <li>a tag with one of those prefixes but no valid issue key after it is malformed;
 *   <li>every other tag ({@code @smoke}, {@code @wip}) is none of Xray's business.
 * </ul>
 *
 * <p>The longest matching prefix wins, so prefixes may overlap.
 */
final class TagMapper {

  /** A Jira issue key: project key (upper case letter, then upper case letters, digits, _), dash, number. */
  private final List<String> testPrefixes;
  private final List<String> requirementPrefixes;

  TagMapper(List<String> testPrefixes, List<String> requirementPrefixes) {
    this.testPrefixes = longestFirst(testPrefixes);
    this.requirementPrefixes = longestFirst(requirementPrefixes);
  }

  static TagMapper from(XrayConfig config) {
    return new TagMapper(
        config.list(XrayKey.CUCUMBER_TEST_TAG_PREFIXES), config.list(XrayKey.CUCUMBER_REQUIREMENT_TAG_PREFIXES));
  }

  /**
   * The Xray keys in these tags.
   *
   * @param tags the tags as Cucumber gives them, with or without the leading {@code @}
   */
  ScenarioTags map(Collection<String> tags) {
    Set<String> testKeys = new LinkedHashSet<>();
    Set<String> requirementKeys = new LinkedHashSet<>();
    Set<String> malformedTests = new LinkedHashSet<>();
    Set<String> malformedRequirements = new LinkedHashSet<>();
    for (String tag : tags) {
      String name = tag.startsWith("@") ? tag.substring(1) : tag;
      String requirementPrefix = prefixOf(name, requirementPrefixes);
      String testPrefix = prefixOf(name, testPrefixes);
      if (requirementPrefix != null && (testPrefix == null || requirementPrefix.length() >= testPrefix.length())) {
        collect(name, requirementPrefix, requirementKeys, malformedRequirements);
      } else if (testPrefix != null) {
        collect(name, testPrefix, testKeys, malformedTests);
      } else if (IssueKey.isValid(name)) {
        testKeys.add(name);
      }
    }
    return new ScenarioTags(List.copyOf(testKeys), List.copyOf(requirementKeys), List.copyOf(malformedTests),
        List.copyOf(malformedRequirements));
  }

  private static void collect(String name, String prefix, Set<String> keys, Set<String> malformed) {
    String key = name.substring(prefix.length());
    if (IssueKey.isValid(key)) {
      keys.add(key);
    } else {
      malformed.add("@" + name);
    }
  }

  private static @Nullable String prefixOf(String name, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  private static List<String> longestFirst(List<String> prefixes) {
    List<String> sorted = new ArrayList<>();
    for (String prefix : prefixes) {
      String trimmed = prefix.startsWith("@") ? prefix.substring(1) : prefix;
      if (!trimmed.isEmpty()) {
        sorted.add(trimmed);
      }
    }
    sorted.sort(comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }

  /**
   * The Xray keys of one scenario.
   *
   * @param testKeys the Tests the scenario reports to, in tag order, without duplicates
   * @param requirementKeys the requirements it covers
   * @param malformedTests tags with a Test prefix but no valid issue key after it, with their {@code @}
   * @param malformedRequirements tags with a requirement prefix but no valid issue key after it
   */
  record ScenarioTags(
      List<String> testKeys, List<String> requirementKeys, List<String> malformedTests,
      List<String> malformedRequirements) {
    ScenarioTags {
      testKeys = List.copyOf(testKeys);
      requirementKeys = List.copyOf(requirementKeys);
      malformedTests = List.copyOf(malformedTests);
      malformedRequirements = List.copyOf(malformedRequirements);
    }

    /** Every malformed tag. */
    List<String> malformed() {
      List<String> all = new ArrayList<>(malformedTests);
      all.addAll(malformedRequirements);
      return List.copyOf(all);
    }

    /**
     * Whether the scenario is meant to report to a Test it does not name correctly: it is then not provisioned
     * as a new Test either.
     */
    boolean untagged() {
      return testKeys.isEmpty() && malformedTests.isEmpty();
    }
  }
}
