package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * Xray Cloud at {@code {host}/api/v2}: imports (multipart parts {@code results} and {@code info}), feature import
 * and export, and GraphQL.
 */
@Headers("Accept: application/json")
public interface CloudXrayApi {

  @NotIdempotent
  @RequestLine("POST /import/execution")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importExecutionCreating(byte[] xrayJson);

  @RequestLine("POST /import/execution")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importExecutionInto(byte[] xrayJson);

  @NotIdempotent
  @RequestLine("POST /import/execution/multipart")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importExecutionMultipart(@Param("contentType") String contentType, byte[] body);

  @NotIdempotent
  @RequestLine("POST /import/execution/cucumber")
  @Headers("Content-Type: application/json")
  Wire.ImportResponse importCucumber(byte[] cucumberJson);

  @NotIdempotent
  @RequestLine("POST /import/execution/cucumber/multipart")
  @Headers("Content-Type: {contentType}")
  Wire.ImportResponse importCucumberMultipart(@Param("contentType") String contentType, byte[] body);

  @NotIdempotent
  @RequestLine("POST /import/execution/junit")
  @Headers("Content-Type: application/xml")
  Wire.ImportResponse importJunitCreating(@QueryMap Map<String, String> query, byte[] junitXml);

  @RequestLine("POST /import/execution/junit")
  @Headers("Content-Type: application/xml")
  Wire.ImportResponse importJunitInto(@QueryMap Map<String, String> query, byte[] junitXml);

  @NotIdempotent
  @RequestLine("POST /import/feature")
  @Headers("Content-Type: {contentType}")
  Wire.FeatureImport importFeatures(
      @QueryMap Map<String, String> query, @Param("contentType") String contentType, byte[] body);

  @RequestLine("GET /export/cucumber")
  @Headers("Accept: application/octet-stream, application/zip, */*")
  byte[] exportFeatures(@QueryMap Map<String, String> query);

  /** A GraphQL query: read-only, so retried like any read. */
  @RequestLine("POST /graphql")
  @Headers("Content-Type: application/json")
  JsonNode graphQlQuery(Wire.GraphQlRequest request);

  /** A GraphQL mutation: retried only when Xray surely did not receive it. */
  @NotIdempotent
  @RequestLine("POST /graphql")
  @Headers("Content-Type: application/json")
  JsonNode graphQlMutation(Wire.GraphQlRequest request);
}
