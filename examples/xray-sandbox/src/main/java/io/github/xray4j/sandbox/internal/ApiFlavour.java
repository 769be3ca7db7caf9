package io.github.xray4j.sandbox.internal;

import java.util.List;

/** Which Xray the request came to: the flavour decides the valid status names and the wording of errors. */
enum ApiFlavour {
  /** Xray Server / Data Center ({@code /rest/raven/...}). */
  SERVER("Xray Server/Data Center", List.of("PASS", "FAIL", "TODO", "EXECUTING", "ABORTED")),
  /** Xray Cloud ({@code /api/v2/...}). */
  CLOUD("Xray Cloud", List.of("PASSED", "FAILED", "TODO", "EXECUTING", "ABORTED"));

  private final String displayName;
  private final List<String> builtInStatuses;

  ApiFlavour(String displayName, List<String> builtInStatuses) {
    this.displayName = displayName;
    this.builtInStatuses = builtInStatuses;
  }

  String displayName() {
    return displayName;
  }

  /** The built-in test run statuses of this flavour (custom ones come from the seed). */
  List<String> builtInStatuses() {
    return builtInStatuses;
  }

  String passed() {
    return builtInStatuses.get(0);
  }

  String failed() {
    return builtInStatuses.get(1);
  }

  String todo() {
    return builtInStatuses.get(2);
  }
}
