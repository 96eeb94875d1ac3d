package dev.tessera.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * How webhooks are sent: which addresses they may go to, how long one attempt may take, when
 * a failed delivery is tried again, and when an endpoint that keeps failing is disabled.
 */
@ConfigMapping(prefix = "tessera.webhooks")
public interface WebhookConfig {

    /** Allow endpoint URLs that resolve to private, loopback or link-local addresses (tests, closed networks). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Connect and response timeout of one attempt. */
    @WithDefault("15s")
    Duration timeout();

    /** Waits before the 2nd, 3rd, … attempt; when they are used up the delivery has failed. Over a day by default. */
    @WithDefault("5s,30s,2m,10m,30m,1h,2h,4h,8h,10h")
    List<Duration> retrySchedule();

    /** Each wait is varied by up to this fraction either way, so that retries of many deliveries spread out. */
    @WithDefault("0.2")
    double jitter();

    /** Longest wait a receiver's {@code Retry-After} may ask for. */
    @WithDefault("1h")
    Duration retryAfterMax();

    /** An endpoint whose last this many deliveries failed is disabled. */
    @WithDefault("5")
    int disableAfter();

    /** Characters of a response body kept in the attempt log. */
    @WithDefault("500")
    int excerptLength();

    /** Deliveries sent at the same time by one instance. */
    @WithDefault("4")
    int senders();

    /** How long the old secret still signs after a rotation. */
    @WithDefault("24h")
    Duration previousSecretValidity();
}
