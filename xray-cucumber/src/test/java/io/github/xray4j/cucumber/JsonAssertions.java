package io.github.xray4j.cucumber;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole documents compared as JSON, with WireMock's matcher (placeholders such as {@code ${json-unit.any-string}}). */
final class JsonAssertions {

  private JsonAssertions() {}

  static void assertJson(String actual, String expected) {
    assertThat(equalToJson(expected).match(actual).isExactMatch())
        .as("the document received:%n%s%nis not the one expected:%n%s", actual, expected)
        .isTrue();
  }

  /**
   * Like {@link #assertJson}, but arrays in any order: for runs in parallel, whose Tests are in the document in the
   * order their scenarios finished (each goes to the journal as it finishes).
   */
  static void assertJsonInAnyOrder(String actual, String expected) {
    assertThat(equalToJson(expected, true, false).match(actual).isExactMatch())
        .as("the document received:%n%s%nis not, in any order, the one expected:%n%s", actual, expected)
        .isTrue();
  }
}
