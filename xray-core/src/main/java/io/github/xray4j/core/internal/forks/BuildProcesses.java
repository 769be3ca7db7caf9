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

    /**
     * Main classes of a JVM that runs one Maven build and ends with it: {@code mvn} (Maven 3 and 4), IDEs'
     * Maven runners (the old classworlds name), the jar-based Maven Wrapper. mvnd's daemon, which outlives
     * builds, starts another one.
     */
    private static final List<String> MAVEN_MAIN_CLASSES = List.of(
        "org.codehaus.plexus.classworlds.launcher.Launcher",
        "org.codehaus.classworlds.Launcher",
        "org.apache.maven.wrapper.MavenWrapperMain");

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
      String commandLine = info.commandLine().orElse("");
      return MAVEN_MAIN_CLASSES.stream()
          .anyMatch(main -> arguments.contains(main) || commandLine.contains(main));
    }

    private static Optional<ProcessRef> ref(ProcessHandle handle) {
      return handle.info().startInstant().map(start -> new ProcessRef(handle.pid(), start.toEpochMilli()));
    }
  }
}
