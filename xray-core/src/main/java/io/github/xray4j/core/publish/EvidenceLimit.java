package io.github.xray4j.core.publish;

import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Leaves out evidence larger than {@code xray.evidence-max-size}, and evidence files that cannot be read, so that
 * one file cannot cost a run its results. Every file left out becomes a {@link PublishOutcome.Problem} naming the
 * test and the file; nothing is dropped silently.
 */
final class EvidenceLimit {

  private final long maxSize;

  EvidenceLimit(long maxSize) {
    this.maxSize = maxSize;
  }

  /** The result with its oversized or unreadable evidence left out, each noted in {@code problems}. */
  TestResult apply(TestResult result, List<PublishOutcome.Problem> problems) {
    String test = result.identity();
    try {
      return EvidenceWalk.map(result, file -> kept(file, test, problems) ? file : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // kept() reads sizes only, and catches what that throws
    }
  }

  private boolean kept(Evidence file, String test, List<PublishOutcome.Problem> problems) {
    if (file instanceof Evidence.File onDisk
        && (!Files.isRegularFile(onDisk.path()) || !Files.isReadable(onDisk.path()))) {
      problems.add(new PublishOutcome.Problem(test, "evidence " + onDisk.path() + " cannot be read and was left"
          + " out; check that the file exists when the test finishes"));
      return false;
    }
    long size;
    try {
      size = file.size();
    } catch (UncheckedIOException e) {
      problems.add(new PublishOutcome.Problem(test, "evidence " + file.filename() + " cannot be read ("
          + describe(e.getCause()) + ") and was left out"));
      return false;
    }
    if (size > maxSize) {
      problems.add(new PublishOutcome.Problem(test, "evidence " + where(file) + " (" + megabytes(size)
          + ") is larger than xray.evidence-max-size (" + megabytes(maxSize) + ") and was left out; raise"
          + " xray.evidence-max-size or attach a smaller file"));
      return false;
    }
    return true;
  }

  private static String where(Evidence file) {
    return file instanceof Evidence.File onDisk ? onDisk.path().toString() : file.filename();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
  }
}
