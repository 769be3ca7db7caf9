package io.github.xray4j.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry policy on its own: fresh clones, bounded tries, backoff with jitter. */
class XrayRetryerTest {

  private final List<Duration> waits = new ArrayList<>();

  private XrayRetryer retryer(int maxRetries, double jitter) {
    return new XrayRetryer(maxRetries, waits::add, () -> jitter);
  }

  private static RetryableException connectionRefused() {
    Request request = Request.create(Request.HttpMethod.GET, "http://127.0.0.1:1/rest/api/2/myself", Map.of(), null,
        StandardCharsets.UTF_8, null);
    return new RetryableException(-1, "Connection refused", Request.HttpMethod.GET, new ConnectException(),
        (Long) null, request);
  }

  @Test
  void clone_returns_a_fresh_retryer_with_all_its_tries() {
    // given: a retryer that has used up its two retries
    XrayRetryer used = retryer(2, 0.0);
    used.continueOrPropagate(connectionRefused());
    used.continueOrPropagate(connectionRefused());
    assertThatThrownBy(() -> used.continueOrPropagate(connectionRefused())).isInstanceOf(RetryableException.class);

    // when
    Retryer fresh = used.clone();

    // then
    assertThat(fresh).isNotSameAs(used);
    fresh.continueOrPropagate(connectionRefused());
    fresh.continueOrPropagate(connectionRefused());
    assertThat(waits).hasSize(4);
  }

  @Test
  void backoff_doubles_from_half_a_second_up_to_thirty_seconds_with_jitter_between_half_and_whole() {
    XrayRetryer low = retryer(20, 0.0);
    XrayRetryer high = retryer(20, 0.999_999);

    assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(high.backoff(1)).isEqualTo(Duration.ofMillis(499));
    assertThat(low.backoff(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(low.backoff(3)).isEqualTo(Duration.ofMillis(1000));
    assertThat(low.backoff(12)).isEqualTo(Duration.ofSeconds(15));
    assertThat(high.backoff(30)).isLessThan(XrayRetryer.MAX_DELAY);
  }

  @Test
  void no_retries_configured_means_one_try() {
    XrayRetryer none = retryer(0, 0.5);
    assertThatThrownBy(() -> none.continueOrPropagate(connectionRefused())).isInstanceOf(RetryableException.class);
    assertThat(waits).isEmpty();
  }
}
