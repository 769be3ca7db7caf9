package io.github.xray4j.core.internal.http;

import feign.Headers;
import feign.RequestLine;

/** Xray Cloud's token endpoint, {@code {host}/api/v2/authenticate}. */
interface CloudAuthApi {

  /** The request body; its {@code toString()} hides the secret. */
  record AuthenticateRequest(
      @com.fasterxml.jackson.annotation.JsonProperty("client_id") String clientId,
      @com.fasterxml.jackson.annotation.JsonProperty("client_secret") String clientSecret) {
    @Override
    public String toString() {
      return "AuthenticateRequest[clientId=" + clientId + ", clientSecret=******]";
    }
  }

  /** Answers the token as a quoted JSON string. */
  @RequestLine("POST /authenticate")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String authenticate(AuthenticateRequest request);
}
