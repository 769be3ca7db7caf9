package io.github.xray4j.core.client;

import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.internal.http.Sleeper;
import io.github.xray4j.core.internal.http.XrayHttp;
import io.github.xray4j.core.model.Flavour;
import java.time.Clock;

/** Builds the client for a flavour; the seam tests use to record waits instead of waiting. */
final class Clients {
  private Clients() {}

  static XrayClient create(XrayConfig config, Sleeper sleeper, Clock clock) {
    XrayHttp http = XrayHttp.create(config, sleeper, clock);
    return config.flavour() == Flavour.CLOUD ? new CloudXrayClient(http) : new ServerXrayClient(http, config);
  }
}
