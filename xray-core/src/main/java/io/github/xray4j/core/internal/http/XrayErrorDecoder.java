package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns every non-2xx answer into an {@link HttpFailure} with a diagnosis, or into a retryable exception
 * for 429/502/503/504 (honouring {@code Retry-After}) and for a cached token that expired (Xray Cloud, OAuth 2.0).
 */
final class XrayErrorDecoder implements ErrorDecoder {
  private final ObjectMapper mapper;
  private final Diagnosis diagnosis;
  private final Clock clock;
  private final @Nullable TokenProvider tokens;

  XrayErrorDecoder(ObjectMapper mapper, Diagnosis diagnosis, Clock clock, @Nullable TokenProvider tokens) {
    this.mapper = mapper;
    this.diagnosis = diagnosis;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    byte[] body;
    try {
      body = Bodies.readErrorPrefix(response);
    } catch (IOException e) {
      body = new byte[0];
    }
    int status = response.status();
    Request request = response.request();
    HttpFailure failure = failure(status, Bodies.describe(request), body, header(response, "Location"));
    if (status == 401 && tokens != null && tokens.invalidate(bearer(request))) {
      return new TokenRejected(failure, request);
    }
    if (status == 429 || status == 502 || status == 503 || status == 504) {
      return new RetryableResponse(failure, retryAfter(header(response, "Retry-After")), request);
    }
    return failure;
  }

  private HttpFailure failure(int status, String request, byte[] body, @Nullable String location) {
    boolean html = Bodies.isHtml(body);
    String xray = Bodies.message(mapper, body);
    String said = xray == null ? "" : ": Xray says \"" + xray + "\"";
    String on = " (" + status + " on " + request + ")";
    if (status >= 300 && status < 400) {
      String to = location == null ? "" : " to " + withoutQuery(location);
      return new HttpFailure(
          FailureKind.WRONG_URL, status, request,
          diagnosis.urlHint() + " (" + status + " redirect" + to + " on " + request + "; a redirect to a login"
              + " page means the URL is not the Jira base URL or the request was not authenticated)",
          xray, List.of(), null);
    }
    if (status == 405 || (status == 404 && (html || xray == null))) {
      return new HttpFailure(FailureKind.WRONG_URL, status, request, diagnosis.urlHint() + on, xray, List.of(), null);
    }
    if (status == 401) {
      return new HttpFailure(
          FailureKind.AUTHENTICATION, status, request,
          "Xray rejected the credentials" + on + ": " + diagnosis.credentialsHint()
              + ". A 401 can also mean that the Xray licence is not valid" + said,
          xray, List.of(), null);
    }
    if (status == 403) {
      return new HttpFailure(
          FailureKind.AUTHENTICATION, status, request,
          "Xray refused access" + on + ": the user may lack permission for this project or operation, or Jira"
              + " may ask for a CAPTCHA after failed logins; " + diagnosis.credentialsHint() + said,
          xray, List.of(), null);
    }
    if (html) {
      return new HttpFailure(
          status >= 500 ? FailureKind.UNAVAILABLE : FailureKind.WRONG_URL, status, request,
          (status >= 500 ? "Xray is unavailable" + on + ": an HTML error page came back" : diagnosis.urlHint() + on),
          null, List.of(), null);
    }
    if (status == 400) {
      return new HttpFailure(
          FailureKind.BAD_REQUEST, status, request, "Xray rejected the request" + on + said, xray,
          Bodies.unknownKeys(xray), null);
    }
    if (status == 404) {
      return new HttpFailure(
          FailureKind.NOT_FOUND, status, request, "Not found" + on + said, xray, Bodies.unknownKeys(xray), null);
    }
    if (status == 413) {
      return new HttpFailure(
          FailureKind.OTHER, status, request,
          "The request was too large for Xray or a proxy in front of it" + on + ": lower xray.max-request-size,"
              + " xray.batch-size or xray.evidence-max-size" + said,
          xray, List.of(), null);
    }
    if (status == 429) {
      return new HttpFailure(
          FailureKind.UNAVAILABLE, status, request,
          "Xray's rate limit was hit" + on + " and retries did not get through; try again later or raise"
              + " xray.max-retries" + said,
          xray, List.of(), null);
    }
    if (status >= 500) {
      return new HttpFailure(
          FailureKind.UNAVAILABLE, status, request, "Xray is unavailable" + on + said, xray, List.of(), null);
    }
    return new HttpFailure(FailureKind.OTHER, status, request, "Xray answered" + on + said, xray, List.of(), null);
  }

  private @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static @Nullable String bearer(Request request) {
    String auth = header(request.headers(), "Authorization");
    return auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : null;
  }

  private static @Nullable String header(Response response, String name) {
    return header(response.headers(), name);
  }

  private static @Nullable String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }

  private static String withoutQuery(String location) {
    try {
      URI uri = URI.create(location);
      return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null).toString();
    } catch (Exception e) {
      int q = location.indexOf('?');
      return q < 0 ? location : location.substring(0, q);
    }
  }
}
