package io.github.xray4j.core.internal.http;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Jira Server/DC at {@code {jira}/rest/api/2}. */
@Headers("Accept: application/json")
public interface JiraApi {

  @NotIdempotent
  @RequestLine("POST /issue")
  @Headers("Content-Type: application/json")
  Wire.IssueRef createIssue(Wire.CreateIssue issue);

  @RequestLine("GET /issue/{key}")
  Wire.JiraIssue issue(@Param("key") String key);

  /** Links two issues; Jira answers 201 with no body. Linking the same pair again adds no second link. */
  @RequestLine("POST /issueLink")
  @Headers("Content-Type: application/json")
  void link(Wire.IssueLink link);

  @RequestLine("GET /myself")
  Wire.JiraUser myself();

  @RequestLine("GET /search?jql={jql}&fields=key&maxResults={max}")
  Wire.FoundIssues search(@Param("jql") String jql, @Param("max") int maxResults);
}
