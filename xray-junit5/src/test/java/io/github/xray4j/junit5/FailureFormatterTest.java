package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureFormatterTest {

  @Test
  void keeps_the_user_frames_and_cuts_where_assertion_libraries_and_junit_take_over() {
    // given
    AssertionError failure = new AssertionError("expected: <3> but was: <4>");
    failure.setStackTrace(new StackTraceElement[] {
        frame("org.junit.jupiter.api.AssertionFailureBuilder", "build"),
        frame("org.junit.jupiter.api.Assertions", "assertEquals"),
        frame("com.acme.Calculator", "add"),
        frame("com.acme.CalculatorTest", "adds"),
        frame("java.base/jdk.internal.reflect.DirectMethodHandleAccessor", "invoke"),
        frame("org.junit.platform.commons.util.ReflectionUtils", "invokeMethod"),
        frame("com.acme.NeverShown", "afterJUnit")});

    // when
    String block = FailureFormatter.codeBlock(failure);

    // then
    assertThat(block).isEqualTo("""
        {code}
        java.lang.AssertionError: expected: <3> but was: <4>
        \tat com.acme.Calculator.add(Calculator.java:1)
        \tat com.acme.CalculatorTest.adds(CalculatorTest.java:1)
        {code}""");
  }

  @Test
  void shows_causes_and_keeps_the_code_block_closed_whatever_the_message_says() {
    // given
    IllegalStateException cause = new IllegalStateException("connection refused");
    cause.setStackTrace(new StackTraceElement[] {frame("com.acme.Db", "connect")});
    RuntimeException failure = new RuntimeException("a {code} block in a message", cause);
    failure.setStackTrace(new StackTraceElement[] {frame("com.acme.RepoTest", "saves")});

    // when
    String block = FailureFormatter.codeBlock(failure);

    // then
    assertThat(block).isEqualTo("""
        {code}
        java.lang.RuntimeException: a { code} block in a message
        \tat com.acme.RepoTest.saves(RepoTest.java:1)
        Caused by: java.lang.IllegalStateException: connection refused
        \tat com.acme.Db.connect(Db.java:1)
        {code}""");
  }

  @Test
  void shortens_very_long_messages_and_traces() {
    // given
    RuntimeException failure = new RuntimeException("x".repeat(10_000));
    StackTraceElement[] frames = new StackTraceElement[50];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = frame("com.acme.Deep", "level" + i);
    }
    failure.setStackTrace(frames);

    // when
    String trace = FailureFormatter.trace(failure);

    // then
    assertThat(trace).startsWith("java.lang.RuntimeException: " + "x".repeat(4_000) + " [...]\n");
    assertThat(trace.lines().filter(line -> line.startsWith("\tat "))).hasSize(20);
  }

  private static StackTraceElement frame(String className, String method) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String declaring = className.contains("/") ? className.substring(className.indexOf('/') + 1) : className;
    return new StackTraceElement(declaring, method, simple + ".java", 1);
  }
}
