package io.github.xray4j.core.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Test Run: one Test in one Test Execution, the same record on Server/DC and on Cloud.
 *
 * @param id the run id, for the other test run calls: a number on Server/DC ({@code "4711"}), an opaque id on
 *     Cloud ({@code "5acc7ab0a3fe1b6fcdc3c737"})
 * @param status the status name, such as {@code PASS} (Server/DC) or {@code PASSED} (Cloud)
 * @param testKey the Test
 * @param testExecutionKey the Test Execution
 * @param assignee the assignee (Server/DC: user name; Cloud: account id), if any
 * @param executedBy who ran it (Server/DC: user name; Cloud: account id), if known
 * @param startedOn start, as Xray formats it
 * @param finishedOn finish, as Xray formats it
 * @param comment the raw comment, if any
 * @param defects the linked defects: their keys on Server/DC, their issue ids on Cloud
 * @param evidence the files attached to the run
 * @param customFields the run's custom fields
 * @param iterations the iterations of a data-driven run, in order (empty for other runs)
 */
public record TestRun(
    String id,
    @Nullable String status,
    @Nullable String testKey,
    @Nullable String testExecutionKey,
    @Nullable String assignee,
    @Nullable String executedBy,
    @Nullable String startedOn,
    @Nullable String finishedOn,
    @Nullable String comment,
    List<String> defects,
    List<Attachment> evidence,
    List<Field> customFields,
    List<Iteration> iterations) {
  public TestRun {
    requireNonNull(id, "id");
    defects = List.copyOf(defects);
    evidence = List.copyOf(evidence);
    customFields = List.copyOf(customFields);
    iterations = List.copyOf(iterations);
  }

  /**
   * A file attached to a run.
   *
   * @param id the evidence id, if sent
   * @param filename the file name
   * @param downloadLink where to download it, if sent
   */
  public record Attachment(@Nullable String id, String filename, @Nullable String downloadLink) {
    public Attachment {
      requireNonNull(filename, "filename");
    }
  }

  /**
   * A custom field of a run.
   *
   * @param id the field id
   * @param name the field name, if sent
   * @param value the value: plain text, or JSON text for lists and objects; null when unset
   */
  public record Field(String id, @Nullable String name, @Nullable String value) {
    public Field {
      requireNonNull(id, "id");
    }
  }

  /**
   * An iteration of a data-driven run.
   *
   * @param rank the iteration's rank (Cloud) or id (Server/DC)
   * @param status its status name, if set
   * @param parameters its parameter values by name, in order
   */
  public record Iteration(String rank, @Nullable String status, Map<String, String> parameters) {
    public Iteration {
      requireNonNull(rank, "rank");
      parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
  }
}
