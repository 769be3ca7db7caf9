package io.github.xray4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xray4j.core.features.FeatureSync;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code features export} and {@code features import} against a stand-in Xray Server/DC and Cloud. */
class FeaturesCommandTest {

  private static final String TOKEN = "test-token-features-123";
  private static final String EXPORT = "(/rest/raven/[^/]+/export/test|/api/v2/export/cucumber)";
  private static final String IMPORT = "(/rest/raven/[^/]+|/api/v2)/import/feature";
  private static final String ADD = "@REQ_CALC-21\nFeature: Addition\n\n  @TEST_CALC-13\n  Scenario: Add two numbers\n"
      + "    Given the calculator shows 0\n";
  private static final String SUBTRACT = "@REQ_CALC-22\nFeature: Subtraction\n\n  @TEST_CALC-14\n"
      + "  Scenario: Subtract two numbers\n    Given the calculator shows 5\n";

  /** The two flavours, as a user configures them. */
  enum Flavour {
    SERVER, CLOUD;

    Map<String, String> env(XrayStandIn xray) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("XRAY_URL", xray.url());
      env.put("XRAY_MAX_RETRIES", "0");
      if (this == SERVER) {
        env.put("XRAY_TOKEN", TOKEN);
      } else {
        env.put("XRAY_CLIENT_ID", "test-client-id");
        env.put("XRAY_CLIENT_SECRET", TOKEN);
        xray.server.stubFor(post(urlPathMatching("/api/v2/authenticate"))
            .willReturn(aResponse().withStatus(200).withBody("\"stand-in-jwt\"")));
      }
      return env;
    }

    /** An import answer of Tests CALC-13 (named by the files) and CALC-40 (new), Pre-Condition CALC-41. */
    String imported() {
      return this == SERVER
          ? "[{\"id\":\"1\",\"key\":\"CALC-13\",\"issueType\":{\"name\":\"Test\"}},"
              + "{\"id\":\"2\",\"key\":\"CALC-40\",\"issueType\":{\"name\":\"Test\"}},"
              + "{\"id\":\"3\",\"key\":\"CALC-41\",\"issueType\":{\"name\":\"Pre-Condition\"}}]"
          : "{\"errors\":[],\"updatedOrCreatedTests\":[{\"id\":\"1\",\"key\":\"CALC-13\"},{\"id\":\"2\","
              + "\"key\":\"CALC-40\"}],\"updatedOrCreatedPreconditions\":[{\"id\":\"3\",\"key\":\"CALC-41\"}]}";
    }

    /** An answer where Xray refused one scenario and imported the rest. */
    String refused() {
      return this == SERVER
          ? "{\"message\":\"Error in calculator/broken.feature: Scenariot is not a Gherkin keyword\","
              + "\"testIssues\":[{\"id\":\"1\",\"key\":\"CALC-13\"}],\"preConditionIssues\":[]}"
          : "{\"errors\":[\"Error in calculator/broken.feature: Scenariot is not a Gherkin keyword\"],"
              + "\"updatedOrCreatedTests\":[{\"id\":\"1\",\"key\":\"CALC-13\"}],\"updatedOrCreatedPreconditions\":[]}";
    }
  }

  @TempDir Path dir;
  @AutoClose private final XrayStandIn xray = XrayStandIn.start();

  // ---- export --------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void exports_a_zip_with_nested_folders_into_the_directory_with_xrays_tags(Flavour flavour) throws IOException {
    // given
    answerExport(zip(Map.of("calculator/arithmetic/1_CALC-13.feature", ADD, "calculator/2_CALC-14.feature", SUBTRACT)));
    Path into = dir.resolve("features");
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export", "--keys", "CALC-13,CALC-14",
        "--test-plan", "CALC-24", "--into", into.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(into.resolve("calculator/arithmetic/1_CALC-13.feature")).hasContent(ADD);
    assertThat(into.resolve("calculator/2_CALC-14.feature")).hasContent(SUBTRACT);
    assertThat(run.out()).contains("wrote " + into.resolve("calculator/arithmetic/1_CALC-13.feature"))
        .contains("2 feature files written into " + into);
    xray.server.verify(getRequestedFor(urlPathMatching(EXPORT)).withQueryParam("keys", equalTo("CALC-13;CALC-14;CALC-24")));
    assertThat(run.all()).doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void a_second_export_replaces_the_files_it_wrote_and_no_others(Flavour flavour) throws IOException {
    // given: a first export, and a file of the user's own beside it
    Path into = dir.resolve("features");
    answerExport(zip(Map.of("1_CALC-13.feature", ADD, "old/2_CALC-14.feature", SUBTRACT)));
    assertThat(CliRun.run(flavour.env(xray), dir, "features", "export", "--keys", "CALC-13,CALC-14", "--into",
        into.toString()).exitCode()).isZero();
    Path mine = Files.writeString(into.resolve("my-own.feature"), "Feature: mine\n");
    // when: Xray now exports CALC-13 only
    xray.server.resetAll();
    answerExport(zip(Map.of("1_CALC-13.feature", ADD.replace("shows 0", "shows 1"))));
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export", "--filter", "10100", "--into",
        into.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(into.resolve("1_CALC-13.feature")).content().contains("shows 1");
    assertThat(into.resolve("old/2_CALC-14.feature")).doesNotExist();
    assertThat(mine).hasContent("Feature: mine\n");
    assertThat(into.resolve(FeatureSync.MANIFEST)).content().contains("1_CALC-13.feature")
        .doesNotContain("2_CALC-14");
    assertThat(run.out()).contains("removed " + into.resolve("old/2_CALC-14.feature"));
    xray.server.verify(getRequestedFor(urlPathMatching(EXPORT)).withQueryParam("filter", equalTo("10100")));
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void an_empty_answer_writes_nothing_and_says_so(Flavour flavour) throws IOException {
    // given
    answerExport(new byte[0]);
    Path into = dir.resolve("features");
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export", "--keys", "CALC-1", "--into", into.toString());
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("Xray exported no feature files: nothing written into " + into);
    assertThat(into).doesNotExist();
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void a_zip_entry_that_leaves_the_directory_refuses_the_export_and_nothing_is_written(Flavour flavour)
      throws IOException {
    // given
    answerExport(zip(Map.of("1_CALC-13.feature", ADD, "../x.feature", SUBTRACT)));
    Path into = dir.resolve("work/features");
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export", "--keys", "CALC-13", "--into",
        into.toString());
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.err()).contains("\"../x.feature\"", "outside " + into, "nothing was written");
    assertThat(dir.resolve("work/x.feature")).doesNotExist();
    assertThat(into).doesNotExist();
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void an_absolute_entry_refuses_the_export(Flavour flavour) throws IOException {
    // given
    Path outside = dir.resolve("outside.feature");
    answerExport(zip(Map.of(outside.toString(), ADD)));
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export", "--keys", "CALC-13", "--into",
        dir.resolve("features").toString());
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(outside).doesNotExist();
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void an_export_without_keys_or_filter_is_a_usage_error(Flavour flavour) {
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "export");
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("--keys CALC-13,CALC-14, --test-plan CALC-24 or --filter 10100");
  }

  // ---- import --------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void imports_a_directory_as_a_zip_keeping_relative_paths_and_prints_created_and_updated(Flavour flavour)
      throws IOException {
    // given
    Path features = dir.resolve("features");
    Files.createDirectories(features.resolve("calculator/arithmetic"));
    Files.writeString(features.resolve("calculator/arithmetic/add.feature"), ADD);
    Files.writeString(features.resolve("calculator/new.feature"), "Feature: New\n  Scenario: Multiply\n");
    Files.writeString(features.resolve("notes.txt"), "not a feature");
    answerImport(flavour.imported());
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "import", features.toString(), "--project", "CALC");
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("updated Test CALC-13", "created Test CALC-40", "created Pre-Condition CALC-41",
        "2 feature files imported: 2 created, 1 updated");
    LoggedRequest request = onlyImport();
    assertThat(request.queryParameter("projectKey").firstValue()).isEqualTo("CALC");
    assertThat(unzip(request.getPart("file").getBody().asBytes())).containsOnlyKeys(
        "calculator/arithmetic/add.feature", "calculator/new.feature").containsEntry("calculator/arithmetic/add.feature", ADD);
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void a_refused_scenario_is_printed_with_xrays_reason_and_exits_with_1(Flavour flavour) throws IOException {
    // given
    Path feature = Files.writeString(dir.resolve("add.feature"), ADD);
    answerImport(flavour.refused());
    // when
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "import", feature.toString(), "--project", "CALC");
    // then
    assertThat(run.exitCode()).isEqualTo(XrayCli.PUBLISH_FAILED);
    assertThat(run.err()).contains("updated Test CALC-13",
        "refused by Xray: Error in calculator/broken.feature: Scenariot is not a Gherkin keyword",
        "1 feature file imported: 0 created, 1 updated, 1 refused");
    assertThat(onlyImport().getPart("file").getBody().asString()).isEqualTo(ADD);
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void an_import_without_a_project_is_a_usage_error(Flavour flavour) throws IOException {
    Path feature = Files.writeString(dir.resolve("add.feature"), ADD);
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "import", feature.toString());
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("--project CALC");
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void a_directory_without_features_is_a_usage_error_and_sends_nothing(Flavour flavour) throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    CliRun run = CliRun.run(flavour.env(xray), dir, "features", "import", dir.resolve("empty").toString(),
        "--project", "CALC");
    assertThat(run.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(run.err()).contains("no .feature files in");
    assertThat(xray.server.findAll(postRequestedFor(urlPathMatching(IMPORT)))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void on_server_a_folder_puts_the_files_under_it_and_asks_xray_to_update_the_repository() throws IOException {
    // given
    Path features = dir.resolve("features");
    Files.createDirectories(features.resolve("arithmetic"));
    Files.writeString(features.resolve("arithmetic/add.feature"), ADD);
    answerImport(Flavour.SERVER.imported());
    // when
    CliRun run = CliRun.run(Flavour.SERVER.env(xray), dir, "features", "import", features.toString(),
        "--project", "CALC", "--folder", "/Calculator/BDD/");
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    LoggedRequest request = onlyImport();
    assertThat(request.queryParameter("updateRepository").firstValue()).isEqualTo("true");
    assertThat(unzip(request.getPart("file").getBody().asBytes())).containsOnlyKeys("Calculator/BDD/arithmetic/add.feature");
  }

  @org.junit.jupiter.api.Test
  void on_cloud_source_and_test_info_are_sent_and_a_folder_is_refused() throws IOException {
    // given
    Path feature = Files.writeString(dir.resolve("add.feature"), ADD);
    Path info = Files.writeString(dir.resolve("test-info.json"), "{\"fields\":{\"labels\":[\"bdd\"]}}");
    answerImport(Flavour.CLOUD.imported());
    // when
    CliRun run = CliRun.run(Flavour.CLOUD.env(xray), dir, "features", "import", feature.toString(),
        "--project", "CALC", "--source", "calculator-repo", "--test-info", info.toString());
    CliRun folder = CliRun.run(Flavour.CLOUD.env(xray), dir, "features", "import", feature.toString(),
        "--project", "CALC", "--folder", "BDD");
    // then
    assertThat(run.exitCode()).as(run.all()).isZero();
    LoggedRequest request = onlyImport();
    assertThat(request.queryParameter("source").firstValue()).isEqualTo("calculator-repo");
    assertThat(request.getPart("testInfo").getBody().asString()).isEqualTo("{\"fields\":{\"labels\":[\"bdd\"]}}");
    assertThat(folder.exitCode()).isEqualTo(XrayCli.USAGE);
    assertThat(folder.err()).contains("Xray Cloud's feature import takes no Test Repository folder");
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private void answerExport(byte[] zip) {
    xray.server.stubFor(get(urlPathMatching(EXPORT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/zip").withBody(zip)));
  }

  private void answerImport(String json) {
    xray.server.stubFor(post(urlPathMatching(IMPORT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(json)));
  }

  private LoggedRequest onlyImport() {
    return xray.server.findAll(postRequestedFor(urlPathMatching(IMPORT))).stream()
        .reduce((a, b) -> {
          throw new AssertionError("more than one import request");
        }).orElseThrow(() -> new AssertionError("no import request"));
  }

  static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

}
