package io.github.xray4j.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.sandbox.XraySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the end-to-end tests share: one Xray sandbox for the whole class, which a subclass's {@code @BeforeAll}
 * runs the examples against before parsing what it {@link #received}, and the check that holds for every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxEndToEndTest {

  final XraySandbox sandbox = XraySandbox.start();
  SandboxState received;

  @AfterAll
  void stop_the_sandbox() {
    sandbox.close();
  }

  @Test
  void publishes_without_a_single_request_xray_would_refuse() {
    assertThat(received.requests())
        .isNotEmpty()
        .allSatisfy(request -> assertThat(request.status()).as(request.method() + " " + request.path()).isLessThan(400));
  }
}
