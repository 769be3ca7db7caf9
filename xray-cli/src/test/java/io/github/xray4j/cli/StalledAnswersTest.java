package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.testing.MisbehavingServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command against an Xray that sends the headers of its answer and then nothing: each one gives up after
 * {@code xray.timeout} and says so. The {@code @Timeout} only keeps a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StalledAnswersTest {

  private static final String TOKEN = "test-token-stalled-123";
  private static final String SECRET = "test-client-secret-stalled-456";

  @TempDir Path dir;

  private static Map<String, String> server(MisbehavingServer xray) {
    return Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", TOKEN, "XRAY_PROJECT_KEY", "CALC", "XRAY_MAX_RETRIES", "0",
        "XRAY_TIMEOUT", "300ms");
  }

  private static Map<String, String> cloud(MisbehavingServer xray) {
    return Map.of("XRAY_URL", xray.url(), "XRAY_CLIENT_ID", "test-client-id", "XRAY_CLIENT_SECRET", SECRET,
        "XRAY_PROJECT_KEY", "CALC", "XRAY_MAX_RETRIES", "0", "XRAY_TIMEOUT", "300ms");
  }

  @Test
  void create_execution_gives_up_after_xray_timeout() {
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(201, "{\"id\":\"1\",")) {
      // when
      CliRun run = CliRun.run(server(xray), dir, "create-execution", "--summary", "Nightly");
      // then
      assertThat(run.exitCode()).as(run.all()).isEqualTo(XrayCli.PUBLISH_FAILED);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("could not create the Test Execution: Xray stopped sending its answer to"
          + " POST /rest/api/2/issue after 300 ms (xray.timeout)");
      assertThat(xray.requests()).hasSize(1);
    }
  }

  @Test
  void create_execution_on_cloud_gives_up_after_xray_timeout() {
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "\"eyJ")) {
      // when
      CliRun run = CliRun.run(cloud(xray), dir, "create-execution", "--summary", "Nightly");
      // then
      assertThat(run.exitCode()).as(run.all()).isEqualTo(XrayCli.PUBLISH_FAILED);
      assertThat(run.err()).contains("Xray stopped sending its answer to POST /api/v2/authenticate after 300 ms");
      assertThat(run.all()).doesNotContain(SECRET);
    }
  }

  @Test
  void check_gives_up_after_xray_timeout() {
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "{\"name\":")) {
      // when
      CliRun run = CliRun.run(server(xray), dir, "check");
      // then
      assertThat(run.exitCode()).as(run.all()).isEqualTo(XrayCli.PUBLISH_FAILED);
      assertThat(run.all()).contains("Xray stopped sending its answer to GET /rest/api/2/myself after 300 ms");
    }
  }

  @Test
  void check_on_cloud_gives_up_after_xray_timeout() {
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "\"eyJ")) {
      // when
      CliRun run = CliRun.run(cloud(xray), dir, "check");
      // then
      assertThat(run.exitCode()).as(run.all()).isEqualTo(XrayCli.PUBLISH_FAILED);
      assertThat(run.all()).contains("Xray stopped sending its answer to POST /api/v2/authenticate after 300 ms");
      assertThat(run.all()).doesNotContain(SECRET);
    }
  }

  @Test
  void publish_gives_up_after_xray_timeout_and_keeps_the_file() {
    // given
    Path file = Runs.writeResultsFile(dir, "CALC-1");
    try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "{\"testExecIssue\":")) {
      // when
      CliRun run = CliRun.run(server(xray), dir, "publish", file.toString());
      // then
      assertThat(run.exitCode()).as(run.all()).isEqualTo(XrayCli.PUBLISH_FAILED);
      assertThat(run.all()).contains("Xray stopped sending its answer to POST /rest/raven/2.0/import/execution"
          + " after 300 ms");
      assertThat(file).exists();
      assertThat(xray.requests()).as("a second try could create a second Test Execution").hasSize(1);
    }
  }
}
