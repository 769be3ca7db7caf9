package io.github.xray4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderOverridesTest {

  @Test
  void overrides_win_over_system_properties_and_the_environment_and_are_named_in_messages() {
    // given
    ConfigLoader loader = XrayConfig.loader()
        .systemProperties(Map.of("xray.test-execution-key", "CALC-1"))
        .environment(Map.of("XRAY_TEST_EXECUTION_KEY", "CALC-2", "XRAY_PROJECT_KEY", "CALC"))
        .overrides("command-line option", Map.of("xray.test-execution-key", "CALC-3"));
    // when
    XrayConfig config = loader.load();
    // then
    assertThat(config.testExecutionKey()).contains("CALC-3");
    assertThat(config.projectKey()).contains("CALC");
    assertThat(config.sourceOf(XrayKey.TEST_EXECUTION_KEY)).isEqualTo("command-line option xray.test-execution-key");
    assertThatThrownBy(() -> XrayConfig.loader().systemProperties(Map.of()).environment(Map.of())
            .overrides("command-line option", Map.of("xray.test-plan-key", "nope")).load())
        .isInstanceOf(XrayConfigException.class)
        .hasMessageContaining("xray.test-plan-key='nope' (from command-line option xray.test-plan-key)");
  }

  @Test
  void join_forks_is_on_by_default_and_validated() {
    assertThat(XrayConfig.of(Map.of()).joinForks()).isTrue();
    assertThat(XrayConfig.of(Map.of("xray.join-forks", "false")).joinForks()).isFalse();
    assertThat(XrayConfig.of(Map.of("xray.build-id", "run-7")).buildId()).contains("run-7");
    assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.join-forks", "maybe")))
        .hasMessageContaining("xray.join-forks='maybe'");
  }
}
