package io.github.xray4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.config.XrayConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests covering a requirement, linked by xray-core's real client: Jira's {@code Tests} issue link on Server/DC,
 * GraphQL's {@code addTestsToRequirement} (the requirement found among {@code getCoverableIssues}) on Cloud.
 */
class RequirementLinksTest extends SandboxTest {

  private XrayClient client(String flavour) {
    Map<String, String> credentials = flavour.equals("cloud")
        ? Map.of("xray.client-id", SandboxCredentials.CLIENT_ID,
            "xray.client-secret", SandboxCredentials.CLIENT_SECRET)
        : Map.of("xray.token", SandboxCredentials.PERSONAL_ACCESS_TOKEN);
    Map<String, String> config = new HashMap<>(credentials);
    config.put("xray.url", sandbox.url());
    config.put("xray.project-key", "CALC");
    return XrayClient.create(XrayConfig.of(config));
  }

  private List<String> requirementsOf(String testKey) {
    JsonNode test = StreamSupport.stream(http.state().path("tests").spliterator(), false)
        .filter(t -> t.path("key").asText().equals(testKey)).findFirst().orElseThrow();
    return StreamSupport.stream(test.path("requirementKeys").spliterator(), false).map(JsonNode::asText).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"server", "cloud"})
  void links_tests_to_a_requirement_once_however_often_asked(String flavour) {
    // given CALC-21, a Story, and the Tests CALC-5 and CALC-6, which cover nothing yet
    XrayClient client = client(flavour);

    // when
    client.linkTestsToRequirement("CALC-21", List.of("CALC-5", "CALC-6"));
    client.linkTestsToRequirement("CALC-21", List.of("CALC-5"));

    // then
    assertThat(requirementsOf("CALC-5")).containsExactly("CALC-21");
    assertThat(requirementsOf("CALC-6")).containsExactly("CALC-21");
  }

  @ParameterizedTest
  @ValueSource(strings = {"server", "cloud"})
  void refuses_a_requirement_that_does_not_exist(String flavour) {
    // given
    XrayClient client = client(flavour);

    // when / then
    assertThatThrownBy(() -> client.linkTestsToRequirement("CALC-999", List.of("CALC-5")))
        .isInstanceOf(XrayException.class);
    assertThat(requirementsOf("CALC-5")).isEmpty();
  }

  @Test
  void on_cloud_refuses_an_issue_that_is_not_a_requirement_naming_it() {
    // given CALC-24, a Test Plan: not among Xray Cloud's coverable issues
    XrayClient client = client("cloud");

    // when / then
    assertThatThrownBy(() -> client.linkTestsToRequirement("CALC-24", List.of("CALC-5")))
        .isInstanceOf(XrayException.class).hasMessageContaining("CALC-24");
    assertThat(requirementsOf("CALC-5")).isEmpty();
  }

  @Test
  void on_server_keeps_no_coverage_for_a_link_to_an_issue_that_is_not_a_requirement() {
    // given CALC-24, a Test Plan: Jira links any two issues, Xray counts no coverage for it
    XrayClient client = client("server");

    // when
    client.linkTestsToRequirement("CALC-24", List.of("CALC-5"));

    // then
    assertThat(requirementsOf("CALC-5")).isEmpty();
  }
}
