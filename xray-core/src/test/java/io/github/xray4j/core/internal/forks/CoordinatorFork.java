package io.github.xray4j.core.internal.forks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A stand-in for a test fork, run as its own JVM by {@link ExecutionKeyCoordinatorTest}.
 * Arguments: output directory, mode ({@code hold} or {@code publish}), build id.
 * {@code hold} claims, prints {@code holding} and keeps the lock until its stdin closes or it is killed;
 * {@code publish} claims, records {@code CALC-<pid>} when the build has no key yet, and prints the key it used.
 */
public final class CoordinatorFork {

  private CoordinatorFork() {}

  public static void main(String[] args) throws IOException {
    ExecutionKeyCoordinator coordinator =
        new ExecutionKeyCoordinator(Path.of(args[0]), args[2], BuildProcesses.system(), Clock.systemUTC());
    try (ExecutionKeyCoordinator.Claim claim = coordinator.claim(Instant.now().plusSeconds(60))) {
      if (args[1].equals("hold")) {
        System.out.println("holding");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return;
      }
      String key = claim.key().orElseGet(() -> {
        String created = "CALC-" + ProcessHandle.current().pid();
        claim.record(created);
        return created;
      });
      System.out.println(key);
    }
  }
}
