package dev.tessera.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How source updates carry translations over ({@code tessera.revisions.*}). */
@ConfigMapping(prefix = "tessera.revisions")
public interface RevisionConfig {

    /**
     * The least word similarity (1–100, {@link dev.tessera.common.WordDiff#similarity}) at which a
     * changed sentence keeps the old target as {@code STALE}; below it the sentence starts as {@code NEW}.
     */
    @WithDefault("75")
    int staleThreshold();
}
