package io.github.xray4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.model.TestStep;
import io.github.xray4j.core.model.TestType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrayJsonWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
  private static final Instant FINISH = Instant.parse("2026-05-01T10:05:07.250Z");

  @TempDir Path dir;

  @Test
  void writes_every_field_of_a_run_for_server_with_server_status_names_and_evidences() throws Exception {
    // given
    ExecutionResults run = everyField();

    // when
    JsonNode document = XrayJsonSchemas.written(Flavour.SERVER, run);

    // then: Server/DC's iterations have no log or duration; the log goes into the run's comment
    assertThat(document).isEqualTo(JSON.readTree(expected("PASS", "FAIL", "evidences")
        .replace("\"duration\": \"1h 2m 3s\",", "").replace("\"log\": \"expected 3 but was 4\",", "")
        .replace("\"duration\": \"0s\",", "")
        .replace("{\"testKey\": \"CALC-3\", \"status\": \"FAIL\",",
            "{\"testKey\": \"CALC-3\", \"status\": \"FAIL\", \"comment\": \"[2] a=2: expected 3 but was 4\",")));
  }

  @Test
  void writes_every_field_of_a_run_for_cloud_with_cloud_status_names_and_evidence() throws Exception {
    // given
    ExecutionResults run = everyField();

    // when
    JsonNode document = XrayJsonSchemas.written(Flavour.CLOUD, run);

    // then
    assertThat(document).isEqualTo(JSON.readTree(expected("PASSED", "FAILED", "evidence")));
  }

  @Test
  void leaves_out_absent_fields_instead_of_writing_nulls() throws Exception {
    // given
    ExecutionResults run = new ExecutionResults(
        null, ExecutionInfo.empty(), List.of(TestResult.builder(Status.TODO).testKey("CALC-5").build()));

    // when
    JsonNode document = XrayJsonSchemas.written(Flavour.SERVER, run);

    // then
    assertThat(document)
        .isEqualTo(JSON.readTree("{\"tests\":[{\"testKey\":\"CALC-5\",\"status\":\"TODO\"}]}"));
  }

  @Test
  void encodes_a_large_evidence_file_exactly_as_base64() throws Exception {
    // given
    byte[] content = new byte[3 * 1024 * 1024 + 7];
    new Random(42).nextBytes(content);
    Path video = Files.write(dir.resolve("run.webm"), content);
    ExecutionResults run = new ExecutionResults("CALC-2001", ExecutionInfo.empty(),
        List.of(TestResult.builder(Status.PASS).testKey("CALC-1").evidence(Evidence.ofFile(video)).build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    XrayJsonWriter.of(Flavour.CLOUD).write(run, out);

    // then
    assertThat(XrayJsonSchemas.problems(Flavour.CLOUD, out.toString(StandardCharsets.UTF_8))).isEmpty();
    JsonNode evidence = JSON.readTree(out.toByteArray()).at("/tests/0/evidence/0");
    assertThat(evidence.get("filename").asText()).isEqualTo("run.webm");
    assertThat(evidence.get("contentType").asText()).isEqualTo("video/webm");
    assertThat(Base64.getDecoder().decode(evidence.get("data").asText())).isEqualTo(content);
  }

  @Test
  void writes_the_multipart_info_with_xray_fields_on_cloud_only() throws Exception {
    // given: what each flavour's multipart info carries (the rest is refused, see XrayJsonShapesTest)
    ExecutionInfo cloudInfo = new ExecutionInfo("CALC", "Nightly", "All tests", "1.4", null, null, null, null,
        "CALC-100", List.of("chrome", "linux"));
    ExecutionInfo serverInfo = new ExecutionInfo("CALC", "Nightly", "All tests", "1.4", null, null, null, null,
        null, List.of());

    // when
    JsonNode cloud = XrayJsonSchemas.writtenInfo(Flavour.CLOUD, cloudInfo);
    JsonNode server = XrayJsonSchemas.writtenInfo(Flavour.SERVER, serverInfo);

    // then
    String fields = """
        "fields": {"project": {"key": "CALC"}, "summary": "Nightly", "description": "All tests",
                   "issuetype": {"name": "Test Execution"}, "fixVersions": [{"name": "1.4"}]}""";
    assertThat(cloud).isEqualTo(JSON.readTree("{" + fields
        + ", \"xrayFields\": {\"testPlanKey\": \"CALC-100\", \"environments\": [\"chrome\", \"linux\"]}}"));
    assertThat(server).isEqualTo(JSON.readTree("{" + fields + "}"));
  }

  private ExecutionResults everyField() throws Exception {
    Path log = Files.writeString(dir.resolve("server.log"), "started\nfailed\n");
    ExecutionInfo info = new ExecutionInfo("CALC", "Nightly", "All tests", "1.4", "9f1c2e0", "ci-bot", START, FINISH,
        "CALC-100", List.of("chrome", "linux"));
    TestResult plain = TestResult.builder(Status.PASS)
        .testKey("CALC-1")
        .start(START)
        .finish(FINISH)
        .comment("all good")
        .evidence(Evidence.ofBytes("hello.txt", null, "hello".getBytes(StandardCharsets.UTF_8)))
        .evidence(Evidence.ofFile(log))
        .defect("CALC-77")
        .customField(new CustomField("customfield_100", null, "fast"))
        .build();
    TestResult dataDriven = TestResult.builder(Status.FAIL)
        .testKey("CALC-3")
        .iteration(new Iteration("[1] a=1", List.of(new Parameter("a", "1")), Status.PASS, null,
            Duration.ofSeconds(3723), List.of()))
        .iteration(new Iteration("[2] a=2", List.of(new Parameter("a", "2")), Status.FAIL, "expected 3 but was 4",
            Duration.ofMillis(250), List.of(StepResult.of(Status.FAIL))))
        .build();
    TestResult outline = TestResult.builder(Status.FAIL)
        .testKey("CALC-4")
        .example(Status.PASS).example(Status.FAIL).example(Status.PASS)
        .build();
    TestResult provisioned = TestResult.builder(Status.PASS)
        .testInfo(TestInfo.generic("CALC", "login works", "com.acme.LoginTest.login", List.of("CALC-9"),
            List.of("smoke")))
        .build();
    TestResult manual = TestResult.builder(Status.FAIL)
        .testInfo(new TestInfo("CALC", "checkout", TestType.MANUAL, null,
            List.of(new TestStep("open cart", "2 items", "cart shown"), new TestStep("pay", null, null)),
            null, List.of(), List.of()))
        .step(StepResult.of(Status.PASS))
        .step(new StepResult(Status.FAIL, "declined", "error page",
            List.of(Evidence.ofBytes("shot.png", "image/png", new byte[] {1, 2, 3})), List.of("CALC-78")))
        .build();
    TestResult cucumber = TestResult.builder(Status.PASS)
        .testKey("CALC-6")
        .testInfo(TestInfo.cucumber("CALC", "adds numbers", "Given 1\nWhen added to 2\nThen 3", List.of(),
            List.of("bdd")))
        .customField(new CustomField(null, "Browser", "chrome"))
        .build();
    return new ExecutionResults(
        "CALC-2001", info, List.of(plain, dataDriven, outline, provisioned, manual, cucumber));
  }

  private static String expected(String pass, String fail, String evidence) {
    return """
        {
          "testExecutionKey": "CALC-2001",
          "info": {"project": "CALC", "summary": "Nightly", "description": "All tests", "version": "1.4",
                   "revision": "9f1c2e0", "user": "ci-bot", "startDate": "2026-05-01T10:00:00+00:00",
                   "finishDate": "2026-05-01T10:05:07+00:00", "testPlanKey": "CALC-100",
                   "testEnvironments": ["chrome", "linux"]},
          "tests": [
            {"testKey": "CALC-1", "start": "2026-05-01T10:00:00+00:00", "finish": "2026-05-01T10:05:07+00:00",
             "comment": "all good", "status": "PASS",
             "EVIDENCE": [{"data": "aGVsbG8=", "filename": "hello.txt", "contentType": "text/plain"},
                          {"data": "c3RhcnRlZApmYWlsZWQK", "filename": "server.log", "contentType": "text/plain"}],
             "defects": ["CALC-77"],
             "customFields": [{"id": "customfield_100", "value": "fast"}]},
            {"testKey": "CALC-3", "status": "FAIL",
             "iterations": [
               {"name": "[1] a=1", "parameters": [{"name": "a", "value": "1"}], "duration": "1h 2m 3s",
                "status": "PASS"},
               {"name": "[2] a=2", "parameters": [{"name": "a", "value": "2"}], "log": "expected 3 but was 4",
                "duration": "0s", "status": "FAIL", "steps": [{"status": "FAIL"}]}]},
            {"testKey": "CALC-4", "status": "FAIL", "examples": ["PASS", "FAIL", "PASS"]},
            {"testInfo": {"projectKey": "CALC", "summary": "login works", "type": "Generic",
                          "definition": "com.acme.LoginTest.login", "requirementKeys": ["CALC-9"],
                          "labels": ["smoke"]},
             "status": "PASS"},
            {"testInfo": {"projectKey": "CALC", "summary": "checkout", "type": "Manual",
                          "steps": [{"action": "open cart", "data": "2 items", "result": "cart shown"},
                                    {"action": "pay"}]},
             "status": "FAIL",
             "steps": [{"status": "PASS"},
                       {"status": "FAIL", "comment": "declined", "actualResult": "error page",
                        "EVIDENCE": [{"data": "AQID", "filename": "shot.png", "contentType": "image/png"}],
                        "defects": ["CALC-78"]}]},
            {"testKey": "CALC-6",
             "testInfo": {"projectKey": "CALC", "summary": "adds numbers", "type": "Cucumber",
                          "scenario": "Given 1\\nWhen added to 2\\nThen 3", "labels": ["bdd"]},
             "status": "PASS",
             "customFields": [{"name": "Browser", "value": "chrome"}]}
          ]
        }
        """.replace("\"PASS\"", "\"" + pass + "\"").replace("\"FAIL\"", "\"" + fail + "\"")
        .replace("EVIDENCE", evidence);
  }
}
