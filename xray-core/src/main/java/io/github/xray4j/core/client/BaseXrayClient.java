package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.HttpFailure;
import io.github.xray4j.core.internal.http.Multipart;
import io.github.xray4j.core.internal.http.Wire;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.Flavour;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What both flavours share: calling through Feign, turning failures into public exceptions, mapping answers. */
abstract class BaseXrayClient implements XrayClient {
  final XrayHttp http;

  BaseXrayClient(XrayHttp http) {
    this.http = http;
  }

  @Override
  public Flavour flavour() {
    return http.flavour();
  }

  /** Runs one Feign call; every failure leaves as an {@link XrayException}. */
  final <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (XrayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw toPublic(http.failure(e));
    }
  }

  final void run(Runnable request) {
    call(() -> {
      request.run();
      return null;
    });
  }

  static XrayException toPublic(HttpFailure f) {
    Throwable cause = f.getCause() != null ? f.getCause() : null;
    return switch (f.kind()) {
      case AUTHENTICATION -> new XrayAuthenticationException(f.getMessage(), f.status(), f.request(), f.xrayMessage(), cause);
      case BAD_REQUEST -> new XrayBadRequestException(
          f.getMessage(), f.status(), f.request(), f.xrayMessage(), f.unknownKeys(), cause);
      case NOT_FOUND -> new XrayNotFoundException(
          f.getMessage(), f.status(), f.request(), f.xrayMessage(), f.unknownKeys(), cause);
      case WRONG_URL -> new XrayWrongUrlException(f.getMessage(), f.status(), f.request(), f.xrayMessage(), cause);
      case UNAVAILABLE -> new XrayUnavailableException(f.getMessage(), f.status(), f.request(), f.xrayMessage(), cause);
      case MALFORMED_RESPONSE -> new XrayMalformedResponseException(
          f.getMessage(), f.status(), f.request(), f.xrayMessage(), cause);
      case OTHER -> new XrayException(f.getMessage(), f.status(), f.request(), f.xrayMessage(), cause);
    };
  }

  static ImportResult result(Wire.ImportResponse response) {
    return new ImportResult(
        ref(response.testExecution()), response.tests().stream().map(BaseXrayClient::ref).toList(),
        response.problems(), response.refused());
  }

  static IssueRef ref(Wire.IssueRef ref) {
    return new IssueRef(Objects.requireNonNullElse(ref.id(), ""), Objects.requireNonNull(ref.key(), "key"), ref.self());
  }

  static XrayTest test(Wire.Test t) {
    return new XrayTest(t.key(), t.id(), t.self(), t.type(), t.definition());
  }

  static TestStepDefinition step(Wire.Step s) {
    return new TestStepDefinition(s.id(), s.index(), s.action(), s.data(), s.result());
  }

  static LinkedIssue linked(Wire.Linked l) {
    return new LinkedIssue(l.key(), l.id(), l.rank(), l.status());
  }

  static TestRunStatusSetting status(Wire.StatusSetting s) {
    return new TestRunStatusSetting(s.id(), s.name(), s.description(), s.color(), s.isFinal());
  }

  static JiraIssue jiraIssue(Wire.JiraIssue issue) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (issue.fields() != null) {
      issue.fields().forEach((k, v) -> {
        if (v != null) {
          fields.put(k, v);
        }
      });
    }
    return new JiraIssue(new IssueRef(issue.id() == null ? "" : issue.id(), issue.key(), issue.self()), fields);
  }

  static TestRun testRun(Wire.TestRun r) {
    return new TestRun(r.id(), r.status(), r.testKey(), r.testExecKey(), r.assignee(), r.executedBy(),
        r.startedOn(), r.finishedOn(), r.comment(), r.defects(),
        r.evidence().stream().map(e -> new TestRun.Attachment(e.id(), e.filename(), e.downloadLink())).toList(),
        r.customFields().stream().map(f -> new TestRun.Field(f.id(), f.name(), f.value())).toList(),
        r.iterations().stream().map(i -> new TestRun.Iteration(i.rank(), i.status(), i.parameters())).toList());
  }

  /** An iteration update must change something. */
  static void requireChange(String iterationId, @Nullable String status, List<TestRunUpdate.Step> steps) {
    if (status == null && steps.isEmpty()) {
      throw new IllegalArgumentException("the update of iteration " + iterationId + " changes nothing: set a status"
          + " or step results");
    }
  }

  static Multipart multipart(String resultsPart, byte[] results, byte[] info) {
    return new Multipart()
        .part(resultsPart, "results.json", "application/json", results)
        .part("info", "info.json", "application/json", info);
  }

  static Multipart featureFile(String filename, byte[] featureOrZip) {
    String type = filename.endsWith(".zip") ? "application/zip" : "text/plain";
    return new Multipart().part("file", filename, type, featureOrZip);
  }

  static FeatureImportResult featureResult(Wire.FeatureImport imported) {
    return new FeatureImportResult(imported.tests().stream().map(BaseXrayClient::ref).toList(),
        imported.preconditions().stream().map(BaseXrayClient::ref).toList(), imported.errors());
  }

  /** {@code keys} ({@code ;}-separated) and {@code filter}, as both flavours' feature exports take them. */
  static Map<String, String> exportQuery(FeatureExportRequest request) {
    Map<String, String> query = new LinkedHashMap<>();
    if (!request.keys().isEmpty()) {
      query.put("keys", String.join(";", request.keys()));
    }
    if (request.filter() != null) {
      query.put("filter", request.filter());
    }
    return query;
  }

  static byte[] orEmpty(byte @Nullable [] body) {
    return body == null ? new byte[0] : body;
  }

  /** The evidence's bytes in base64, read once. */
  static String base64(Evidence evidence) {
    try (InputStream in = evidence.open()) {
      return Base64.getEncoder().encodeToString(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evidence " + evidence.filename() + ": " + e.getMessage(), e);
    }
  }

  /** {@code https://jira.example.com/browse/KEY} from a self link, or null when there is none. */
  static String browseUrlFromSelf(IssueRef issue, String fallbackBase) {
    String self = issue.self();
    if (self != null) {
      int rest = self.indexOf("/rest/");
      if (rest > 0) {
        return self.substring(0, rest) + "/browse/" + issue.key();
      }
    }
    return fallbackBase + "/browse/" + issue.key();
  }

  @Override
  public void close() {
    // the JDK HttpClient of Java 17 has nothing to close; its connections idle out
  }
}
