package io.github.xray4j.core.internal.forks;

import java.util.ArrayList;
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

  /**
   * What is known of one process for {@link #mavenBuild(List)}: its identity and, where the operating system
   * shows it, its command line (Linux and macOS do; Windows shows neither arguments nor command line to Java).
   *
   * @param ref the process
   * @param arguments its arguments, empty where they are hidden
   * @param commandLine its whole command line, empty where it is hidden
   */
  record ProcessFacts(ProcessRef ref, List<String> arguments, String commandLine) {
    public ProcessFacts {
      arguments = List.copyOf(arguments);
    }

    boolean commandLineVisible() {
      return !arguments.isEmpty() || !commandLine.isEmpty();
    }
  }

  /**
   * Main classes of a JVM that runs one Maven build and ends with it: {@code mvn} (Maven 3 and 4), IDEs'
   * Maven runners (the old classworlds name), the jar-based Maven Wrapper. mvnd's daemon, which outlives
   * builds, starts another one.
   */
  List<String> MAVEN_MAIN_CLASSES = List.of(
      "org.codehaus.plexus.classworlds.launcher.Launcher",
      "org.codehaus.classworlds.Launcher",
      "org.apache.maven.wrapper.MavenWrapperMain");

  /** How many processes up from this JVM a Maven JVM is looked for: a fork's parent, or a shell in between. */
  int LEVELS = 4;

  /**
   * The decision, on its own: the first of this JVM and its ancestors (nearest first, at most {@link #LEVELS})
   * whose command line runs a Maven main class. Where the command lines are hidden (Windows), nothing can be
   * told and the answer is empty: the coordinator then joins the JVMs that overlap in time, and a build whose
   * forks run one after the other (Surefire, then Failsafe) sets {@code xray.build-id} instead.
   */
  static Optional<ProcessRef> mavenBuild(List<ProcessFacts> selfAndAncestors) {
    return selfAndAncestors.stream()
        .limit(LEVELS)
        .filter(process -> MAVEN_MAIN_CLASSES.stream().anyMatch(main ->
            process.arguments().contains(main) || process.commandLine().contains(main)))
        .map(ProcessFacts::ref)
        .findFirst();
  }

  /** {@link BuildProcesses} read through {@link ProcessHandle}. */
  final class SystemProcesses implements BuildProcesses {

    @Override
    public ProcessRef self() {
      return ref(ProcessHandle.current()).orElse(new ProcessRef(ProcessHandle.current().pid(), 0));
    }

    @Override
    public Optional<ProcessRef> singleBuildProcess() {
      List<ProcessFacts> chain = new ArrayList<>();
      Optional<ProcessHandle> process = Optional.of(ProcessHandle.current());
      while (chain.size() < LEVELS && process.isPresent()) {
        ProcessHandle handle = process.get();
        ProcessHandle.Info info = handle.info();
        ref(handle).ifPresent(ref -> chain.add(new ProcessFacts(ref,
            info.arguments().map(List::of).orElse(List.of()), info.commandLine().orElse(""))));
        process = handle.parent();
      }
      return mavenBuild(chain);
    }

    @Override
    public boolean isAlive(ProcessRef process) {
      return ProcessHandle.of(process.pid())
          .filter(ProcessHandle::isAlive)
          .flatMap(SystemProcesses::ref)
          .map(process::equals)
          .orElse(false);
    }

    private static Optional<ProcessRef> ref(ProcessHandle handle) {
      return handle.info().startInstant().map(start -> new ProcessRef(handle.pid(), start.toEpochMilli()));
    }
  }
}
