package io.github.xray4j.core.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streams the Xray JSON import document with Jackson's {@link JsonGenerator}: no tree, no databind, evidence
 * files base64-encoded as they are read. Absent values are left out, never written as {@code null}.
 */
public final class ImportDocumentGenerator {

  /** {@code yyyy-MM-dd'T'HH:mm:ssXXX} in UTC, written as {@code +00:00} (the form Xray's examples use). */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  private final Flavour flavour;
  private final JsonGenerator json;

  private ImportDocumentGenerator(Flavour flavour, JsonGenerator json) {
    this.flavour = flavour;
    this.json = json;
  }

  /** Writes the import document for {@code results} to {@code out}, which is flushed but not closed. */
  public static void write(ExecutionResults results, Flavour flavour, OutputStream out) throws IOException {
    try (JsonGenerator json = open(out)) {
      new ImportDocumentGenerator(flavour, json).document(results);
    }
  }

  /**
   * Writes the Jira issue JSON for a multipart import ({@code info} part): the Test Execution's {@code fields}
   * and, on Cloud, {@code xrayFields} with the Test Plan and environments.
   */
  public static void writeMultipartInfo(ExecutionInfo info, Flavour flavour, String issueType, OutputStream out)
      throws IOException {
    try (JsonGenerator json = open(out)) {
      new ImportDocumentGenerator(flavour, json).multipartInfo(info, issueType);
    }
  }

  private static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /** How an iteration's duration is written: {@code 1h 2m 3s}, {@code 45s}, or {@code 0s} under a second. */
  public static String duration(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    StringBuilder text = new StringBuilder();
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      text.append(hours).append("h ");
    }
    if (hours > 0 || minutes > 0) {
      text.append(minutes).append("m ");
    }
    return text.append(rest).append('s').toString();
  }

  // ---- the document -------------------------------------------------------------------------------------

  private void document(ExecutionResults results) throws IOException {
    json.writeStartObject();
    string("testExecutionKey", results.testExecutionKey());
    info(results.info());
    json.writeArrayFieldStart("tests");
    for (TestResult test : results.tests()) {
      test(test);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void info(ExecutionInfo info) throws IOException {
    if (info.equals(ExecutionInfo.empty())) {
      return; // nothing to set on the Test Execution: no empty object for Xray to puzzle over
    }
    json.writeObjectFieldStart("info");
    string("project", info.project());
    string("summary", info.summary());
    string("description", info.description());
    string("version", info.fixVersion());
    string("revision", info.revision());
    string("user", info.user());
    date("startDate", info.startDate());
    date("finishDate", info.finishDate());
    string("testPlanKey", info.testPlanKey());
    strings("testEnvironments", info.testEnvironments());
    json.writeEndObject();
  }

  private void test(TestResult test) throws IOException {
    json.writeStartObject();
    string("testKey", test.testKey());
    if (test.testInfo() != null) {
      testInfo(test.testInfo());
    }
    date("start", test.start());
    date("finish", test.finish());
    string("comment", flavour == Flavour.CLOUD ? test.comment() : serverComment(test));
    status("status", test.status());
    evidence(test.evidence());
    strings("defects", test.defects());
    if (!test.iterations().isEmpty()) {
      json.writeArrayFieldStart("iterations");
      for (Iteration iteration : test.iterations()) {
        iteration(iteration);
      }
      json.writeEndArray();
    }
    if (!test.examples().isEmpty()) {
      json.writeArrayFieldStart("examples");
      for (Status example : test.examples()) {
        json.writeString(example.nameFor(flavour));
      }
      json.writeEndArray();
    }
    steps("steps", test.steps());
    customFields(test.customFields());
    json.writeEndObject();
  }

  private void testInfo(TestInfo info) throws IOException {
    json.writeObjectFieldStart("testInfo");
    string("projectKey", info.projectKey());
    string("summary", info.summary());
    string("type", info.type().xrayName());
    string("definition", info.definition());
    if (!info.steps().isEmpty()) {
      json.writeArrayFieldStart("steps");
      for (TestStep step : info.steps()) {
        json.writeStartObject();
        string("action", step.action());
        string("data", step.data());
        string("result", step.result());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    string("scenario", info.scenario());
    strings("requirementKeys", info.requirementKeys());
    strings("labels", info.labels());
    json.writeEndObject();
  }

  private void iteration(Iteration iteration) throws IOException {
    json.writeStartObject();
    string("name", iteration.name());
    if (!iteration.parameters().isEmpty()) {
      json.writeArrayFieldStart("parameters");
      for (Parameter parameter : iteration.parameters()) {
        json.writeStartObject();
        string("name", parameter.name());
        string("value", parameter.value());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (flavour == Flavour.CLOUD) { // Server/DC's iterations have neither: see serverComment
      string("log", iteration.log());
      if (iteration.duration() != null) {
        string("duration", duration(iteration.duration()));
      }
    }
    status("status", iteration.status());
    steps("steps", iteration.steps());
    json.writeEndObject();
  }

  /**
   * Server/DC's format has no iteration {@code log} (nor {@code duration}): each iteration's log goes into the
   * run's comment, as {@code name: log}, unless the comment already holds it (the JUnit 5 adapter writes failed
   * iterations there). Durations are left out; the run's {@code start} and {@code finish} keep its time.
   */
  private static @Nullable String serverComment(TestResult test) {
    StringBuilder comment = new StringBuilder(test.comment() == null ? "" : test.comment());
    for (Iteration iteration : test.iterations()) {
      String log = iteration.log();
      if (log != null && !log.isBlank() && comment.indexOf(log.strip()) < 0) {
        comment.append(comment.length() == 0 ? "" : "\n\n").append(iteration.name()).append(": ").append(log.strip());
      }
    }
    return comment.length() == 0 ? null : comment.toString();
  }

  private void steps(String field, List<StepResult> steps) throws IOException {
    if (steps.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (StepResult step : steps) {
      json.writeStartObject();
      status("status", step.status());
      string("comment", step.comment());
      string("actualResult", step.actualResult());
      evidence(step.evidence());
      strings("defects", step.defects());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Server/DC: {@code evidences}; Cloud: {@code evidence} (Cloud deprecates the other). Never both. */
  private void evidence(List<Evidence> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(flavour == Flavour.CLOUD ? "evidence" : "evidences");
    for (Evidence file : files) {
      json.writeStartObject();
      json.writeFieldName("data");
      try (InputStream in = readable(file)) {
        // length unknown (-1): a file that changes size while we read it must not break the document
        json.writeBinary(in, -1);
      }
      string("filename", file.filename());
      string("contentType", file.contentType());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * The evidence's content, whose failures (at opening, or reading a directory or a file deleted meanwhile) are
   * {@link UnreadableEvidenceException}s, told apart from failures of the document's own output.
   */
  private static InputStream readable(Evidence file) throws UnreadableEvidenceException {
    InputStream in;
    try {
      in = file.open();
    } catch (IOException | RuntimeException e) {
      throw new UnreadableEvidenceException(file, e instanceof IOException io ? io : new IOException(e));
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new UnreadableEvidenceException(file, e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new UnreadableEvidenceException(file, e);
        }
      }
    };
  }

  private void customFields(List<CustomField> fields) throws IOException {
    if (fields.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("customFields");
    for (CustomField field : fields) {
      json.writeStartObject();
      string("id", field.id());
      string("name", field.name());
      string("value", field.value());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  // ---- multipart info -------------------------------------------------------------------------------------

  private void multipartInfo(ExecutionInfo info, String issueType) throws IOException {
    requireMultipartInfo(info, flavour);
    json.writeStartObject();
    json.writeObjectFieldStart("fields");
    if (info.project() != null) {
      json.writeObjectFieldStart("project");
      string("key", info.project());
      json.writeEndObject();
    }
    string("summary", info.summary());
    string("description", info.description());
    json.writeObjectFieldStart("issuetype");
    string("name", issueType);
    json.writeEndObject();
    if (info.fixVersion() != null) {
      json.writeArrayFieldStart("fixVersions");
      json.writeStartObject();
      string("name", info.fixVersion());
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    if (flavour == Flavour.CLOUD && (info.testPlanKey() != null || !info.testEnvironments().isEmpty())) {
      json.writeObjectFieldStart("xrayFields");
      string("testPlanKey", info.testPlanKey());
      strings("environments", info.testEnvironments());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * A multipart {@code info} creates the Test Execution, so it needs project and summary; and it carries only
   * what its flavour can set without instance-specific custom field ids. What it cannot carry is refused
   * rather than dropped: on Server/DC Test Plan, environments, revision, user and dates are custom fields whose
   * ids differ per instance; on Cloud {@code xrayFields} takes Test Plan and environments but no revision, user
   * or dates. The standard import's {@code info} sets all of them on both.
   */
  static void requireMultipartInfo(ExecutionInfo info, Flavour flavour) {
    List<String> missing = new java.util.ArrayList<>();
    if (info.project() == null || info.project().isBlank()) {
      missing.add("project");
    }
    if (info.summary() == null || info.summary().isBlank()) {
      missing.add("summary");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the multipart info creates a Test Execution and needs " + String.join(" and ",
          missing) + ": set xray.project-key and xray.summary (ExecutionInfo.project and summary)");
    }
    List<String> dropped = new java.util.ArrayList<>();
    if (flavour == Flavour.SERVER && info.testPlanKey() != null) {
      dropped.add("testPlanKey");
    }
    if (flavour == Flavour.SERVER && !info.testEnvironments().isEmpty()) {
      dropped.add("testEnvironments");
    }
    if (info.revision() != null) {
      dropped.add("revision");
    }
    if (info.user() != null) {
      dropped.add("user");
    }
    if (info.startDate() != null) {
      dropped.add("startDate");
    }
    if (info.finishDate() != null) {
      dropped.add("finishDate");
    }
    if (!dropped.isEmpty()) {
      throw new IllegalArgumentException("the multipart info on Xray " + (flavour == Flavour.CLOUD ? "Cloud" : "Server/DC")
          + " cannot carry " + String.join(", ", dropped) + (flavour == Flavour.CLOUD
              ? " (its xrayFields take only testPlanKey and environments):"
              : " (Jira custom fields whose ids differ per instance):")
          + " send them with the standard import, whose info sets them, or write the info yourself with your"
          + " instance's customfield ids");
    }
  }

  // ---- values ---------------------------------------------------------------------------------------------

  private void string(String field, @Nullable String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  private void status(String field, Status status) throws IOException {
    json.writeStringField(field, status.nameFor(flavour));
  }

  private void date(String field, @Nullable Instant instant) throws IOException {
    if (instant != null) {
      json.writeStringField(field, DATE.format(instant));
    }
  }

  private void strings(String field, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
