package io.github.xray4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xray4j.core.json.XrayJsonWriter;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Flavour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: {@link XrayJsonWriter} against plain Jackson streaming of the same document
 * ({@link PlainJacksonDocument}), for {@code serializationResults} results with 200-character comments and two
 * iterations each. Both write into a sink that only counts bytes, alternately, after a warm-up; throughput is
 * document megabytes (10^6 bytes) per second of wall time, median of the repeats.
 */
final class Serialization {

  private final Settings settings;
  private final Figures figures;
  private final Progress progress;

  Serialization(Settings settings, Figures figures, Progress progress) {
    this.settings = settings;
    this.figures = figures;
    this.progress = progress;
  }

  void run() throws Exception {
    int count = settings.serializationResults();
    progress.say("serialization: building " + count + " results");
    ExecutionResults results = SyntheticResults.detailedRun(count);
    XrayJsonWriter writer = XrayJsonWriter.of(Flavour.SERVER);
    checkSameDocument(writer, results);

    List<Double> ours = new ArrayList<>();
    List<Double> plain = new ArrayList<>();
    long bytes = 0;
    int warmups = Math.max(settings.warmups(), settings.warmups() > 0 ? 3 : 0);
    for (int r = -warmups; r < settings.serializationRepeats(); r++) {
      boolean oursFirst = Math.floorMod(r, 2) == 0;
      for (int k = 0; k < 2; k++) {
        boolean isOurs = oursFirst == (k == 0);
        CountingSink sink = new CountingSink();
        Sample sample =
            Sample.measure(isOurs ? () -> writer.write(results, sink) : () -> PlainJacksonDocument.write(results, sink));
        if (r >= 0) {
          (isOurs ? ours : plain).add(sink.count / 1e6 / (sample.wallNanos() / 1e9));
          bytes = sink.count;
        }
      }
    }
    figures.add("serialization.document_mb", bytes / 1e6, "MB", count + " results, 200-char comment, 2 iterations each");
    double oursMbs =
        figures.add("serialization.xray_writer_mb_per_s", Stats.median(ours), "MB/s", "XrayJsonWriter throughput");
    double plainMbs =
        figures.add(
            "serialization.plain_jackson_mb_per_s", Stats.median(plain), "MB/s",
            "plain Jackson streaming of the same document");
    double ratio =
        figures.add("serialization.xray_writer_over_plain_jackson", oursMbs / plainMbs, "ratio",
            "writer throughput / plain Jackson throughput");
    figures.target(
        "serialization_writer_vs_jackson",
        "XrayJsonWriter >= 80% of plain Jackson throughput",
        Figures.format(ratio * 100, "%") + " %",
        ratio >= 0.8);
  }

  /** Both writers must write the same document, or the comparison means nothing. */
  private static void checkSameDocument(XrayJsonWriter writer, ExecutionResults results) throws IOException {
    ExecutionResults sample = results.withTests(results.tests().subList(0, Math.min(50, results.tests().size())));
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    PlainJacksonDocument.write(sample, plain);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected = mapper.readTree(plain.toByteArray());
    JsonNode actual = mapper.readTree(writer.toBytes(sample));
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          "XrayJsonWriter and the plain Jackson baseline write different documents; fix the baseline.\nwriter:   "
              + actual.toString().substring(0, Math.min(600, actual.toString().length())) + "\nbaseline: "
              + expected.toString().substring(0, Math.min(600, expected.toString().length())));
    }
  }

  /** Counts what is written and keeps nothing. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
