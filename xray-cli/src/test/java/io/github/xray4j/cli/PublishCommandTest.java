package io.github.xray4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.xray4j.core.publish.Publisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

  private static final String TOKEN = "test-token-publish-123";

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start().acceptingImports();
  private final Map<String, String> env = Map.of("XRAY_URL", xray.url(), "XRAY_TOKEN", TOKEN, "XRAY_MAX_RETRIES", "0");

  @Test
  void sends_every_file_of_a_directory_into_one_test_execution_and_marks_them() {
    // given: two forks' results files
    Path first = Runs.writeResultsFile(dir, "CALC-1", "CALC-2");
    Path second = Runs.writeResultsFile(dir, "CALC-3");
    // when
    CliRun run = CliRun.run(env, dir, "publish", dir.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("3 results published to " + XrayStandIn.CREATED_KEY);
    assertThat(xray.executionsCreated()).isEqualTo(1);
    assertThat(xray.acceptedResults()).isEqualTo(Map.of("CALC-1", 1, "CALC-2", 1, "CALC-3", 1));
    assertThat(Publisher.publishedTo(first)).contains(XrayStandIn.CREATED_KEY);
    assertThat(Publisher.publishedTo(second)).contains(XrayStandIn.CREATED_KEY);
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @Test
  void skips_files_already_sent_unless_forced() {
    // given
    Path file = Runs.writeResultsFile(dir, "CALC-1");
    assertThat(CliRun.run(env, dir, "publish", file.toString()).exitCode()).isZero();
    // when
    CliRun again = CliRun.run(env, dir, "publish", file.toString());
    // then
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("nothing to publish", "published already");
    assertThat(xray.acceptedResults()).isEqualTo(Map.of("CALC-1", 1));
    // when forced
    CliRun forced = CliRun.run(env, dir, "publish", "--force", file.toString());
    // then
    assertThat(forced.exitCode()).isZero();
    assertThat(xray.acceptedResults()).isEqualTo(Map.of("CALC-1", 2));
    assertThat(Publisher.publishedTo(file)).isPresent();
  }

  @Test
  void a_file_left_behind_joins_the_execution_its_sibling_files_went_into() {
    // given: one fork's file was published, another's was not
    Path sent = Runs.writeResultsFile(dir, "CALC-1");
    assertThat(CliRun.run(env, dir, "publish", sent.toString()).exitCode()).isZero();
    Path left = Runs.writeResultsFile(dir, "CALC-2");
    // when
    CliRun run = CliRun.run(env, dir, "publish", dir.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.err()).contains("importing into " + XrayStandIn.CREATED_KEY);
    assertThat(xray.executionsCreated()).isEqualTo(1);
    assertThat(xray.acceptedResults()).isEqualTo(Map.of("CALC-1", 1, "CALC-2", 1));
    assertThat(Publisher.publishedTo(left)).contains(XrayStandIn.CREATED_KEY);
  }

  @Test
  void imports_into_the_given_test_execution() {
    // given
    Runs.writeResultsFile(dir, "CALC-1");
    // when
    CliRun run = CliRun.run(env, dir, "publish", "--test-execution", "CALC-2001", dir.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(xray.executionsCreated()).isZero();
    assertThat(xray.acceptedImports()).singleElement()
        .satisfies(body -> assertThat(body.path("testExecutionKey").asText()).isEqualTo("CALC-2001"));
  }

  @Test
  void a_dry_run_prints_what_would_be_sent_and_sends_nothing() {
    // given
    Path first = Runs.writeResultsFile(dir, "CALC-1", "CALC-2");
    Path sent = Runs.writeResultsFile(dir, "CALC-3");
    assertThat(CliRun.run(env, dir, "publish", sent.toString()).exitCode()).isZero();
    xray.server.resetRequests();
    // when
    CliRun run = CliRun.run(env, dir, "publish", "--dry-run", dir.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .contains(first + ": 2 tests into " + XrayStandIn.CREATED_KEY)
        .contains(sent + ": already published to " + XrayStandIn.CREATED_KEY + ", skipped");
    assertThat(xray.server.getAllServeEvents()).isEmpty();
    assertThat(Publisher.publishedTo(first)).isEmpty();
  }

  @Test
  void a_dry_run_names_the_project_a_new_execution_would_be_created_in() {
    // given
    Path file = Runs.writeResultsFile(dir, "CALC-1");
    // when
    CliRun run = CliRun.run(env, dir, "publish", "--dry-run", file.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains(file + ": 1 test into a new Test Execution in project CALC")
        .contains("dry run");
    assertThat(xray.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void a_failure_exits_with_1_keeps_the_file_unmarked_and_says_how_to_resend() {
    // given
    Path file = Runs.writeResultsFile(dir, "CALC-1");
    xray.server.resetAll();
    xray.server.stubFor(XrayStandIn.importRequest().willReturn(WireMock.aResponse().withStatus(500)));
    // when
    CliRun run = CliRun.run(env, dir, "publish", file.toString());
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.err()).contains("java -jar xray-cli.jar publish " + file);
    assertThat(Publisher.publishedTo(file)).isEmpty();
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void a_missing_path_is_a_usage_error() {
    CliRun run = CliRun.run(env, dir, "publish", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("does not exist");
  }

  @Test
  void a_file_that_is_not_a_results_file_fails_without_sending() throws Exception {
    // given
    Path bogus = Files.writeString(dir.resolve("xray-results-bogus.json"), "{\"not\": ");
    // when
    CliRun run = CliRun.run(env, dir, "publish", bogus.toString());
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.err()).contains(bogus.toString());
    assertThat(xray.server.getAllServeEvents()).isEmpty();
  }
}
