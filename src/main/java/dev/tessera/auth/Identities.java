package dev.tessera.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Turns credentials into a {@link SecurityIdentity} by reading the account from the database:
 * a password at sign-in, the user name of a live browser session, or an API token. A disabled
 * account or a revoked token stops working on the next request.
 */
@ApplicationScoped
public class Identities {

    public static final String USER_ID = "tessera.userId";
    public static final String LANGUAGES = "tessera.languages";
    public static final String TOKEN_ID = "tessera.tokenId";

    /** How often a token's last-used time is written, at most: one write per request would be wasteful. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AdminConfig adminConfig;

    public Identities(AdminConfig adminConfig) {
        this.adminConfig = adminConfig;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity byPassword(String username, char[] password) {
        User user = User.findByUsername(username).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown user or wrong password"));
        if (!Secrets.passwordMatches(new String(password), user.passwordHash)) {
            throw new AuthenticationFailedException("Unknown user or wrong password");
        }
        return identity(user, null);
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity bySession(String username) {
        User user = User.findByUsername(username).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Session of an unknown or disabled user"));
        return identity(user, null);
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity byToken(String token) {
        Optional<String> adminToken = adminConfig.token().filter(t -> !t.isBlank());
        if (adminToken.isPresent() && Secrets.sameSecret(adminToken.get(), token)) {
            User admin = User.findByUsername(adminConfig.username()).filter(u -> u.enabled)
                    .orElseThrow(() -> new AuthenticationFailedException("The admin account is disabled"));
            return identity(admin, null);
        }
        Instant now = Instant.now();
        ApiToken stored = ApiToken.findByHash(Secrets.digest(token)).filter(t -> t.isUsable(now))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked token"));
        User user = User.<User>findByIdOptional(stored.userId).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Token of a disabled user"));
        if (stored.lastUsedAt == null || stored.lastUsedAt.isBefore(now.minus(TOUCH_INTERVAL))) {
            stored.lastUsedAt = now;
        }
        return identity(user, stored.id);
    }

    private static SecurityIdentity identity(User user, Long tokenId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(Set.of(user.roles))
                .addAttribute(USER_ID, user.id)
                .addAttribute(LANGUAGES, Set.copyOf(Arrays.asList(user.languages)));
        if (tokenId != null) {
            builder.addAttribute(TOKEN_ID, tokenId);
        }
        return builder.build();
    }
}
