package io.github.xray4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every number a key takes is range-checked: a value out of range is refused with a message, never overflowed. */
class ValueRangesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xray.evidence-max-size  | 99999999999999999999 | a size from 0B to 2GB",
        "xray.evidence-max-size  | 9999999999GB         | a size from 0B to 2GB",
        "xray.evidence-max-size  | 3GB                  | a size from 0B to 2GB",
        "xray.max-request-size   | 0                    | a size from 1B to 2GB",
        "xray.max-request-size   | 9223372036854775807KB | a size from 1B to 2GB",
        "xray.timeout            | 600h                 | a positive duration up to 24h",
        "xray.timeout            | 99999999999999999999 | a positive duration up to 24h",
        "xray.timeout            | PT100000H            | a positive duration up to 24h",
        "xray.publish-timeout    | 9223372036854775807m | a positive duration up to 24h",
        "xray.live-interval      | 25h                  | 0 or a positive duration up to 24h",
        "xray.batch-size         | 99999999999999999999 | a whole number from 1 to 100000",
        "xray.max-retries        | 21                   | a whole number from 0 to 20",
        "xray.publish-concurrency | 17                  | a whole number from 1 to 16",
        "xray.proxy              | proxy:99999999999    | with a port from 1 to 65535",
        "xray.proxy              | proxy:0              | with a port from 1 to 65535"
      })
  void a_number_out_of_range_is_refused_with_the_range(String key, String value, String expected) {
    // when / then
    assertThatThrownBy(() -> XrayConfig.of(Map.of(key, value)))
        .isInstanceOf(XrayConfigException.class)
        .hasMessageStartingWith(key + "='" + value + "'")
        .hasMessageContaining(expected);
  }

  @Test
  void the_largest_values_in_range_are_taken_exactly() {
    // when
    XrayConfig config = XrayConfig.of(Map.of("xray.timeout", "24h", "xray.evidence-max-size", "2GB",
        "xray.max-request-size", "2048MB", "xray.live-interval", "0"));
    // then
    assertThat(config.timeout()).isEqualTo(Duration.ofHours(24));
    assertThat(config.evidenceMaxSize()).isEqualTo(2L * 1024 * 1024 * 1024);
    assertThat(config.maxRequestSize()).isEqualTo(2L * 1024 * 1024 * 1024);
    assertThat(config.liveInterval()).isZero();
  }

  @Test
  void the_longest_timeout_fits_feigns_int_milliseconds() {
    // given
    XrayConfig config = XrayConfig.of(Map.of("xray.timeout", "24h"));
    // when
    long millis = config.get(XrayKey.TIMEOUT).toMillis();
    // then
    assertThat(millis).isLessThanOrEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void an_adapter_key_is_validated_with_the_configuration_in_the_same_words() {
    // when / then
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.cucumber.outline-results", "rows")))
        .isInstanceOf(XrayConfigException.class)
        .hasMessage("xray.cucumber.outline-results='rows' (from xray.cucumber.outline-results) is not valid: expected"
            + " one of auto, examples, iterations. Fix it, or remove it to use the default (auto).");
  }

  @Test
  void an_adapter_key_reads_as_its_type() {
    // when
    XrayConfig config = XrayConfig.of(Map.of("xray.cucumber.outline-results", "Iterations"));
    // then
    assertThat(config.get(XrayKey.CUCUMBER_OUTLINE_RESULTS)).isEqualTo(OutlineResults.ITERATIONS);
    assertThat(XrayConfig.of(Map.of()).get(XrayKey.CUCUMBER_OUTLINE_RESULTS)).isEqualTo(OutlineResults.AUTO);
  }
}
