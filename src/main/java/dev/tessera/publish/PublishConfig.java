package dev.tessera.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The publishing workers: whether they run, how often they look without a notification, their leases, and the address in links. */
@ConfigMapping(prefix = "tessera.publish")
public interface PublishConfig {

    /** Run the event and delivery workers in this instance. */
    @WithDefault("true")
    boolean workersEnabled();

    /** Longest wait between two looks at the outbox and the deliveries when no notification comes. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long a claimed event or delivery stays with the instance that claimed it before another may take it. */
    @WithDefault("5m")
    Duration lease();

    /** Attempts at processing one event before it is given up (with its error kept). */
    @WithDefault("10")
    int maxEventAttempts();

    /** The address publishing systems reach Tessera at, for links in webhook payloads (default: http://localhost:port). */
    Optional<String> publicUrl();
}
