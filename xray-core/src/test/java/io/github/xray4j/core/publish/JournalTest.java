package io.github.xray4j.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.model.CustomField;
import io.github.xray4j.core.model.Evidence;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.Status;
import io.github.xray4j.core.model.StepResult;
import io.github.xray4j.core.model.TestInfo;
import io.github.xray4j.core.model.TestResult;
import io.github.xray4j.core.model.TestStep;
import io.github.xray4j.core.model.TestType;
import io.github.xray4j.core.testing.LogCapture;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: what is written the moment a result is added, and what is read back after a JVM died. */
class JournalTest {

  private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

  @TempDir Path dir;

  @Test
  void reads_back_every_part_of_the_model_that_was_written() throws Exception {
    // given
    byte[] screenshot = "png bytes\n\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    Path log = Files.writeString(dir.resolve("run.log"), "a log");
    TestResult withIterations = TestResult.builder(Status.of("FLAKY"))
        .testKey("CALC-1")
        .testInfo(new TestInfo("CALC", "Adds", TestType.MANUAL, null,
            List.of(new TestStep("open", "data", "opened"), new TestStep("close", null, null)), null,
            List.of("CALC-100"), List.of("smoke", "ui")))
        .start(START).finish(START.plusSeconds(3))
        .comment("line one\nline two {code}x{code}")
        .defect("CALC-77")
        .evidence(Evidence.ofBytes("shot.png", "image/png", screenshot))
        .evidence(Evidence.ofFile(log))
        .iteration(new Iteration("[1] a=1", List.of(new Parameter("a", "1")), Status.FAIL, "boom",
            Duration.ofMillis(1500), List.of(new StepResult(Status.PASS, "ok", "fine",
                List.of(Evidence.ofBytes("step.txt", "text/plain", new byte[] {1, 2})), List.of("CALC-78")))))
        .iteration(Iteration.of("[2] a=2", List.of(new Parameter("a", "2")), Status.PASS))
        .customField(new CustomField("customfield_1", null, "v1"))
        .customField(new CustomField(null, "Browser", "chrome"))
        .build();
    TestResult withExamples = TestResult.builder(Status.FAIL)
        .testInfo(TestInfo.cucumber("CALC", "Divides", "Scenario Outline: divides", List.of(), List.of()))
        .example(Status.PASS).example(Status.FAIL).build();
    TestResult withSteps = TestResult.builder(Status.PASS)
        .testInfo(TestInfo.generic("CALC", "Subtracts", "calc.CalcTest.subtracts", List.of(), List.of()))
        .step(StepResult.of(Status.PASS)).build();
    ExecutionInfo info = new ExecutionInfo("CALC", "Nightly", "from CI", "1.4", "9f1c2e0", "ci-bot", START, null,
        "CALC-100", List.of("chrome", "linux"));

    // when
    List<Journal.Entry> written;
    Path file;
    try (Journal journal = Journal.create(dir, START, "run-1", info)) {
      written = List.of(journal.append("[engine:junit-jupiter]/[method:adds()]", withIterations), journal.append(null, withExamples), journal.append(null, withSteps));
      file = journal.file();
    }
    JournalContent read = read(file);

    // then
    assertThat(read.results()).containsExactlyElementsOf(written);
    assertThat(read.results()).extracting(Journal.Entry::seq).containsExactly(1L, 2L, 3L);
    assertThat(read.info()).isEqualTo(info);
    assertThat(read.runId()).isEqualTo("run-1");
    assertThat(read.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(read.start()).isEqualTo(START);
    assertThat(read.ended()).isFalse();
    TestResult back = read.results().get(0).result();
    assertThat(back.evidence().get(0)).isInstanceOf(Evidence.File.class);
    assertThat(back.evidence().get(0).open().readAllBytes()).as("spilled at once").isEqualTo(screenshot);
    assertThat(back.evidence().get(1)).isEqualTo(Evidence.ofFile(log));
    Path spilled = ResultsDirectory.evidenceDirOf(file);
    TestResult unspilled = EvidenceWalk.map(back, evidence -> evidence instanceof Evidence.File onDisk
        && onDisk.path().startsWith(spilled)
        ? Evidence.ofBytes(onDisk.filename(), onDisk.contentType(), Files.readAllBytes(onDisk.path())) : evidence);
    assertThat(unspilled).as("the whole result, its bytes read back from the spilled files").isEqualTo(withIterations);
    assertThat(read.results().get(1).result()).isEqualTo(withExamples);
    assertThat(read.results().get(2).result()).isEqualTo(withSteps);
  }

  @Test
  void keeps_every_line_before_one_cut_short_and_names_the_file_and_line_in_a_warning() throws Exception {
    // given: a JVM died while writing the third result
    Path file;
    try (Journal journal = Journal.create(dir, START, "run-1", ExecutionInfo.empty())) {
      for (int i = 1; i <= 3; i++) {
        journal.append(null, TestResult.builder(Status.PASS).testKey("CALC-" + i).build());
      }
      file = journal.file();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 12);
    }

    // when
    JournalContent read;
    try (LogCapture log = new LogCapture()) {
      read = read(file);

      // then
      assertThat(log.messages()).singleElement().satisfies(message -> assertThat(message)
          .startsWith("WARNING").contains(file + " line 4 is cut short", "skipped"));
    }
    assertThat(read.results()).extracting(entry -> entry.result().testKey()).containsExactly("CALC-1", "CALC-2");
  }

  @Test
  void records_acknowledgements_creating_requests_and_the_end() throws Exception {
    // given
    Path file;
    try (Journal journal = Journal.create(dir, START, "run-1", ExecutionInfo.empty())) {
      journal.append(null, TestResult.builder(Status.PASS).testKey("CALC-1").build());
      journal.creating("run-1");
      file = journal.file();
    }
    JournalContent unanswered = read(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Journal journal = Journal.resume(file, channel, channel.lock(), 1)) {
      journal.ack("CALC-2001", Map.of("key:CALC-1", 1L));
      journal.end("PUBLISHED");
    }

    // when
    JournalContent read = read(file);

    // then
    assertThat(unanswered.creatingUnanswered()).isTrue();
    assertThat(unanswered.executionKey()).isNull();
    assertThat(read.creatingUnanswered()).isFalse();
    assertThat(read.executionKey()).isEqualTo("CALC-2001");
    assertThat(read.acked()).containsExactly(Map.entry("key:CALC-1", 1L));
    assertThat(read.ended()).isTrue();
  }

  @Test
  void writes_the_journal_readable_by_the_owner_only() throws Exception {
    // given
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

    // when
    Path file;
    try (Journal journal = Journal.create(dir, START, "run-1", ExecutionInfo.empty())) {
      journal.append(null, TestResult.builder(Status.PASS).testKey("CALC-1")
          .evidence(Evidence.ofBytes("a.txt", "text/plain", new byte[] {1})).build());
      file = journal.file();
    }

    // then
    assertThat(file.getFileName().toString()).matches("xray-journal-20261128T090000Z-\\d+\\.jsonl");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    try (var spilled = Files.list(ResultsDirectory.evidenceDirOf(file))) {
      assertThat(spilled).singleElement().satisfies(evidence ->
          assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(evidence))).isEqualTo("rw-------"));
    }
  }

  private static JournalContent read(Path file) throws Exception {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return JournalContent.read(channel, file.toString());
    }
  }
}
