package io.github.xray4j.core.features;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export wrote into its directory: the {@code .feature} files written and those of the previous export
 * removed (Xray no longer exports them), all under {@link #directory()}.
 *
 * @param directory the directory exported into
 * @param written the files written, in Xray's order
 * @param removed the files of the previous export that were deleted
 */
public record ExportedFeatures(Path directory, List<Path> written, List<Path> removed) {
  public ExportedFeatures {
    requireNonNull(directory, "directory");
    written = List.copyOf(requireNonNull(written, "written"));
    removed = List.copyOf(requireNonNull(removed, "removed"));
  }

  /** One line per file written or removed, then a summary line: what the CLI and the Maven plugin print. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    written.forEach(file -> lines.add("wrote " + file));
    removed.forEach(file -> lines.add("removed " + file + " (no longer exported by Xray)"));
    lines.add(written.isEmpty()
        ? "Xray exported no feature files: nothing written into " + directory
            + " (are the keys or the filter those of Cucumber Tests?)"
        : written.size() + (written.size() == 1 ? " feature file" : " feature files") + " written into " + directory);
    return lines;
  }
}
