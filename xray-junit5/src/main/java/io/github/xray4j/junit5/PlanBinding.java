package io.github.xray4j.junit5;

import io.github.xray4j.core.config.XrayConfig;
import org.jspecify.annotations.Nullable;

/**
 * Which run one plan's results go to: the launcher session's, once {@link PlanRendezvous} has bound it, or else
 * the listener's own run for this plan (no session, as with a launcher created without session listeners).
 */
final class PlanBinding {

  private final XrayConfig config;
  private final XrayRun standalone;
  private volatile @Nullable XrayRun session;

  PlanBinding(XrayConfig config, XrayRun standalone) {
    this.config = config;
    this.standalone = standalone;
  }

  void bind(XrayRun sessionRun) {
    this.session = sessionRun;
  }

  boolean hasSession() {
    return session != null;
  }

  /** The bound run; asked only after every listener has seen the plan start. */
  XrayRun run() {
    XrayRun run = session;
    return run != null ? run : standalone;
  }

  XrayRun standalone() {
    return standalone;
  }
}
