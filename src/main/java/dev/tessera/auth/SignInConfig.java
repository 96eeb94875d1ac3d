package dev.tessera.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How sign-in failures are throttled ({@code TESSERA_SIGN_IN_*}): failures allowed per
 * account and per client address before a block, the first block (doubled with each further
 * failure up to the longest), and how long a quiet subject keeps its count.
 */
@ConfigMapping(prefix = "tessera.sign-in")
public interface SignInConfig {

    /** Failed sign-ins to one account (from any address) before it is blocked. */
    @WithDefault("5")
    int accountFailures();

    /** Failed sign-ins from one client address (to any account) before it is blocked. */
    @WithDefault("20")
    int addressFailures();

    @WithDefault("30s")
    Duration firstBlock();

    @WithDefault("15m")
    Duration longestBlock();

    /** A subject with no failure for this long starts again from zero. */
    @WithDefault("1h")
    Duration forgetAfter();
}
