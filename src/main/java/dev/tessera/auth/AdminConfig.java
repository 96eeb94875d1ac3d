package dev.tessera.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The first admin account and the optional automation token ({@code TESSERA_ADMIN_*}). */
@ConfigMapping(prefix = "tessera.admin")
public interface AdminConfig {

    @WithDefault("admin")
    String username();

    /** Password of the first admin; a random one is generated and printed once when unset. */
    Optional<String> password();

    /** When set, accepted as an API token of the first admin (for automation). */
    Optional<String> token();
}
