package io.github.xray4j.cucumber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stands in for Xray. For now a dry run: the documents xray-core writes to the output directory are what
 * would be sent.
 */
final class FakeXray {

  private final Path outputDir;

  FakeXray(Path outputDir) {
    this.outputDir = outputDir;
  }

  /** The xray4j configuration that publishes here. */
  Map<String, String> configuration() {
    return Map.of(
        "xray.enabled", "true",
        "xray.dry-run", "true",
        "xray.output-dir", outputDir.toString(),
        "xray.project-key", "CALC",
        "xray.summary", "Cucumber run");
  }

  void reset() {
    CucumberFixture.filesIn(outputDir).forEach(file -> {
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The import documents received since the last reset, in order. */
  List<String> received() {
    List<String> documents = new ArrayList<>();
    for (Path file : CucumberFixture.filesIn(outputDir).stream().filter(f -> f.toString().endsWith(".json"))
        .sorted().toList()) {
      try {
        documents.add(Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }
}
