package io.github.xray4j.core.publish;

import io.github.xray4j.core.client.ImportResult;
import io.github.xray4j.core.client.IssueRef;
import io.github.xray4j.core.client.XrayBadRequestException;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayException;
import io.github.xray4j.core.client.XrayUnavailableException;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.model.IssueKey;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Makes the {@link Importer} that talks to Xray through {@link XrayClient}, and reads its answers. */
final class Importers {

  private Importers() {}

  /**
   * An importer over the configured client.
   *
   * @throws io.github.xray4j.core.config.XrayConfigException when the client cannot be built from the configuration
   */
  static Importer forConfig(XrayConfig config) {
    return over(XrayClient.create(config));
  }

  static Importer over(XrayClient client) {
    return new Importer() {
      @Override
      public Imported importExecution(byte[] document) throws Failure {
        ImportResult result;
        try {
          result = client.importExecution(document);
        } catch (XrayBadRequestException e) {
          throw new Failure(PublishOutcome.sentence(e.getMessage()), Failure.Reason.REJECTED,
              Set.copyOf(e.unknownKeys()), e);
        } catch (XrayUnavailableException e) {
          String hint = e.getMessage().contains("check") ? "" : "; check that Xray is up, or send again later";
          throw new Failure(PublishOutcome.sentence(e.getMessage() + hint), Failure.Reason.OTHER, Set.of(),
              unknown(e), e);
        } catch (XrayException e) {
          Failure.Reason reason = e.httpStatus() == 413 ? Failure.Reason.TOO_LARGE : Failure.Reason.OTHER;
          throw new Failure(PublishOutcome.sentence(e.getMessage()), reason, Set.of(), unknown(e), e);
        } catch (RuntimeException e) {
          throw new Failure("the request to Xray failed unexpectedly (" + Publisher.describe(e) + ").",
              Failure.Reason.OTHER, Set.of(), e);
        }
        return new Imported(result.testExecution().key(), browseUrl(client, result), problems(result),
            Set.copyOf(result.refusedTestKeys()));
      }

      @Override
      public Optional<String> findExecution(String project, String runId) throws Failure {
        String jql = "project = \"" + project.replace("\"", "") + "\" AND description ~ \"" + runId + "\"";
        try {
          return client.findTestExecutions(jql, 2).stream().map(IssueRef::key).findFirst();
        } catch (XrayException | UnsupportedOperationException e) {
          throw new Failure("cannot tell whether Xray created a Test Execution for this run: the request creating it"
              + " got no answer, and looking for it failed (" + e.getMessage() + "); no second one was created.",
              Failure.Reason.OTHER, Set.of(), e);
        }
      }

      @Override
      public void linkTestsToRequirement(String requirementKey, Collection<String> testKeys) throws Failure {
        try {
          client.linkTestsToRequirement(requirementKey, testKeys);
        } catch (XrayException | UnsupportedOperationException e) {
          throw new Failure(PublishOutcome.sentence(e.getMessage()), Failure.Reason.OTHER, Set.of(), e);
        }
      }

      @Override
      public void close() {
        try {
          client.close();
        } catch (Exception e) {
          // nothing was left to send; a client that does not close cleanly costs no result
        }
      }
    };
  }

  /** Whether Xray may have processed a request that failed this way: no answer, or a server error. */
  private static boolean unknown(XrayException e) {
    return e.httpStatus() == 0 || e.httpStatus() >= 500;
  }

  private static @Nullable URI browseUrl(XrayClient client, ImportResult result) {
    try {
      URI url = URI.create(client.browseUrl(result.testExecution()));
      return url.isAbsolute() ? url : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Per-test trouble from a 200, each attributed to the first issue key it names (else to "Xray"). */
  private static List<PublishOutcome.Problem> problems(ImportResult result) {
    List<PublishOutcome.Problem> problems = new ArrayList<>();
    for (String problem : result.problems()) {
      problems.add(new PublishOutcome.Problem(IssueKey.first(problem).orElse("Xray"), problem));
    }
    return problems;
  }
}
