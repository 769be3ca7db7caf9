package io.github.xray4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.junit5.fixtures.CleanupFailureFixture;
import io.github.xray4j.junit5.fixtures.OutcomesFixture;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/** What a test run tells Xray besides statuses: failures in full, and when the Test Execution ran. */
class ReportingDetailTest extends XrayServerTest {

  @Test
  void tells_an_exception_from_after_each_and_its_cause_after_the_failure() {
    // when
    FixtureRun.of(CleanupFailureFixture.class).publishingTo(xray).execute();

    // then
    String fixture = CleanupFailureFixture.class.getName();
    xray.assertOneImport("""
        {%s,
         "tests": [{"testKey": "CALC-80", "status": "FAIL", "start": "%2$s", "finish": "%2$s",
           "comment": "{code}\\norg.opentest4j.AssertionFailedError: sum ==> expected: <3> but was: <2>\\n\\tat %3$s.adds(CleanupFailureFixture.java:20)\\n\\tSuppressed: java.lang.IllegalStateException: cannot close the session\\n\\t\\tat %3$s.closes_the_session(CleanupFailureFixture.java:14)\\n\\tCaused by: java.io.IOException: socket closed\\n\\t\\tat %3$s.closes_the_session(CleanupFailureFixture.java:14)\\n{code}"}]}"""
        .formatted(PublishingThroughTheLauncherTest.INFO, PublishingThroughTheLauncherTest.ANY, fixture));
  }

  @Test
  void starts_the_test_execution_when_the_run_starts_and_finishes_it_when_the_run_ends() throws IOException {
    // given: one clock for the listeners, read for every event
    TickingClock clock = new TickingClock(Instant.parse("2026-05-01T10:00:00Z"));
    LauncherConfig config = LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .addTestExecutionListeners(new XrayTestExecutionListener(XrayTestExecutionListener::load, clock))
        .addLauncherSessionListeners(new XrayLauncherSessionListener(clock))
        .build();

    // when
    try (SystemProperties ignored = new SystemProperties(xray.settings());
        LauncherSession session = LauncherFactory.openSession(config)) {
      session.getLauncher().execute(request().selectors(selectClass(OutcomesFixture.class)).build());
    }

    // then
    JsonNode sent = new ObjectMapper().readTree(xray.imports().get(0));
    List<Instant> testTimes = new ArrayList<>();
    sent.get("tests").forEach(test -> {
      if (test.has("start")) {
        testTimes.add(instant(test.get("start")));
        testTimes.add(instant(test.get("finish")));
      }
    });
    assertThat(testTimes).hasSize(8);
    assertThat(instant(sent.at("/info/startDate"))).isBefore(testTimes.stream().min(Instant::compareTo).get());
    assertThat(instant(sent.at("/info/finishDate"))).isAfter(testTimes.stream().max(Instant::compareTo).get());
  }

  private static Instant instant(JsonNode time) {
    return OffsetDateTime.parse(time.asText()).toInstant();
  }

  @Test
  void says_in_the_summary_line_how_many_tests_have_no_key_and_what_to_do() {
    // given OutcomesFixture: five keyed tests and one without a key; UnannotatedFixture: four tests without
    try (io.github.xray4j.core.testing.LogCapture log = new io.github.xray4j.core.testing.LogCapture()) {

      // when
      FixtureRun.of(OutcomesFixture.class, io.github.xray4j.junit5.fixtures.UnannotatedFixture.class)
          .publishingTo(xray).execute();

      // then
      assertThat(log.messages()).filteredOn(message -> message.startsWith("INFO Xray: ")).singleElement()
          .asString().startsWith("INFO Xray: 5 results published to CALC-2001 (")
          .endsWith("; 5 tests have no Xray key (add @XrayTest, or set xray.report-unannotated=true)");
    }
  }

  @Test
  void says_why_there_is_nothing_to_publish_when_no_test_has_a_key() {
    // given
    try (io.github.xray4j.core.testing.LogCapture log = new io.github.xray4j.core.testing.LogCapture()) {

      // when
      FixtureRun.of(io.github.xray4j.junit5.fixtures.UnannotatedFixture.class).publishingTo(xray).execute();

      // then
      assertThat(log.messages()).filteredOn(message -> message.contains("Xray: ")).containsExactly(
          "INFO Xray: nothing to publish: no test reported a result for Xray; 4 tests have no Xray key (add"
              + " @XrayTest, or set xray.report-unannotated=true)");
    }
    assertThat(xray.requestCount()).isZero();
  }

  @Test
  void links_keyed_tests_to_their_requirements_once_and_warns_once_about_a_key_that_is_not_one() {
    // given: Jira links to CALC-9, and knows no CALC-404
    WIRE_MOCK.stubFor(post(urlPathEqualTo(ISSUE_LINK)).willReturn(aResponse().withStatus(201)));
    WIRE_MOCK.stubFor(post(urlPathEqualTo(ISSUE_LINK))
        .withRequestBody(matchingJsonPath("$.outwardIssue.key", equalTo("CALC-404")))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}")));
    try (io.github.xray4j.core.testing.LogCapture log = new io.github.xray4j.core.testing.LogCapture()) {

      // when
      FixtureRun.of(io.github.xray4j.junit5.fixtures.RequirementsFixture.class).publishingTo(xray).execute();

      // then
      assertThat(log.messages()).filteredOn(message -> message.contains("CALC-404")).singleElement().asString()
          .startsWith("WARNING Xray: cannot link CALC-91 to requirement CALC-404: ")
          .contains("Issue Does Not Exist")
          .endsWith("Check that CALC-404 is a requirement (an issue type Xray covers, such as a Story) and fix"
              + " @Requirement or the @REQ_ tag that names it; the results themselves are in Xray.");
    }
    List<String> links = WIRE_MOCK.findAll(postRequestedFor(urlPathEqualTo(ISSUE_LINK))).stream()
        .map(request -> request.getBodyAsString().replace(" ", "")).toList();
    assertThat(links).containsExactlyInAnyOrder(
        "{\"type\":{\"name\":\"Tests\"},\"inwardIssue\":{\"key\":\"CALC-90\"},\"outwardIssue\":{\"key\":\"CALC-9\"}}",
        "{\"type\":{\"name\":\"Tests\"},\"inwardIssue\":{\"key\":\"CALC-91\"},\"outwardIssue\":{\"key\":\"CALC-9\"}}",
        "{\"type\":{\"name\":\"Tests\"},\"inwardIssue\":{\"key\":\"CALC-91\"},\"outwardIssue\":{\"key\":\"CALC-404\"}}");
    assertThat(xray.imports()).hasSize(1);
  }

  @Test
  void reports_what_a_test_tells_its_xray_test_run_from_its_own_thread_and_from_one_it_started() {
    // when
    FixtureRun.of(io.github.xray4j.junit5.fixtures.RunApiFixture.class).publishingTo(xray).execute();

    // then
    String receipt = java.util.Base64.getEncoder().encodeToString("{\"total\":3}".getBytes());
    xray.assertOneImport("""
        {%s,
         "tests": [{"testKey": "CALC-95", "status": "PASS", "start": "%2$s", "finish": "%2$s",
           "comment": "paid with the test card",
           "defects": ["CALC-9", "CALC-10"],
           "customFields": [{"id": "customfield_10100", "value": "chrome 126"}],
           "evidences": [{"data": "%3$s", "filename": "receipt.json", "contentType": "application/json"}]}]}"""
        .formatted(PublishingThroughTheLauncherTest.INFO, PublishingThroughTheLauncherTest.ANY, receipt));
  }

  @Test
  void creates_a_test_with_the_summary_and_labels_its_annotation_names_when_it_has_no_key() {
    // when: its JUnit tag (smoke) is a label too, as asked
    FixtureRun.of(io.github.xray4j.junit5.fixtures.DeclaredTestFixture.class).publishingTo(xray)
        .with("xray.junit.tags-as-labels", "true").execute();

    // then
    xray.assertOneImport("""
        {%s,
         "tests": [{"testInfo": {"projectKey": "CALC", "summary": "Checkout with an expired card", "type": "Generic",
                                 "definition": "%3$s.rejects_an_expired_card", "labels": ["checkout", "smoke"]},
                    "status": "PASS", "start": "%2$s", "finish": "%2$s"}]}"""
        .formatted(PublishingThroughTheLauncherTest.INFO, PublishingThroughTheLauncherTest.ANY,
            io.github.xray4j.junit5.fixtures.DeclaredTestFixture.class.getName()));
  }

  private static final String ISSUE_LINK = "/rest/api/2/issueLink";
}
