package io.github.xray4j.core.internal.forks;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lets the JVMs of one build that publish to the same output directory share one Test Execution when no
 * {@code xray.test-execution-key} is configured: the first to publish creates it and records its key; the
 * others import into it.
 *
 * <p>Two files in the output directory carry the agreement. {@value #LOCK_FILE} is locked with
 * {@link FileChannel#lock()} while a JVM reads the key, and, when there is none yet, while it creates the Test
 * Execution; the operating system releases the lock when a JVM dies, so a fork killed mid-publish blocks nobody.
 * {@value #KEY_FILE} holds the key and what identifies the build that created it.
 *
 * <p><b>The rule: which recorded key belongs to this build.</b>
 * <ol>
 *   <li>{@code xray.build-id} set: the key recorded under the same build id, nothing else.
 *   <li>Otherwise, if this JVM is a Maven JVM or descends from one (Surefire and Failsafe forks, also with
 *       {@code reuseForks=false}): the key recorded while that same Maven process (pid and start time) was
 *       running the build. A later {@code mvn} run is another process, so it never joins an old execution.
 *   <li>Otherwise (a Gradle daemon, mvnd, an IDE, or process information unavailable): the key recorded by a
 *       JVM of this build that is still running. Gradle's test workers of one task run side by side, so they
 *       join; a later build's workers find every recorder gone and create a new execution. Separate test tasks
 *       that do not overlap need {@code xray.build-id}.
 * </ol>
 * {@code xray.join-forks=false} turns this off: every JVM creates its own Test Execution.
 *
 * <pre>{@code
 * try (ExecutionKeyCoordinator.Claim claim = coordinator.claim(deadline)) {
 *   ExecutionResults toSend = claim.key().map(results::withTestExecutionKey).orElse(results);
 *   ... send the first batch; when it created a Test Execution: claim.record(createdKey) ...
 * }
 * }</pre>
 */
public final class ExecutionKeyCoordinator {

  /** The lock file in the output directory. */
  public static final String LOCK_FILE = "xray-execution.lock";

  /** The key file in the output directory. */
  public static final String KEY_FILE = "xray-execution.properties";

  private static final System.Logger LOG = System.getLogger(ExecutionKeyCoordinator.class.getName());
  private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final @Nullable Path directory;
  private final @Nullable String buildId;
  private final BuildProcesses processes;
  private final Clock clock;

  ExecutionKeyCoordinator(@Nullable Path directory, @Nullable String buildId, BuildProcesses processes, Clock clock) {
    this.directory = directory;
    this.buildId = buildId;
    this.processes = requireNonNull(processes, "processes");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * The coordinator for a configuration: shares through {@link XrayConfig#outputDir()} when
   * {@code xray.join-forks} is on and no {@code xray.test-execution-key} is set; otherwise one that shares
   * nothing.
   */
  public static ExecutionKeyCoordinator forConfig(XrayConfig config, Clock clock) {
    if (!config.joinForks() || config.testExecutionKey().isPresent()) {
      return disabled(clock);
    }
    return new ExecutionKeyCoordinator(
        config.outputDir(), config.buildId().orElse(null), BuildProcesses.system(), clock);
  }

  /** A coordinator that shares nothing: every claim is empty and records nothing. */
  public static ExecutionKeyCoordinator disabled(Clock clock) {
    return new ExecutionKeyCoordinator(null, null, BuildProcesses.system(), clock);
  }

  /** Whether this coordinator shares a key with other JVMs at all. */
  public boolean isEnabled() {
    return directory != null;
  }

  /**
   * Waits (until the deadline at the latest) for the lock, then reads the key this build has already agreed on,
   * if any. When a key is found, this JVM is added to its recorders and the lock is released at once; when
   * none is, the lock is held until {@link Claim#close()}, so that only one JVM creates the Test Execution.
   * Never throws for trouble with the files: it logs it and returns a claim that shares nothing (this JVM then
   * creates its own Test Execution; no result is lost).
   */
  public Claim claim(Instant deadline) {
    requireNonNull(deadline, "deadline");
    if (directory == null) {
      return Claim.unshared();
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = lock(channel, deadline);
      if (lock == null) {
        channel.close();
        LOG.log(Level.WARNING, () -> "Xray: another JVM of this build held " + directory.resolve(LOCK_FILE)
            + " until the publishing deadline; this JVM creates its own Test Execution. Set"
            + " xray.test-execution-key to share one.");
        return Claim.unshared();
      }
      Optional<String> key = readMatchingKey();
      Claim claim = new Claim(this, channel, lock, key.orElse(null));
      if (key.isPresent()) {
        claim.join();
      }
      return claim;
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(channel);
      LOG.log(Level.WARNING, () -> "Xray: cannot share the Test Execution with the other JVMs of this build through "
          + directory + " (" + e.getMessage() + "); this JVM creates its own. Set xray.test-execution-key or"
          + " xray.join-forks=false to avoid this.");
      return Claim.unshared();
    }
  }

  private @Nullable FileLock lock(FileChannel channel, Instant deadline) throws IOException {
    long pause = TimeUnit.MILLISECONDS.toNanos(5);
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // Another publisher in this same JVM holds it (two test engines, one output directory): wait as for a fork.
      }
      if (!clock.instant().isBefore(deadline)) {
        return null;
      }
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, MAX_POLL_NANOS);
      if (Thread.currentThread().isInterrupted()) {
        return null;
      }
    }
  }

  private Optional<String> readMatchingKey() {
    Optional<Record> record = readRecord();
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Record found = record.get();
    if (buildId != null) {
      return buildId.equals(found.buildId()) ? Optional.of(found.key()) : Optional.empty();
    }
    if (found.buildId() != null) {
      return Optional.empty();
    }
    return found.recorders().stream().anyMatch(processes::isAlive) ? Optional.of(found.key()) : Optional.empty();
  }

  /** The process that stands for this JVM in the key file: the Maven JVM when there is one, else this JVM. */
  private ProcessRef recorder() {
    return processes.singleBuildProcess().orElseGet(processes::self);
  }

  private Optional<Record> readRecord() {
    Path file = requireNonNull(directory).resolve(KEY_FILE);
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String key = properties.getProperty("test-execution-key");
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    List<ProcessRef> recorders = Arrays.stream(properties.getProperty("recorders", "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(ProcessRef::parse)
        .flatMap(Optional::stream)
        .toList();
    return Optional.of(new Record(key.trim(), properties.getProperty("build-id"), recorders));
  }

  private void write(Record record) {
    Path dir = requireNonNull(directory);
    Properties properties = new Properties();
    properties.setProperty("test-execution-key", record.key());
    if (record.buildId() != null) {
      properties.setProperty("build-id", record.buildId());
    }
    properties.setProperty("recorders",
        record.recorders().stream().map(ProcessRef::text).collect(Collectors.joining(",")));
    properties.setProperty("updated", clock.instant().toString());
    try {
      AtomicFiles.replace(dir.resolve(KEY_FILE), out -> properties.store(out,
          "xray4j: the Test Execution the JVMs of this build share (see xray.join-forks)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing releases the lock; nothing more to do.
      }
    }
  }

  /** The key file's content. */
  private record Record(String key, @Nullable String buildId, List<ProcessRef> recorders) {
    Record {
      requireNonNull(key, "key");
      recorders = List.copyOf(recorders);
    }

    Record with(ProcessRef recorder) {
      Set<ProcessRef> all = new LinkedHashSet<>(recorders);
      all.add(recorder);
      return new Record(key, buildId, new ArrayList<>(all));
    }
  }

  /**
   * This JVM's part in the agreement: the key to import into, if the build already has one, and the way to
   * record the key this JVM created. Close it when done (it releases the lock); closing twice is harmless.
   */
  public static final class Claim implements AutoCloseable {
    private final @Nullable ExecutionKeyCoordinator owner;
    private @Nullable FileChannel channel;
    private @Nullable FileLock lock;
    private final @Nullable String key;

    private Claim(
        @Nullable ExecutionKeyCoordinator owner, @Nullable FileChannel channel, @Nullable FileLock lock,
        @Nullable String key) {
      this.owner = owner;
      this.channel = channel;
      this.lock = lock;
      this.key = key;
    }

    static Claim unshared() {
      return new Claim(null, null, null, null);
    }

    /** A claim that shares nothing: for a run whose Test Execution is already known. */
    public static Claim none() {
      return unshared();
    }

    /** The Test Execution another JVM of this build created: import into it. Empty: create one. */
    public Optional<String> key() {
      return Optional.ofNullable(key);
    }

    /** Whether this claim shares anything with other JVMs (false when joining is off or failed). */
    public boolean isShared() {
      return owner != null;
    }

    /**
     * Records the Test Execution this JVM created, so that the other JVMs of the build import into it, and
     * releases the lock. Does nothing for a claim that shares nothing, or after {@link #close()}.
     */
    public synchronized void record(String createdKey) {
      requireNonNull(createdKey, "createdKey");
      ExecutionKeyCoordinator coordinator = owner;
      if (coordinator == null || lock == null) {
        return;
      }
      if (key != null && !key.equals(createdKey)) {
        LOG.log(Level.WARNING, () -> "Xray: results meant for " + key + " went to " + createdKey
            + "; the other JVMs of this build keep importing into " + key);
        close();
        return;
      }
      try {
        coordinator.write(new Record(createdKey, coordinator.buildId, List.of(coordinator.recorder())));
      } catch (UncheckedIOException e) {
        LOG.log(Level.WARNING, () -> "Xray: cannot record Test Execution " + createdKey + " in "
            + coordinator.directory + " (" + e.getCause().getMessage() + "); other JVMs of this build may create"
            + " their own.");
      }
      close();
    }

    private void join() {
      ExecutionKeyCoordinator coordinator = Objects.requireNonNull(owner);
      try {
        coordinator.readRecord()
            .map(found -> found.with(coordinator.recorder()))
            .ifPresent(coordinator::write);
      } catch (UncheckedIOException e) {
        LOG.log(Level.DEBUG, () -> "Xray: cannot add this JVM to " + coordinator.directory + ": "
            + e.getCause().getMessage());
      }
      close();
    }

    @Override
    public synchronized void close() {
      try {
        if (lock != null) {
          lock.release();
        }
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // The OS releases the lock when the channel or the JVM goes away.
      } finally {
        lock = null;
        channel = null;
      }
    }
  }
}
