package dev.tessera.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the state gauges are read. */
@ConfigMapping(prefix = "tessera.metrics")
public interface MetricsConfig {

    /** How long one reading of the state gauges (a few queries) serves scrapes before it is read again. */
    @WithDefault("5s")
    Duration gaugeCache();
}
