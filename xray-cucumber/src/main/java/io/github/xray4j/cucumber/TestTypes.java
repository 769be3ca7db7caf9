package io.github.xray4j.cucumber;

import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.client.XrayTest;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.TestType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides how a Scenario Outline's rows are sent, by the type of the Test it reports to: {@code iterations}
 * (with the rows' parameter names and values) for Generic Tests, {@code examples} (one status per row) for every
 * other type, as {@code xray.cucumber.outline-results} says:
 *
 * <ul>
 *   <li>{@code auto} (default): asks Xray Server/DC once per run, at the end, for the types of just the Tests
 *       outlines report to ({@code GET /rest/raven/2.0/api/test?keys=...}); on Cloud (which has no such
 *       endpoint), in a dry run, or when Xray cannot answer, every Test is taken for a Cucumber Test;
 *   <li>{@code examples} or {@code iterations}: every outline that way, without asking.
 * </ul>
 */
final class TestTypes implements Function<Set<String>, Map<String, TestType>> {

  private static final System.Logger LOG = System.getLogger(TestTypes.class.getName());

  private final @Nullable TestType fixed;
  private final @Nullable Supplier<XrayClient> xray;

  private TestTypes(@Nullable TestType fixed, @Nullable Supplier<XrayClient> xray) {
    this.fixed = fixed;
    this.xray = xray;
  }

  /** The types as configured in {@code xray.cucumber.outline-results} (validated with the configuration). */
  static TestTypes of(XrayConfig config) {
    return switch (config.get(XrayKey.CUCUMBER_OUTLINE_RESULTS)) {
      case EXAMPLES -> new TestTypes(TestType.CUCUMBER, null);
      case ITERATIONS -> new TestTypes(TestType.GENERIC, null);
      case AUTO -> config.dryRun() || config.flavour() == Flavour.CLOUD
          ? new TestTypes(TestType.CUCUMBER, null)
          : new TestTypes(null, () -> XrayClient.create(config));
    };
  }

  @Override
  public Map<String, TestType> apply(Set<String> keys) {
    Map<String, TestType> types = new HashMap<>();
    if (fixed != null || xray == null) {
      keys.forEach(key -> types.put(key, fixed != null ? fixed : TestType.CUCUMBER));
      return types;
    }
    try (XrayClient client = xray.get()) {
      for (XrayTest test : client.getTests(keys)) {
        types.put(test.key(), "generic".equalsIgnoreCase(test.type()) ? TestType.GENERIC : TestType.CUCUMBER);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, () -> "Xray: could not ask Xray for the type of Tests " + keys + " ("
          + e.getMessage() + "); their Scenario Outlines are sent as examples, the form for Cucumber Tests. Set "
          + XrayKey.CUCUMBER_OUTLINE_RESULTS + "=iterations if they are Generic Tests");
    }
    keys.forEach(key -> types.putIfAbsent(key, TestType.CUCUMBER));
    return types;
  }
}
