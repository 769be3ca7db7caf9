package io.github.xray4j.core.internal.json;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.model.Evidence;
import java.io.IOException;

/**
 * An evidence file could not be read while a document was written (deleted meanwhile, a directory, no
 * permission): not a failure of where the document goes, so the caller can leave that evidence out and write the
 * document again.
 */
public final class UnreadableEvidenceException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Evidence evidence;

  UnreadableEvidenceException(Evidence evidence, IOException cause) {
    super("evidence " + where(evidence) + " cannot be read (" + cause.getClass().getSimpleName()
        + (cause.getMessage() != null ? ": " + cause.getMessage() : "") + ")", cause);
    this.evidence = requireNonNull(evidence, "evidence");
  }

  /** The evidence that could not be read. */
  public Evidence evidence() {
    return evidence;
  }

  /** Where the evidence is: its path for a file, else its name. */
  public static String where(Evidence evidence) {
    return evidence instanceof Evidence.File onDisk ? onDisk.path().toString() : evidence.filename();
  }
}
