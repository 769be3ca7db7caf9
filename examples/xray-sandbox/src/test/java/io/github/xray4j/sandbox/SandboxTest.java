package io.github.xray4j.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The fixture the sandbox tests share: a fresh sandbox on loopback for each test and a real HTTP client for it. */
abstract class SandboxTest {

  XraySandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = XraySandbox.start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }
}
