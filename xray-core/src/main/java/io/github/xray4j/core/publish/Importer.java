package io.github.xray4j.core.publish;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sends one Xray JSON import document: the seam between the publisher and the HTTP client, so that what the
 * client throws is interpreted in one place.
 */
interface Importer extends AutoCloseable {

  /**
   * Imports one document.
   *
   * @throws Failure when Xray did not take it; never for per-test trouble reported in a 200
   */
  Imported importExecution(byte[] document) throws Failure;

  /**
   * The Test Execution in {@code project} whose description names this run ({@code xray4j run <runId>}), if
   * Xray has one: what a creating request whose answer was lost may have created.
   */
  Optional<String> findExecution(String project, String runId) throws Failure;

  /**
   * Links these Tests to a requirement they cover.
   *
   * @throws Failure when Xray does not know the requirement or a Test, or the issue is not a requirement
   */
  void linkTestsToRequirement(String requirementKey, Collection<String> testKeys) throws Failure;

  /** Releases the connection pool; never throws. */
  @Override
  default void close() {}

  /**
   * What Xray answered to an import it took.
   *
   * @param testExecutionKey the Test Execution the results went into
   * @param browseUrl where a person can see it, or null
   * @param problems per-test trouble reported in the answer
   * @param refusedKeys the Test keys the answer says were not imported (Xray does not have their results)
   */
  record Imported(String testExecutionKey, @Nullable URI browseUrl, List<PublishOutcome.Problem> problems,
      Set<String> refusedKeys) {
    public Imported {
      requireNonNull(testExecutionKey, "testExecutionKey");
      problems = List.copyOf(problems);
      refusedKeys = Set.copyOf(refusedKeys);
    }
  }

  /** Xray did not take the document. The message says what happened and what to check; it holds no secret. */
  final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why Xray did not take it, as far as the publisher can act on it. */
    enum Reason {
      /** 400: the document itself is wrong (a Test key Xray does not know, a bad field). */
      REJECTED,
      /** 413: the request was too large for Xray or a proxy in front of it. */
      TOO_LARGE,
      /** Anything else: credentials, URL, availability, an unexpected answer. */
      OTHER
    }

    private final Reason reason;
    private final Set<String> namedKeys;
    private final boolean outcomeUnknown;

    /**
     * @param message what happened and what to check
     * @param reason why, as far as the publisher can act on it
     * @param namedKeys the issue keys Xray's message names
     * @param cause what the client threw, or null
     */
    Failure(String message, Reason reason, Set<String> namedKeys, @Nullable Throwable cause) {
      this(message, reason, namedKeys, false, cause);
    }

    /**
     * @param outcomeUnknown whether Xray may have processed the request although no answer says so (no answer
     *     came, or a 5xx): a creating request may then have created the Test Execution
     */
    Failure(String message, Reason reason, Set<String> namedKeys, boolean outcomeUnknown, @Nullable Throwable cause) {
      super(message, cause);
      this.reason = reason;
      this.namedKeys = Set.copyOf(namedKeys);
      this.outcomeUnknown = outcomeUnknown;
    }

    boolean outcomeUnknown() {
      return outcomeUnknown;
    }

    Reason reason() {
      return reason;
    }

    Set<String> namedKeys() {
      return namedKeys;
    }
  }
}
