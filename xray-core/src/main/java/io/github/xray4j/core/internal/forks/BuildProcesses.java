package io.github.xray4j.core.internal.forks;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ExecutionKeyCoordinator} needs to know about processes: which process runs the build (a Maven
 * JVM, when this JVM is one of its forks or is it), this JVM, and whether a process is still alive. The
 * default reads {@link ProcessHandle}; tests give their own.
 */
interface BuildProcesses {

  /** This JVM. */
  ProcessRef self();

  /**
   * The process that runs exactly one build and ends with it (the JVM of {@code mvn}), if this JVM is it or
   * descends from it; empty under a daemon (Gradle, mvnd), an IDE, or where process information is hidden.
   */
  Optional<ProcessRef> singleBuildProcess();

  /** Whether that process is still running (same pid and same start time). */
  boolean isAlive(ProcessRef process);

  /** The processes of this machine, read through {@link ProcessHandle}. */
  static BuildProcesses system() {
    return new SystemProcesses();
  }

  /** {@link BuildProcesses} read through {@link ProcessHandle}. */
  final class SystemProcesses implements BuildProcesses {

    /** The main class {@code mvn} starts (Maven 3 and 4); mvnd's daemon starts another one. */
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @Override
    public ProcessRef self() {
      return ref(ProcessHandle.current()).orElse(new ProcessRef(ProcessHandle.current().pid(), 0));
    }

    @Override
    public Optional<ProcessRef> singleBuildProcess() {
      Optional<ProcessHandle> process = Optional.of(ProcessHandle.current());
      // A fork's parent is the Maven JVM, or a shell Surefire started it with; a few levels are plenty.
      for (int level = 0; level < 4 && process.isPresent(); level++) {
        ProcessHandle handle = process.get();
        if (isMaven(handle)) {
          return ref(handle);
        }
        process = handle.parent();
      }
      return Optional.empty();
    }

    @Override
    public boolean isAlive(ProcessRef process) {
      return ProcessHandle.of(process.pid())
          .filter(ProcessHandle::isAlive)
          .flatMap(SystemProcesses::ref)
          .map(process::equals)
          .orElse(false);
    }

    private static boolean isMaven(ProcessHandle handle) {
      ProcessHandle.Info info = handle.info();
      List<String> arguments = info.arguments().map(List::of).orElse(List.of());
      return arguments.contains(MAVEN_LAUNCHER)
          || info.commandLine().map(line -> line.contains(MAVEN_LAUNCHER)).orElse(false);
    }

    private static Optional<ProcessRef> ref(ProcessHandle handle) {
      return handle.info().startInstant().map(start -> new ProcessRef(handle.pid(), start.toEpochMilli()));
    }
  }
}
