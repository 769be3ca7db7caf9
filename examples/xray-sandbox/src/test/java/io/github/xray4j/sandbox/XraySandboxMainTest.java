package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.BASIC;
import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XraySandboxMainTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void starts_on_a_free_port_prints_url_and_credentials_and_answers() {
        // when
        try (XraySandbox sandbox = XraySandboxMain.start(new String[] {"--port", "0"}, out)) {

            // then
            String[] lines = output.toString(StandardCharsets.UTF_8).split("\\R");
            assertThat(lines).hasSize(3);
            assertThat(lines[0]).startsWith("Xray sandbox listening on " + sandbox.url() + " ");
            assertThat(lines[1]).contains("user sandbox password sandbox", "Personal Access Token sandbox-token");
            assertThat(lines[2]).contains("client id sandbox-client client secret sandbox-secret");
            assertThat(sandbox.url()).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
            var myself = new SandboxHttp(sandbox).get("/rest/api/2/myself", BASIC);
            assertThat(json(myself).path("name").asText()).isEqualTo("sandbox");
        }
    }

    @Test
    void prints_the_usage_for_help_and_starts_nothing() {
        assertThat(XraySandboxMain.start(new String[] {"--help"}, out)).isNull();
        assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo(XraySandboxMain.USAGE + System.lineSeparator());
    }

    @Test
    void rejects_an_unknown_argument_and_a_port_that_is_not_a_number() {
        assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--verbose"}, out))
                .hasMessage("Unknown argument: --verbose");
        assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--port", "eighty"}, out))
                .hasMessage("--port must be a number, not eighty");
        assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--seed"}, out))
                .hasMessage("--seed needs a value");
        assertThatThrownBy(() -> XraySandboxMain.start(new String[] {"--seed", "no-such-seed.json"}, out))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read the sandbox seed no-such-seed.json");
    }
}
