package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.github.xray4j.core.testing.LogCapture;
import io.github.xray4j.junit5.fixtures.SecondPlanFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@code xray.fail-on-error=true} fails the build by throwing from the launcher session's close, which the
 * launcher passes on to whoever closes the session (Surefire's provider, Gradle's test class processor, an IDE):
 * shown here through the real {@link LauncherSession} and the session-per-request {@code Launcher}.
 */
class FailOnErrorTest extends XrayServerTest {

  @BeforeEach
  void failAuthentication() {
    xray.answerImportsWith(401, "{\"error\":\"Authentication failed\"}");
  }

  @Test
  void closing_the_session_fails_when_publishing_failed_and_fail_on_error_is_set() {
    // given
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try (SystemProperties ignored = new SystemProperties(settings("true"))) {
      LauncherSession session = LauncherFactory.openSession();
      session.getLauncher().execute(request().selectors(selectClass(SecondPlanFixture.class)).build(), summary);

      // when / then
      assertThatThrownBy(session::close)
          .isInstanceOf(XrayPublishingFailed.class)
          .hasMessageStartingWith("Xray: publishing 1 result failed: ")
          .hasMessageContaining("re-send them with: java -jar xray-cli.jar publish")
          .hasMessageEndingWith("(failing the build because xray.fail-on-error=true)")
          .hasMessageNotContaining(XrayServer.TOKEN);
    }
    assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
    assertThat(outputDir).isNotEmptyDirectory();
  }

  @Test
  void a_session_per_request_launcher_fails_the_execute_call() {
    // given
    try (SystemProperties ignored = new SystemProperties(settings("true"))) {
      // when / then
      assertThatThrownBy(() -> LauncherFactory.create()
              .execute(request().selectors(selectClass(SecondPlanFixture.class)).build()))
          .isInstanceOf(XrayPublishingFailed.class);
    }
  }

  @Test
  void a_failure_to_publish_is_only_logged_without_fail_on_error() {
    // given
    try (SystemProperties ignored = new SystemProperties(settings("false"));
        LogCapture log = new LogCapture()) {
      LauncherSession session = LauncherFactory.openSession();
      session.getLauncher().execute(request().selectors(selectClass(SecondPlanFixture.class)).build());

      // when
      session.close();

      // then
      assertThat(log.messages()).anySatisfy(message -> assertThat(message)
          .startsWith("WARNING Xray: publishing 1 result failed: "));
    }
  }

  @Test
  void closing_the_session_succeeds_with_fail_on_error_when_publishing_worked() {
    // given
    xray.answerImportsWith(200, "{\"testExecIssue\":{\"id\":\"1\",\"key\":\"CALC-2001\",\"self\":\"x\"}}");
    try (SystemProperties ignored = new SystemProperties(settings("true"))) {
      LauncherSession session = LauncherFactory.openSession();
      session.getLauncher().execute(request().selectors(selectClass(SecondPlanFixture.class)).build());

      // when
      session.close();
    }

    // then
    assertThat(xray.imports()).hasSize(1);
  }

  private java.util.Map<String, String> settings(String failOnError) {
    java.util.Map<String, String> settings = new java.util.HashMap<>(xray.settings());
    settings.put("xray.fail-on-error", failOnError);
    return settings;
  }
}
