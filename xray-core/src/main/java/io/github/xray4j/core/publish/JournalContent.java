package io.github.xray4j.core.publish;

import io.github.xray4j.core.internal.json.JournalCodec;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.TestResult;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A journal read back: its header, its results, what Xray acknowledged and whether the run ended. A line that
 * cannot be read (the last one, cut short by a JVM that died while writing it) is skipped with a warning naming
 * the file and the line; everything before it is kept.
 *
 * @param runId the run's id, which a creating request carries
 * @param pid the process that wrote it
 * @param start when that run started
 * @param info the Test Execution's fields
 * @param results the results, with their sequence numbers, in order
 * @param acked per Test, the last sequence number Xray acknowledged
 * @param executionKey the Test Execution Xray acknowledged results into, or null
 * @param creatingUnanswered whether a request that may have created a Test Execution got no answer we know of
 * @param ended whether the run ended normally
 */
record JournalContent(String runId, long pid, Instant start, ExecutionInfo info, List<Journal.Entry> results,
    Map<String, Long> acked, @Nullable String executionKey, boolean creatingUnanswered, boolean ended) {

  private static final System.Logger LOG = System.getLogger(JournalContent.class.getName());

  /** The journal read from {@code channel} (from its start), {@code name} naming it in warnings. */
  static JournalContent read(FileChannel channel, String name) throws IOException {
    channel.position(0);
    Builder content = new Builder();
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int number = 0;
    for (int b = in.read(); ; b = in.read()) {
      if (b == '\n' || b == -1) {
        if (line.size() > 0) {
          number++;
          boolean complete = b == '\n';
          content.line(line.toByteArray(), complete, name, number);
        }
        line.reset();
        if (b == -1) {
          break;
        }
      } else {
        line.write(b);
      }
    }
    if (content.runId == null) {
      throw new IOException(name + " has no header line: it is not an xray4j journal");
    }
    return content.build();
  }

  private static final class Builder {
    @Nullable String runId;
    long pid;
    Instant start = Instant.EPOCH;
    ExecutionInfo info = ExecutionInfo.empty();
    final List<Journal.Entry> results = new ArrayList<>();
    final Map<String, Long> acked = new LinkedHashMap<>();
    @Nullable String executionKey;
    boolean creating;
    boolean ended;

    void line(byte[] bytes, boolean complete, String name, int number) {
      JournalCodec.Line line;
      try {
        line = JournalCodec.decode(bytes);
      } catch (IllegalArgumentException | IllegalStateException e) {
        LOG.log(Level.WARNING, () -> "Xray: " + name + " line " + number + (complete ? " cannot be read ("
            + e.getMessage() + ")" : " is cut short (its JVM died while writing it)") + "; it was skipped, the"
            + " lines before it are kept");
        return;
      }
      Map<String, @Nullable Object> fields = line.fields();
      switch (line.type()) {
        case "header" -> {
          runId = String.valueOf(fields.get("run"));
          pid = fields.get("pid") instanceof Number n ? n.longValue() : -1;
          start = Instant.parse(String.valueOf(fields.get("start")));
          if (line.info() != null) {
            info = line.info();
          }
        }
        case "result" -> {
          TestResult result = line.result();
          if (result != null && fields.get("seq") instanceof Number seq) {
            Object unit = fields.get("unit");
            results.add(new Journal.Entry(seq.longValue(), unit == null ? null : unit.toString(), result));
          }
        }
        case "creating" -> creating = true;
        case "ack" -> {
          executionKey = String.valueOf(fields.get("execution"));
          creating = false;
          if (fields.get("tests") instanceof Map<?, ?> tests) {
            tests.forEach((test, seq) -> {
              if (seq instanceof Number n) {
                acked.merge(String.valueOf(test), n.longValue(), Math::max);
              }
            });
          }
        }
        case "end" -> ended = true;
        default -> LOG.log(Level.DEBUG, () -> "Xray: " + name + " line " + number + " is of an unknown type");
      }
    }

    JournalContent build() {
      return new JournalContent(String.valueOf(runId), pid, start, info, results, acked, executionKey,
          creating, ended);
    }
  }

  JournalContent {
    results = List.copyOf(results);
    acked = Map.copyOf(acked);
  }
}
