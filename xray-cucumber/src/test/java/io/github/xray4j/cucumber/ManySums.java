package io.github.xray4j.cucumber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/** A generated feature of passing scenarios @TEST_CALC-1000, @TEST_CALC-1001, ... and the document it gives. */
record ManySums(Path feature, String expectedDocument) {
  static ManySums in(Path directory, int scenarios) throws Exception {
    Path feature = directory.resolve("many.feature");
    StringJoiner gherkin = new StringJoiner("\n", "Feature: Many sums\n", "\n");
    StringJoiner expected = new StringJoiner(",\n", """
        {"info": {"project": "CALC", "summary": "Cucumber run", "description": "${json-unit.any-string}",
                  "startDate": "${json-unit.any-string}", "finishDate": "${json-unit.any-string}"},
         "tests": [
        """, "]}");
    for (int i = 0; i < scenarios; i++) {
      int line = 3 + i * 6;
      gherkin.add("  @TEST_CALC-" + (1000 + i)).add("  Scenario: Sum " + i).add("    Given a calculator")
          .add("    When I add " + i + " and 1").add("    Then the result is " + (i + 1)).add("");
      expected.add("{\"testKey\": \"CALC-" + (1000 + i) + "\", \"status\": \"PASS\","
          + " \"start\": \"${json-unit.any-string}\", \"finish\": \"${json-unit.any-string}\","
          + " \"comment\": \"*Scenario:* Sum " + i + "\\n" + feature.toUri().getPath() + ":" + line
          + "\\n* PASSED: Given a calculator\\n* PASSED: When I add " + i + " and 1"
          + "\\n* PASSED: Then the result is " + (i + 1) + "\"}");
    }
    Files.writeString(feature, gherkin.toString());
    return new ManySums(feature, expected.toString());
  }
}
