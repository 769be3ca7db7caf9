package io.github.xray4j.core.internal.forks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xray4j.core.internal.forks.BuildProcesses.ProcessFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one Maven build is recognised from this JVM and its ancestors, decided on facts alone. */
class MavenBuildDecisionTest {

  private static final String MAVEN = "org.codehaus.plexus.classworlds.launcher.Launcher";

  private static ProcessFacts process(long pid, String commandLine) {
    return new ProcessFacts(new ProcessRef(pid, 1000 + pid), List.of(), commandLine);
  }

  private static ProcessFacts hidden(long pid) {
    return new ProcessFacts(new ProcessRef(pid, 1000 + pid), List.of(), "");
  }

  @Test
  void a_surefire_fork_belongs_to_the_maven_jvm_that_started_it() {
    // given: fork -> Maven JVM -> shell
    List<ProcessFacts> chain = List.of(process(30, "java -jar surefirebooter.jar"),
        process(20, "java -classpath boot/plexus-classworlds.jar " + MAVEN + " verify"), process(10, "bash"));
    // when / then
    assertThat(BuildProcesses.mavenBuild(chain)).contains(new ProcessRef(20, 1020));
  }

  @Test
  void tests_run_inside_maven_belong_to_that_jvm() {
    // given: no fork (forkCount=0)
    List<ProcessFacts> chain = List.of(
        new ProcessFacts(new ProcessRef(20, 1020), List.of("-classpath", "x.jar", MAVEN, "test"), ""));
    // when / then
    assertThat(BuildProcesses.mavenBuild(chain)).contains(new ProcessRef(20, 1020));
  }

  @Test
  void the_maven_wrapper_jar_counts_as_one_build() {
    // given
    List<ProcessFacts> chain = List.of(process(30, "java surefire"),
        process(20, "java -cp .mvn/wrapper/maven-wrapper.jar org.apache.maven.wrapper.MavenWrapperMain verify"));
    // when / then
    assertThat(BuildProcesses.mavenBuild(chain)).contains(new ProcessRef(20, 1020));
  }

  @Test
  void a_gradle_worker_has_no_single_build_process() {
    // given: test worker -> Gradle daemon, which outlives builds
    List<ProcessFacts> chain = List.of(process(30, "java worker.org.gradle.process.internal.worker.GradleWorkerMain"),
        process(20, "java org.gradle.launcher.daemon.bootstrap.GradleDaemon 8.10"));
    // when / then
    assertThat(BuildProcesses.mavenBuild(chain)).isEmpty();
  }

  @Test
  void hidden_command_lines_as_on_windows_tell_nothing() {
    // given: Windows shows Java no arguments and no command line of any process
    List<ProcessFacts> chain = List.of(hidden(30), hidden(20), hidden(10));
    // when / then: the coordinator falls back to overlap in time, or xray.build-id
    assertThat(BuildProcesses.mavenBuild(chain)).isEmpty();
    assertThat(chain).noneMatch(ProcessFacts::commandLineVisible);
  }

  @Test
  void a_maven_jvm_further_up_than_the_levels_looked_at_is_not_taken() {
    // given: Maven five levels up (a build started by a build started by Maven)
    List<ProcessFacts> chain = List.of(process(60, "java a"), process(50, "sh"), process(40, "java b"),
        process(30, "sh"), process(20, "java " + MAVEN));
    // when / then
    assertThat(BuildProcesses.mavenBuild(chain)).isEmpty();
  }
}
