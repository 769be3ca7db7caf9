package io.github.xray4j.core.internal.forks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.config.XrayConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionKeyCoordinatorTest {

  private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Instant deadline = NOW.plusSeconds(60);

  @TempDir Path dir;

  /** Processes as the test says they are: which Maven JVM runs the build, and which are alive. */
  static final class FakeProcesses implements BuildProcesses {
    final ProcessRef self;
    final Optional<ProcessRef> maven;
    final Set<ProcessRef> alive = new HashSet<>();

    FakeProcesses(ProcessRef self, Optional<ProcessRef> maven) {
      this.self = self;
      this.maven = maven;
      alive.add(self);
      maven.ifPresent(alive::add);
    }

    @Override
    public ProcessRef self() {
      return self;
    }

    @Override
    public Optional<ProcessRef> singleBuildProcess() {
      return maven;
    }

    @Override
    public boolean isAlive(ProcessRef process) {
      return alive.contains(process);
    }
  }

  private static final ProcessRef MAVEN = new ProcessRef(100, 1_000);
  private static final ProcessRef NEXT_MAVEN = new ProcessRef(100, 9_000);

  private ExecutionKeyCoordinator fork(FakeProcesses processes) {
    return new ExecutionKeyCoordinator(dir, null, processes, clock);
  }

  private static FakeProcesses mavenFork(int pid, ProcessRef maven) {
    return new FakeProcesses(new ProcessRef(pid, pid * 10L), Optional.of(maven));
  }

  @Test
  void the_first_fork_creates_and_the_next_forks_of_the_build_join_it() {
    // given
    ExecutionKeyCoordinator first = fork(mavenFork(201, MAVEN));
    // when
    try (ExecutionKeyCoordinator.Claim claim = first.claim(deadline)) {
      assertThat(claim.key()).isEmpty();
      claim.record("CALC-2001");
    }
    // then
    try (ExecutionKeyCoordinator.Claim second = fork(mavenFork(202, MAVEN)).claim(deadline);
        ExecutionKeyCoordinator.Claim third = fork(mavenFork(203, MAVEN)).claim(deadline)) {
      assertThat(second.key()).contains("CALC-2001");
      assertThat(third.key()).contains("CALC-2001");
    }
  }

  @Test
  void a_fork_that_started_after_the_creator_died_still_joins_while_maven_runs() {
    // given: reuseForks=false: fork 201 created the execution and exited before fork 202 started
    FakeProcesses creator = mavenFork(201, MAVEN);
    try (ExecutionKeyCoordinator.Claim claim = fork(creator).claim(deadline)) {
      claim.record("CALC-2001");
    }
    FakeProcesses later = mavenFork(202, MAVEN);
    later.alive.remove(creator.self);
    // when
    try (ExecutionKeyCoordinator.Claim claim = fork(later).claim(deadline)) {
      // then
      assertThat(claim.key()).contains("CALC-2001");
    }
  }

  @Test
  void never_joins_the_execution_of_a_previous_maven_build() {
    // given: the previous build's Maven JVM recorded CALC-2001 and is gone
    try (ExecutionKeyCoordinator.Claim claim = fork(mavenFork(201, MAVEN)).claim(deadline)) {
      claim.record("CALC-2001");
    }
    FakeProcesses nextBuild = mavenFork(301, NEXT_MAVEN);
    // when
    try (ExecutionKeyCoordinator.Claim claim = fork(nextBuild).claim(deadline)) {
      // then
      assertThat(claim.key()).isEmpty();
      claim.record("CALC-2002");
    }
    try (ExecutionKeyCoordinator.Claim claim = fork(mavenFork(302, NEXT_MAVEN)).claim(deadline)) {
      assertThat(claim.key()).contains("CALC-2002");
    }
  }

  @Test
  void under_a_daemon_workers_join_while_one_that_recorded_the_key_is_still_running() {
    // given: Gradle workers, no Maven JVM above them
    FakeProcesses worker1 = new FakeProcesses(new ProcessRef(401, 1), Optional.empty());
    try (ExecutionKeyCoordinator.Claim claim = fork(worker1).claim(deadline)) {
      claim.record("CALC-2001");
    }
    FakeProcesses worker2 = new FakeProcesses(new ProcessRef(402, 2), Optional.empty());
    worker2.alive.add(worker1.self);
    try (ExecutionKeyCoordinator.Claim claim = fork(worker2).claim(deadline)) {
      assertThat(claim.key()).contains("CALC-2001");
    }
    // when: worker 1 is gone, worker 2 (which joined) still runs
    FakeProcesses worker3 = new FakeProcesses(new ProcessRef(403, 3), Optional.empty());
    worker3.alive.add(worker2.self);
    try (ExecutionKeyCoordinator.Claim claim = fork(worker3).claim(deadline)) {
      // then
      assertThat(claim.key()).contains("CALC-2001");
    }
    // and the next build, all of whose predecessors are gone, starts afresh
    FakeProcesses nextBuild = new FakeProcesses(new ProcessRef(501, 5), Optional.empty());
    try (ExecutionKeyCoordinator.Claim claim = fork(nextBuild).claim(deadline)) {
      assertThat(claim.key()).isEmpty();
    }
  }

  @Test
  void an_explicit_build_id_joins_only_the_same_build_id() {
    // given
    FakeProcesses anyone = new FakeProcesses(new ProcessRef(1, 1), Optional.empty());
    try (ExecutionKeyCoordinator.Claim claim =
        new ExecutionKeyCoordinator(dir, "run-41", anyone, clock).claim(deadline)) {
      claim.record("CALC-2001");
    }
    anyone.alive.clear();
    // when / then
    try (ExecutionKeyCoordinator.Claim same =
        new ExecutionKeyCoordinator(dir, "run-41", anyone, clock).claim(deadline)) {
      assertThat(same.key()).contains("CALC-2001");
    }
    try (ExecutionKeyCoordinator.Claim other =
        new ExecutionKeyCoordinator(dir, "run-42", anyone, clock).claim(deadline)) {
      assertThat(other.key()).isEmpty();
    }
    try (ExecutionKeyCoordinator.Claim computed = fork(mavenFork(7, MAVEN)).claim(deadline)) {
      assertThat(computed.key()).as("a computed identity never matches an explicit one").isEmpty();
    }
  }

  @Test
  void shares_nothing_when_the_lock_is_still_held_at_the_deadline() throws IOException {
    // given: someone holds the lock
    Files.createDirectories(dir);
    try (FileChannel channel = FileChannel.open(dir.resolve(ExecutionKeyCoordinator.LOCK_FILE),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      // when
      try (ExecutionKeyCoordinator.Claim claim = fork(mavenFork(201, MAVEN)).claim(NOW)) {
        // then
        assertThat(held.isValid()).isTrue();
        assertThat(claim.isShared()).isFalse();
        assertThat(claim.key()).isEmpty();
        claim.record("CALC-9");
      }
    }
    assertThat(dir.resolve(ExecutionKeyCoordinator.KEY_FILE)).doesNotExist();
  }

  @Test
  void is_off_with_join_forks_false_or_a_configured_key() {
    assertThat(ExecutionKeyCoordinator.forConfig(
        XrayConfig.of(Map.of("xray.join-forks", "false", "xray.output-dir", dir.toString())), clock).isEnabled())
        .isFalse();
    assertThat(ExecutionKeyCoordinator.forConfig(
        XrayConfig.of(Map.of("xray.test-execution-key", "CALC-1", "xray.output-dir", dir.toString())), clock)
        .isEnabled())
        .isFalse();
    assertThat(ExecutionKeyCoordinator.forConfig(
        XrayConfig.of(Map.of("xray.output-dir", dir.toString())), clock).isEnabled())
        .isTrue();
  }

  @Test
  void the_key_file_is_owner_only_where_the_file_system_allows() throws IOException {
    // given / when
    try (ExecutionKeyCoordinator.Claim claim = fork(mavenFork(201, MAVEN)).claim(deadline)) {
      claim.record("CALC-2001");
    }
    // then
    Path keyFile = dir.resolve(ExecutionKeyCoordinator.KEY_FILE);
    assertThat(Files.readString(keyFile)).contains("test-execution-key=CALC-2001");
    if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(keyFile))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
  }

  // ---- real JVMs --------------------------------------------------------------------------------------------

  private Process startFork(String mode, String buildId) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CoordinatorFork.class.getName(), dir.toString(), mode, buildId)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static String firstLine(Process process) throws IOException {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
  }

  @Test
  void a_fork_killed_while_holding_the_lock_blocks_nobody() throws Exception {
    // given: a fork holds the lock (it is creating the Test Execution) and dies
    Process holder = startFork("hold", "build-1");
    assertThat(firstLine(holder)).isEqualTo("holding");
    holder.destroyForcibly().waitFor();
    // when
    Process next = startFork("publish", "build-1");
    // then: the next fork gets the lock, finds no key and creates the execution itself
    assertThat(firstLine(next)).isEqualTo("CALC-" + next.pid());
    assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void three_jvms_publishing_at_once_agree_on_one_key() throws Exception {
    // given
    List<Process> forks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      forks.add(startFork("publish", "build-2"));
    }
    // when
    Set<String> keys = new HashSet<>();
    for (Process fork : forks) {
      keys.add(firstLine(fork));
      assertThat(fork.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    // then
    assertThat(keys).hasSize(1);
    assertThat(keys.iterator().next()).matches("CALC-\\d+");
  }
}
