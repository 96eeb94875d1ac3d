package dev.tessera.translation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Review rules that a deployment may relax ({@code tessera.review.*}). */
@ConfigMapping(prefix = "tessera.review")
public interface ReviewConfig {

    /**
     * Whether a reviewer may approve a translation they made, and so claim it for review
     * ({@link WorkflowPolicy}: {@code SELF_APPROVAL}).
     */
    @WithDefault("false")
    boolean allowSelfApproval();
}
