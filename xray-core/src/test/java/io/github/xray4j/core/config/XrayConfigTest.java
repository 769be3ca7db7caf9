package io.github.xray4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.Status;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XrayConfigTest {

  @TempDir Path dir;

  private ConfigLoader isolatedLoader() {
    return XrayConfig.loader()
        .systemProperties(Map.of())
        .environment(Map.of())
        .classLoader(new ClassLoaderWithout())
        .workingDirectory(dir);
  }

  @Nested
  class Precedence {

    @Test
    void system_property_beats_environment_beats_framework_beats_properties_file() throws Exception {
      // given the same key in all four layers
      Path file = dir.resolve("xray.properties");
      Files.writeString(file, "xray.summary=from file\nxray.revision=file-rev\nxray.fix-version=file-v\nxray.user=file-user\n");
      ConfigLoader loader =
          isolatedLoader()
              .propertiesFile(file)
              .frameworkParameters(
                  Map.of("xray.summary", "from framework", "xray.revision", "fw-rev", "xray.fix-version", "fw-v"))
              .environment(Map.of("XRAY_SUMMARY", "from env", "XRAY_REVISION", "env-rev"))
              .systemProperties(Map.of("xray.summary", "from sysprop"));

      // when
      XrayConfig config = loader.load();

      // then each key takes the highest layer that sets it
      assertThat(config.summary()).hasValue("from sysprop");
      assertThat(config.revision()).hasValue("env-rev");
      assertThat(config.fixVersion()).hasValue("fw-v");
      assertThat(config.user()).hasValue("file-user");
      assertThat(config.sourceOf(XrayKey.SUMMARY)).isEqualTo("system property xray.summary");
      assertThat(config.sourceOf(XrayKey.REVISION)).isEqualTo("environment variable XRAY_REVISION");
      assertThat(config.sourceOf(XrayKey.FIX_VERSION)).isEqualTo("framework parameter xray.fix-version");
      assertThat(config.sourceOf(XrayKey.USER)).contains("properties file");
      assertThat(config.sourceOf(XrayKey.DESCRIPTION)).isEqualTo("default");
    }

    @Test
    void reads_xray_properties_from_the_classpath() throws Exception {
      // given a class loader that has xray.properties
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Files.writeString(classes.resolve("xray.properties"), "xray.project-key=CALC\n");
      try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
        // when
        XrayConfig config = isolatedLoader().classLoader(loader).load();

        // then
        assertThat(config.projectKey()).hasValue("CALC");
      }
    }

    @Test
    void blank_values_do_not_hide_lower_layers() {
      XrayConfig config =
          isolatedLoader()
              .environment(Map.of("XRAY_PROJECT_KEY", "  "))
              .frameworkParameters(Map.of("xray.project-key", "CALC"))
              .load();

      assertThat(config.projectKey()).hasValue("CALC");
    }

    @Test
    void a_missing_explicit_properties_file_is_reported_with_its_path() {
      Path missing = dir.resolve("nope.properties");

      assertThatThrownBy(() -> isolatedLoader().propertiesFile(missing).load())
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining(missing.toString())
          .hasMessageContaining("does not exist");
    }
  }

  @Test
  void environment_variable_names_are_upper_case_with_underscores() {
    assertThat(XrayKey.TEST_EXECUTION_KEY.envName()).isEqualTo("XRAY_TEST_EXECUTION_KEY");
    assertThat(XrayKey.STATUS_PASSED.envName()).isEqualTo("XRAY_STATUS_PASSED");
    assertThat(XrayKey.JUNIT_EXCLUDED_ENGINES.envName()).isEqualTo("XRAY_JUNIT_EXCLUDED_ENGINES");
  }

  @Nested
  class Activation {

    @Test
    void is_inert_without_url_and_credentials() {
      XrayConfig config = XrayConfig.of(Map.of());

      assertThat(config.isActive()).isFalse();
      assertThat(config.credentials()).isEmpty();
    }

    @Test
    void is_active_with_server_url_and_token() {
      XrayConfig config = XrayConfig.of(Map.of("xray.url", "https://jira.example.com/", "xray.token", "t-1"));

      assertThat(config.isActive()).isTrue();
      assertThat(config.flavour()).isEqualTo(Flavour.SERVER);
      assertThat(config.url()).hasValue(URI.create("https://jira.example.com"));
      assertThat(config.credentials()).containsInstanceOf(Credentials.PersonalAccessToken.class);
    }

    @Test
    void dry_run_is_active_without_endpoint() {
      assertThat(XrayConfig.of(Map.of("xray.dry-run", "true")).isActive()).isTrue();
    }

    @Test
    void enabled_false_wins_over_everything() {
      XrayConfig config =
          XrayConfig.of(Map.of("xray.enabled", "false", "xray.url", "https://jira.example.com", "xray.token", "t"));

      assertThat(config.isActive()).isFalse();
    }

    @Test
    void a_client_id_selects_cloud_with_the_default_host() {
      XrayConfig config = XrayConfig.of(Map.of("xray.client-id", "id-1", "xray.client-secret", "s-1"));

      assertThat(config.flavour()).isEqualTo(Flavour.CLOUD);
      assertThat(config.url()).hasValue(XrayConfig.DEFAULT_CLOUD_URL);
      assertThat(config.isActive()).isTrue();
      assertThat(config.credentials())
          .hasValueSatisfying(
              c -> assertThat(((Credentials.ClientCredentials) c).clientSecret().reveal()).isEqualTo("s-1"));
    }

    @Test
    void a_regional_cloud_host_can_be_set() {
      XrayConfig config =
          XrayConfig.of(
              Map.of(
                  "xray.client-id", "id-1", "xray.client-secret", "s-1",
                  "xray.url", "https://eu.xray.cloud.getxray.app"));

      assertThat(config.url()).hasValue(URI.create("https://eu.xray.cloud.getxray.app"));
    }

    @Test
    void basic_credentials_need_both_user_and_password() {
      XrayConfig config =
          XrayConfig.of(Map.of("xray.url", "http://localhost:8080", "xray.username", "bob", "xray.password", "pw"));

      assertThat(config.credentials()).containsInstanceOf(Credentials.Basic.class);
      assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", "http://localhost", "xray.username", "bob")))
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining("but xray.password is not");
    }

    @Test
    void credentials_without_a_server_url_are_reported() {
      assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.token", "t")))
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining("xray.url is not set");
    }

    @Test
    void a_client_id_without_its_secret_is_reported() {
      assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.client-id", "id")))
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining("xray.client-secret is not");
    }
  }

  @Nested
  class Validation {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "xray.batch-size    | abc       | a whole number",
          "xray.batch-size    | 0         | a whole number",
          "xray.max-retries   | -1        | a whole number",
          "xray.enabled       | maybe     | true or false",
          "xray.timeout       | soon      | a positive duration",
          "xray.timeout       | 0         | a positive duration",
          "xray.api-version   | 3.0       | one of 1.0, 2.0, latest",
          "xray.url           | jira      | an absolute http or https URL",
          "xray.url           | ftp://x.y | an absolute http or https URL",
          "xray.project-key   | calc      | a Jira project key",
          "xray.test-plan-key | CALC-     | an issue key",
          "xray.test-execution-key | CALC 1 | an issue key",
          "xray.proxy         | nohost    | host:port",
          "xray.evidence-max-size | big  | a size",
          "xray.max-request-size | 32 MiB | a size",
          "xray.status.passed | GOOD JOB  | a custom status name"
        })
    void an_invalid_value_is_reported_with_key_value_and_what_is_expected(String key, String value, String expected) {
      assertThatThrownBy(() -> XrayConfig.of(Map.of(key, value)))
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining(key + "='" + value + "'")
          .hasMessageContaining(expected);
    }

    @Test
    void the_message_names_where_the_bad_value_came_from() {
      assertThatThrownBy(() -> isolatedLoader().environment(Map.of("XRAY_BATCH_SIZE", "lots")).load())
          .hasMessageContaining("(from environment variable XRAY_BATCH_SIZE)");
    }

    @Test
    void an_unknown_key_is_rejected_by_of() {
      assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.tokn", "x")))
          .hasMessageContaining("'xray.tokn' is not an xray4j configuration key");
    }

    @Test
    void a_url_with_credentials_in_it_is_rejected_without_echoing_them() {
      assertThatThrownBy(() -> XrayConfig.of(Map.of("xray.url", "https://bob:hunter2@jira.example.com")))
          .isInstanceOf(XrayConfigException.class)
          .hasMessageContaining("must not carry credentials")
          .hasMessageNotContaining("hunter2");
    }
  }

  @Nested
  class Values {

    @ParameterizedTest
    @CsvSource({"90, PT1M30S", "500ms, PT0.5S", "90s, PT1M30S", "2m, PT2M", "1h, PT1H", "PT45S, PT45S"})
    void durations_take_seconds_units_or_iso(String text, String expected) {
      assertThat(XrayConfig.of(Map.of("xray.timeout", text)).timeout()).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "512KB, 524288", "10MB, 10485760", "1gb, 1073741824"})
    void sizes_take_units(String text, long expected) {
      assertThat(XrayConfig.of(Map.of("xray.evidence-max-size", text)).evidenceMaxSize()).isEqualTo(expected);
    }

    @Test
    void defaults_apply_when_nothing_is_set() {
      XrayConfig config = XrayConfig.of(Map.of());

      assertThat(config.enabled()).isTrue();
      assertThat(config.apiVersion()).isEqualTo("2.0");
      assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(config.publishTimeout()).isEqualTo(Duration.ofMinutes(5));
      assertThat(config.maxRetries()).isEqualTo(3);
      assertThat(config.batchSize()).isEqualTo(500);
      assertThat(config.evidenceMaxSize()).isEqualTo(10L * 1024 * 1024);
      assertThat(config.maxRequestSize()).isEqualTo(32L * 1024 * 1024);
      assertThat(config.reportUnannotated()).isFalse();
      assertThat(config.dryRun()).isFalse();
      assertThat(config.failOnError()).isFalse();
      assertThat(config.proxy()).isEmpty();
      assertThat(config.statusPassed()).isEqualTo(Status.PASS);
      assertThat(config.statusSkipped()).isEqualTo(Status.TODO);
      assertThat(config.list(XrayKey.JUNIT_EXCLUDED_ENGINES)).containsExactly("cucumber");
      assertThat(config.list(XrayKey.CUCUMBER_TEST_TAG_PREFIXES)).containsExactly("TEST_");
    }

    @Test
    void environments_are_split_on_commas_and_trimmed() {
      assertThat(XrayConfig.of(Map.of("xray.test-environments", "chrome, linux,,")).testEnvironments())
          .containsExactly("chrome", "linux");
    }

    @Test
    void a_custom_status_can_be_mapped() {
      assertThat(XrayConfig.of(Map.of("xray.status.skipped", "skipped")).statusSkipped())
          .isEqualTo(Status.of("SKIPPED"));
    }

    @Test
    void proxy_takes_url_or_host_port() {
      assertThat(XrayConfig.of(Map.of("xray.proxy", "http://proxy.local:3128")).proxy())
          .hasValue(new ProxySettings("proxy.local", 3128));
      assertThat(XrayConfig.of(Map.of("xray.proxy", "proxy.local:8080")).proxy())
          .hasValue(new ProxySettings("proxy.local", 8080));
    }

    @Test
    void raw_values_of_secret_keys_are_refused() {
      XrayConfig config = XrayConfig.of(Map.of("xray.url", "http://localhost", "xray.token", "t-1"));

      assertThatThrownBy(() -> config.value(XrayKey.TOKEN)).hasMessageNotContaining("t-1");
      assertThat(config.value(XrayKey.URL)).isEqualTo(Optional.of("http://localhost"));
    }
  }

  @Nested
  class OutputDirectory {

    @Test
    void is_target_xray_in_a_maven_project() throws Exception {
      Files.writeString(dir.resolve("pom.xml"), "<project/>");

      assertThat(isolatedLoader().load().outputDir()).isEqualTo(dir.resolve("target/xray"));
    }

    @Test
    void is_build_xray_in_a_gradle_project() throws Exception {
      Files.writeString(dir.resolve("build.gradle.kts"), "plugins {}");

      assertThat(isolatedLoader().load().outputDir()).isEqualTo(dir.resolve("build/xray"));
    }

    @Test
    void can_be_configured() {
      Path custom = dir.resolve("reports");

      XrayConfig config = isolatedLoader().frameworkParameters(Map.of("xray.output-dir", custom.toString())).load();

      assertThat(config.outputDir()).isEqualTo(custom);
    }
  }

  @Test
  void to_string_shows_values_but_never_secrets() {
    XrayConfig config =
        XrayConfig.of(
            Map.of(
                "xray.url", "http://localhost",
                "xray.username", "bob",
                "xray.password", "pw-secret-1",
                "xray.project-key", "CALC"));
    XrayConfig cloud = XrayConfig.of(Map.of("xray.client-id", "id-1", "xray.client-secret", "cs-secret-2"));
    XrayConfig pat = XrayConfig.of(Map.of("xray.url", "http://localhost", "xray.token", "pat-secret-3"));

    assertThat(config.toString()).contains("xray.project-key=CALC", "xray.password=******").doesNotContain("pw-secret-1");
    assertThat(config.credentials().orElseThrow().toString()).doesNotContain("pw-secret-1");
    assertThat(cloud + " " + cloud.credentials().orElseThrow()).doesNotContain("cs-secret-2");
    assertThat(pat + " " + pat.credentials().orElseThrow()).doesNotContain("pat-secret-3");
  }

  /** A class loader that sees no xray.properties, whatever the test classpath has. */
  private static final class ClassLoaderWithout extends ClassLoader {
    ClassLoaderWithout() {
      super(null);
    }
  }
}
