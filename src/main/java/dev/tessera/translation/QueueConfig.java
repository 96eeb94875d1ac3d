package dev.tessera.translation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Leases on claimed work ({@code tessera.queue.*}). Read by the queue, which hands leases out,
 * and by the workflow, which renews a lease on every save; it lives on the lower floor of the two.
 */
@ConfigMapping(prefix = "tessera.queue")
public interface QueueConfig {

    /** How long a claimed run stays the claimer's without a save. */
    @WithDefault("PT15M")
    Duration lease();
}
