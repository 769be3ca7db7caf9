package io.github.xray4j.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Xray JSON documents import into an existing Test Execution (and may therefore be sent twice). */
class ImportDocumentsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"testExecutionKey\":\"CALC-82\",\"tests\":[]}|true",
      "{\"info\":{\"summary\":\"x\",\"testExecutionKey\":\"CALC-1\"},\"tests\":[],\"testExecutionKey\":\"CALC-2\"}|true",
      "{\"info\":{\"testExecutionKey\":\"CALC-1\"},\"tests\":[{\"testKey\":\"CALC-1\"}]}|false",
      "{\"testExecutionKey\":\"  \",\"tests\":[]}|false",
      "{\"testExecutionKey\":null}|false",
      "not json|false"})
  void finds_a_top_level_test_execution_key(String document, boolean existing) {
    assertThat(ImportDocuments.importsIntoExistingExecution(document.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(existing);
  }
}
