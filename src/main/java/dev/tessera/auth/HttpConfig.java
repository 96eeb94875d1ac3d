package dev.tessera.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How Tessera's cookies are sent to browsers ({@code TESSERA_SECURE_COOKIES}). */
@ConfigMapping(prefix = "tessera.http")
public interface HttpConfig {

    /** When cookies get the {@code Secure} flag. */
    @WithDefault("auto")
    SecureCookies secureCookies();

    enum SecureCookies {
        /** When the request came over https, directly or as a trusted proxy says ({@code X-Forwarded-Proto}). */
        AUTO,
        /** Always: for TLS that ends at a proxy Tessera is not told about. */
        ALWAYS;

        public boolean secure(boolean https) {
            return this == ALWAYS || https;
        }
    }
}
