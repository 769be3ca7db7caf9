package io.github.xray4j.core.model;

/**
 * Which Xray a document or a request is meant for. The two differ in status names, in the evidence field
 * of the import document and in almost every endpoint.
 */
public enum Flavour {
  /** Xray Server / Data Center, under {@code {jira}/rest/raven/{1.0|2.0|latest}}. */
  SERVER,
  /** Xray Cloud, under {@code https://xray.cloud.getxray.app/api/v2} or a regional host. */
  CLOUD
}
