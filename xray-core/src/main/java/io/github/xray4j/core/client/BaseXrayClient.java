package io.github.xray4j.core.client;

import io.github.xray4j.core.internal.http.HttpFailure;
import io.github.xray4j.core.internal.http.Multipart;
import io.github.xray4j.core.internal.http.Wire;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Flavour;
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
        response.problems());
  }

  static IssueRef ref(Wire.IssueRef ref) {
    return new IssueRef(Objects.requireNonNullElse(ref.id(), ""), Objects.requireNonNull(ref.key(), "key"), ref.self());
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
