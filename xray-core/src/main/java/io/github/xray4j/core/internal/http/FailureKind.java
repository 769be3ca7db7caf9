package io.github.xray4j.core.internal.http;

/** What went wrong with one request, as far as the HTTP layer can tell. */
public enum FailureKind {
  /** 401 or 403. */
  AUTHENTICATION,
  /** 400, or a 200 that carries a list of errors (association endpoints). */
  BAD_REQUEST,
  /** 404 with a non-HTML body: the issue or resource does not exist. */
  NOT_FOUND,
  /** A redirect, an HTML page where JSON was expected, or 405: the base URL is not the right one. */
  WRONG_URL,
  /** Connection failures, timeouts and 5xx. */
  UNAVAILABLE,
  /** A 2xx whose body is not what the endpoint answers. */
  MALFORMED_RESPONSE,
  /** Any other status. */
  OTHER
}
