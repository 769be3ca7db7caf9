package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xray4j.junit5.fixtures.ClassKeyFixture;
import io.github.xray4j.junit5.fixtures.IterationsFixture;
import io.github.xray4j.junit5.fixtures.NestedFixture;
import io.github.xray4j.junit5.fixtures.OutcomesFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture classes run through the real Launcher, the listeners registered by the ServiceLoader, publishing to
 * a fake Xray: the document Xray receives, compared whole as JSON. Times vary from run to run and are matched
 * by placeholders.
 */
class PublishingThroughTheLauncherTest {

  @RegisterExtension
  static final WireMockExtension WIRE_MOCK = XrayServer.wireMock();

  @TempDir
  Path outputDir;

  XrayServer xray;

  @BeforeEach
  void startXray() {
    xray = XrayServer.on(WIRE_MOCK, outputDir);
  }

  @Test
  void publishes_pass_fail_error_abort_and_disabled() {
    // when
    FixtureRun.of(IterationsFixture.class).plan(NestedFixture.class).plan(ClassKeyFixture.class).publishingTo(xray).execute();

    // then
    xray.imports().forEach(body -> System.getLogger("dump").log(System.Logger.Level.INFO, "BODY " + body));
    xray.assertOneImport("""
        {"info": {"summary": "${json-unit.any-string}", "startDate": "${json-unit.any-string}",
                  "finishDate": "${json-unit.any-string}"},
         "tests": []}""");
  }
}
