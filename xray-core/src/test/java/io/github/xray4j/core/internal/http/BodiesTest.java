package io.github.xray4j.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading Xray's error bodies, whatever their shape. */
class BodiesTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private String message(String body) {
    return Bodies.message(mapper, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_xrays_error_jiras_error_messages_and_errors_arrays_and_plain_text() {
    assertThat(message("{\"error\":\"There are no valid tests imported\"}")).isEqualTo("There are no valid tests imported");
    assertThat(message("{\"errorMessages\":[\"a\",\"b\"],\"errors\":{\"summary\":\"required\"}}"))
        .isEqualTo("a; b; summary: required");
    assertThat(message("[\"Issue CALC-9 does not exist\"]")).isEqualTo("Issue CALC-9 does not exist");
    assertThat(message("Xray license is not active")).isEqualTo("Xray license is not active");
    assertThat(message("  ")).isNull();
    assertThat(message("<html><body>login</body></html>")).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Test with key CALC-9 was not found!|CALC-9",
      "CALC-7 is not a requirement issue or is not a valid issue key.|CALC-7",
      "Test with key CALC-9 was not found!; Test with key CALC-10 was not found!|CALC-9,CALC-10",
      "Issue CALC-404 does not exist or you do not have permission to see it.|CALC-404",
      "Error assembling issue data: project is required; CALC-1 imported|''"})
  void names_the_keys_a_message_calls_unknown(String message, String keys) {
    assertThat(String.join(",", Bodies.unknownKeys(message))).isEqualTo(keys);
  }

  @Test
  void describes_a_request_by_method_and_path_only() {
    Request request = Request.create(Request.HttpMethod.POST,
        "https://jira.example.com/rest/raven/2.0/import/execution/junit?projectKey=CALC&testExecKey=CALC-1",
        Map.of(), null, StandardCharsets.UTF_8, null);

    assertThat(Bodies.describe(request)).isEqualTo("POST /rest/raven/2.0/import/execution/junit");
  }
}
