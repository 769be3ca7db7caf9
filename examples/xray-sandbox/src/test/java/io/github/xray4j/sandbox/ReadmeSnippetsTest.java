package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's seed example is a seed the sandbox accepts, and behaves as the README says. */
class ReadmeSnippetsTest {

  @Test
  void the_readme_seed_example_starts_a_sandbox_with_its_custom_status_and_issues(@TempDir Path dir) throws Exception {
    // given the ```json block of README.md
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a ```json seed example").isTrue();
    Path seed = Files.writeString(dir.resolve("seed.json"), block.group(1));

    // when
    try (XraySandbox sandbox = XraySandbox.builder().seed(seed).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      var imported = http.post("/rest/raven/2.0/import/execution", BASIC, """
          {"testExecutionKey": "DEMO-4", "info": {"testPlanKey": "DEMO-3"},
           "tests": [{"testKey": "DEMO-1", "status": "SKIPPED"}]}""");

      // then
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      var state = http.state();
      assertThat(state.path("testExecutions").get(0).path("runs").get(0).path("status").asText()).isEqualTo("SKIPPED");
      assertThat(state.path("testPlans").get(0).path("testExecutions")).isEqualTo(json("[\"DEMO-4\"]"));
      assertThat(state.path("otherIssues").findValuesAsText("issuetype")).containsExactly("Story");
    }
  }
}
