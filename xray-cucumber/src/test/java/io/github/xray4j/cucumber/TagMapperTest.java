package io.github.xray4j.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.cucumber.TagMapper.ScenarioTags;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag rules, one by one (the end-to-end tests run them through Cucumber). */
class TagMapperTest {

  private final TagMapper tags = new TagMapper(List.of("TEST_", "TestName:"), List.of("REQ_"));

  @Test
  void reads_test_keys_from_prefixed_and_bare_tags_in_order_without_repeats() {
    // when
    ScenarioTags mapped = tags.map(List.of("@TEST_CALC-1880", "@TestName:CALC-7", "@CALC-12", "@TEST_CALC-1880"));

    // then
    assertThat(mapped.testKeys()).containsExactly("CALC-1880", "CALC-7", "CALC-12");
    assertThat(mapped.malformed()).isEmpty();
  }

  @Test
  void reads_requirement_keys_apart_from_test_keys() {
    // when
    ScenarioTags mapped = tags.map(List.of("@REQ_CALC-9", "@TEST_CALC-1"));

    // then
    assertThat(mapped.requirementKeys()).containsExactly("CALC-9");
    assertThat(mapped.testKeys()).containsExactly("CALC-1");
  }

  @Test
  void calls_a_tag_malformed_only_when_it_carries_an_xray_prefix() {
    // when
    ScenarioTags mapped = tags.map(List.of("@TEST_calc-1", "@REQ_CALC-0", "@smoke", "@sprint-12", "@wip"));

    // then
    assertThat(mapped.malformedTests()).containsExactly("@TEST_calc-1");
    assertThat(mapped.malformedRequirements()).containsExactly("@REQ_CALC-0");
    assertThat(mapped.testKeys()).isEmpty();
    assertThat(mapped.untagged()).isFalse();
  }

  @Test
  void lets_the_longest_prefix_win_when_prefixes_overlap() {
    // given
    TagMapper overlapping = new TagMapper(List.of("X_"), List.of("X_REQ_"));

    // when
    ScenarioTags mapped = overlapping.map(List.of("@X_REQ_CALC-9", "@X_CALC-1"));

    // then
    assertThat(mapped.requirementKeys()).containsExactly("CALC-9");
    assertThat(mapped.testKeys()).containsExactly("CALC-1");
  }
}
