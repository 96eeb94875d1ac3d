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
 * the id of a live browser session, or an API token ({@link SigningIn} checks passwords). A disabled
 * account or a revoked token stops working on the next request.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class Identities {

    public static final String USER_ID = "tessera.userId";
    public static final String LANGUAGES = "tessera.languages";
    public static final String TOKEN_ID = "tessera.tokenId";
    public static final String SESSION_ID = "tessera.sessionId";
    public static final String USERNAME = "tessera.username";
    public static final String UI_LANG = "tessera.uiLang";

    /** How often a token's last-used time is written, at most: one write per request would be wasteful. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AdminConfig adminConfig;
    private final BrowserSessions sessions;

    public Identities(AdminConfig adminConfig, BrowserSessions sessions) {
        this.adminConfig = adminConfig;
        this.sessions = sessions;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity bySession(String sessionId) {
        User user = sessions.userOf(sessionId).flatMap(id -> User.<User>findByIdOptional(id)).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Ended session, or session of a disabled user"));
        return identity(user, null, sessionId);
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity byToken(String token) {
        Optional<String> adminToken = adminConfig.token().filter(t -> !t.isBlank());
        if (adminToken.isPresent() && Secrets.sameSecret(adminToken.get(), token)) {
            User admin = User.findByUsername(adminConfig.username()).filter(u -> u.enabled)
                    .orElseThrow(() -> new AuthenticationFailedException("The admin account is disabled"));
            return identity(admin, null, null);
        }
        Instant now = Instant.now();
        ApiToken.WithUser found = ApiToken.findByHashWithUser(Secrets.digest(token)).filter(t -> t.token().isUsable(now))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked token"));
        ApiToken stored = found.token();
        User user = found.user();
        if (!user.enabled) {
            throw new AuthenticationFailedException("Token of a disabled user");
        }
        if (stored.lastUsedAt == null || stored.lastUsedAt.isBefore(now.minus(TOUCH_INTERVAL))) {
            stored.lastUsedAt = now;
        }
        return identity(user, stored.id, null);
    }

    /**
     * The identity of an account. A browser session's principal is its session id, because
     * Quarkus writes the principal's name into the session cookie; the user name is an attribute.
     */
    static SecurityIdentity identity(User user, Long tokenId, String sessionId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(sessionId != null ? sessionId : user.username))
                .addAttribute(USERNAME, user.username)
                .addRoles(Set.of(user.roles))
                .addAttribute(USER_ID, user.id)
                .addAttribute(LANGUAGES, Set.copyOf(Arrays.asList(user.languages)));
        if (user.uiLang != null) {
            builder.addAttribute(UI_LANG, user.uiLang);
        }
        if (tokenId != null) {
            builder.addAttribute(TOKEN_ID, tokenId);
        }
        if (sessionId != null) {
            builder.addAttribute(SESSION_ID, sessionId);
        }
        return builder.build();
    }
}
