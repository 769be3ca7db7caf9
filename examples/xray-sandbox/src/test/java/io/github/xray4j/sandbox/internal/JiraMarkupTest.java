package io.github.xray4j.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JiraMarkupTest {

  @Test
  void renders_a_code_block_as_preformatted_escaped_text_without_the_breaks_next_to_the_tags() {
    assertThat(JiraMarkup.toHtml("{code}\njava.lang.AssertionError: expected <3> but was <4>\n\tat Calc.adds(Calc.java:7)\n{code}"))
        .isEqualTo("<pre class=\"code\">java.lang.AssertionError: expected &lt;3&gt; but was &lt;4&gt;\n"
            + "\tat Calc.adds(Calc.java:7)</pre>");
  }

  @Test
  void renders_a_code_block_with_a_language_or_parameters_and_one_written_on_a_single_line() {
    assertThat(JiraMarkup.toHtml("{code:java}int a = 1;{code}")).isEqualTo("<pre class=\"code\">int a = 1;</pre>");
    assertThat(JiraMarkup.toHtml("{code:title=Calc.java|borderStyle=solid}x{code}"))
        .isEqualTo("<pre class=\"code\">x</pre>");
  }

  @Test
  void renders_noformat_and_keeps_markup_inside_blocks_literal() {
    assertThat(JiraMarkup.toHtml("Log:\n{noformat}\n*not bold* _nor italic_ {code}\n{noformat}"))
        .isEqualTo("<p>Log:</p><pre class=\"noformat\">*not bold* _nor italic_ {code}</pre>");
  }

  @Test
  void renders_bold_italic_and_line_breaks_in_paragraphs() {
    assertThat(JiraMarkup.toHtml("*Scenario Outline:* Dividing\nfeatures/calc.feature:20\n\n*Example 1 of 2*: _FAILED_"))
        .isEqualTo("<p><b>Scenario Outline:</b> Dividing<br>features/calc.feature:20</p>"
            + "<p><b>Example 1 of 2</b>: <i>FAILED</i></p>");
  }

  @Test
  void leaves_stars_and_underscores_inside_words_and_around_spaces_alone() {
    assertThat(JiraMarkup.toHtml("2*3*4 = 24, adds_two_numbers_ok, a * b * c, snake_case_"))
        .isEqualTo("<p>2*3*4 = 24, adds_two_numbers_ok, a * b * c, snake_case_</p>");
  }

  @Test
  void renders_bullet_lines_as_a_list_between_paragraphs_and_blocks() {
    assertThat(JiraMarkup.toHtml("*Scenario:* adds\n* PASSED: Given 1\n* FAILED: When I add\nFailed step: When I add\n"
        + "{code}\nboom\n{code}\nafter"))
        .isEqualTo("<p><b>Scenario:</b> adds</p><ul><li>PASSED: Given 1</li><li>FAILED: When I add</li></ul>"
            + "<p>Failed step: When I add</p><pre class=\"code\">boom</pre><p>after</p>");
  }

  @Test
  void escapes_html_everywhere_so_that_no_tag_of_the_input_survives() {
    String html = JiraMarkup.toHtml("<script>alert('x')</script> *<b>bold</b>* _<img src=x onerror=alert(1)>_\n"
        + "{code}</pre><script>alert(2)</script>{code}{noformat}<iframe>{noformat}");

    assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <b>&lt;b&gt;bold&lt;/b&gt;</b> "
        + "<i>&lt;img src=x onerror=alert(1)&gt;</i></p>"
        + "<pre class=\"code\">&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;</pre>"
        + "<pre class=\"noformat\">&lt;iframe&gt;</pre>");
  }

  @Test
  void runs_a_block_left_open_to_the_end_and_keeps_an_escaped_tag_as_text() {
    assertThat(JiraMarkup.toHtml("Failed:\n{code}\nat a\nat b")).isEqualTo("<p>Failed:</p><pre class=\"code\">at a\nat b</pre>");
    assertThat(JiraMarkup.toHtml("{code}\nmessage with { code} inside\n{code}"))
        .isEqualTo("<pre class=\"code\">message with { code} inside</pre>");
  }

  @Test
  void renders_windows_line_breaks_and_empty_text() {
    assertThat(JiraMarkup.toHtml("a\r\nb")).isEqualTo("<p>a<br>b</p>");
    assertThat(JiraMarkup.toHtml("")).isEmpty();
    assertThat(JiraMarkup.toHtml("a < b")).isEqualTo("<p>a &lt; b</p>");
  }
}
