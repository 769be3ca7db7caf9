package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.model.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterEntriesTest {

  @Test
  void carries_names_and_values_in_order_through_a_report_entry_blank_values_included() {
    // given
    List<Parameter> parameters = List.of(
        new Parameter("b", "2"), new Parameter("a", ""), new Parameter("c", "  "), new Parameter("d", "\"\""));

    // when
    Map<String, String> entry = ParameterEntries.encode(parameters);

    // then
    assertThat(entry.values()).allSatisfy(value -> assertThat(value).isNotBlank());
    assertThat(ParameterEntries.decode(entry)).containsExactlyElementsOf(parameters);
  }

  @Test
  void leaves_other_report_entries_alone() {
    // when
    List<Parameter> parameters = ParameterEntries.decode(Map.of("browser", "firefox"));

    // then
    assertThat(parameters).isEmpty();
    assertThat(ParameterEntries.isParameterKey("browser")).isFalse();
    assertThat(ParameterEntries.isParameterKey("xray.parameter.a")).isTrue();
  }

  @Test
  void formats_arrays_by_their_elements() {
    assertThat(ParameterEntries.format(new int[] {1, 2})).isEqualTo("[1, 2]");
    assertThat(ParameterEntries.format(new String[][] {{"a"}, {"b", "c"}})).isEqualTo("[[a], [b, c]]");
    assertThat(ParameterEntries.format(null)).isEqualTo("null");
  }
}
