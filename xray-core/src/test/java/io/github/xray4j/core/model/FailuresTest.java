package io.github.xray4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {

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
    String block = Failures.codeBlock(failure);

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
    String block = Failures.codeBlock(failure);

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
  void shows_suppressed_exceptions_with_their_causes_trimmed_like_the_main_trace() {
    // given
    AssertionError failure = new AssertionError("expected 3");
    failure.setStackTrace(new StackTraceElement[] {
        frame("org.assertj.core.api.Fail", "fail"), frame("com.acme.CalcTest", "adds"),
        frame("org.junit.platform.Engine", "run")});
    IllegalStateException closing = new IllegalStateException("cannot close the session",
        withFrames(new java.io.IOException("socket closed"), frame("com.acme.Session", "flush")));
    closing.setStackTrace(new StackTraceElement[] {
        frame("com.acme.CalcTest", "tearDown"), frame("java.lang.reflect.Method", "invoke"),
        frame("com.acme.NeverShown", "afterReflection")});
    failure.addSuppressed(closing);

    // when
    String trace = Failures.describe(failure);

    // then
    assertThat(trace).isEqualTo("""
        java.lang.AssertionError: expected 3
        \tat com.acme.CalcTest.adds(CalcTest.java:1)
        \tSuppressed: java.lang.IllegalStateException: cannot close the session
        \t\tat com.acme.CalcTest.tearDown(CalcTest.java:1)
        \tCaused by: java.io.IOException: socket closed
        \t\tat com.acme.Session.flush(Session.java:1)""");
  }

  @Test
  void stops_at_a_circular_cause_and_after_ten_exceptions() {
    // given
    RuntimeException failure = withFrames(new RuntimeException("top"), frame("com.acme.A", "a"));
    for (int i = 0; i < 12; i++) {
      failure.addSuppressed(withFrames(new IllegalStateException("cleanup " + i), frame("com.acme.A", "close")));
    }
    RuntimeException loop = withFrames(new RuntimeException("loop"));
    RuntimeException back = withFrames(new RuntimeException("back", loop));
    loop.initCause(back);

    // when
    String many = Failures.describe(failure);
    String circular = Failures.describe(loop);

    // then
    assertThat(many.lines().filter(line -> line.contains("Suppressed: "))).hasSize(9);
    assertThat(many).endsWith("\t... more exceptions left out");
    assertThat(circular).isEqualTo("""
        java.lang.RuntimeException: loop
        Caused by: java.lang.RuntimeException: back
        Caused by: [circular reference: java.lang.RuntimeException: loop]""");
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
    String trace = Failures.describe(failure);

    // then
    assertThat(trace).startsWith("java.lang.RuntimeException: " + "x".repeat(4_000) + " [...]\n");
    assertThat(trace.lines().filter(line -> line.startsWith("\tat "))).hasSize(20);
  }

  private static <T extends Throwable> T withFrames(T throwable, StackTraceElement... frames) {
    throwable.setStackTrace(frames);
    return throwable;
  }

  private static StackTraceElement frame(String className, String method) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String declaring = className.contains("/") ? className.substring(className.indexOf('/') + 1) : className;
    return new StackTraceElement(declaring, method, simple + ".java", 1);
  }
}
