package io.github.xray4j.junit5;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How what a test tells its {@link XrayTestRun} travels to the listener: a JUnit report entry with one key,
 * {@code xray.run.comment}, {@code xray.run.defect}, {@code xray.run.evidence} (a file path, then
 * {@code xray.run.evidence-type}) or {@code xray.run.field.<id or name>}.
 */
final class RunEntries {

  static final String PREFIX = "xray.run.";
  static final String COMMENT = PREFIX + "comment";
  static final String DEFECT = PREFIX + "defect";
  static final String EVIDENCE = PREFIX + "evidence";
  static final String EVIDENCE_TYPE = PREFIX + "evidence-type";
  static final String FIELD = PREFIX + "field.";

  private RunEntries() {}

  /** Whether a report entry key is one of these (not shown in the comment as an entry). */
  static boolean isRunKey(String key) {
    return key.startsWith(PREFIX);
  }

  /** What one report entry says, handed to {@code into}; keys that are not ours are ignored. */
  static void decode(Map<String, String> entry, Target into) {
    String evidence = entry.get(EVIDENCE);
    if (evidence != null) {
      into.evidence(evidence, entry.get(EVIDENCE_TYPE));
    }
    entry.forEach((key, value) -> {
      if (key.equals(COMMENT)) {
        into.comment(value);
      } else if (key.equals(DEFECT)) {
        into.defect(value);
      } else if (key.startsWith(FIELD)) {
        into.customField(key.substring(FIELD.length()), value);
      }
    });
  }

  /** Where decoded entries go. */
  interface Target {
    void comment(String text);

    void defect(String issueKey);

    void customField(String idOrName, String value);

    void evidence(String path, @Nullable String contentType);
  }
}
