package dev.tessera.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
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

    private final AdminConfig adminConfig;
    private final BrowserSessions sessions;
    private final TokenLookup tokens;

    public Identities(AdminConfig adminConfig, BrowserSessions sessions, TokenLookup tokens) {
        this.adminConfig = adminConfig;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity bySession(String sessionId) {
        User user = sessions.userOf(sessionId).flatMap(id -> User.<User>findByIdOptional(id)).filter(u -> u.enabled)
                .orElseThrow(() -> new AuthenticationFailedException("Ended session, or session of a disabled user"));
        return identity(user, null, sessionId);
    }

    /** An API token's identity: {@link TokenLookup}, one statement outside any transaction. */
    public SecurityIdentity byToken(String token) {
        Optional<String> adminToken = adminConfig.token().filter(t -> !t.isBlank());
        if (adminToken.isPresent() && Secrets.sameSecret(adminToken.get(), token)) {
            TokenLookup.Account admin = tokens.byUsername(adminConfig.username()).filter(TokenLookup.Account::enabled)
                    .orElseThrow(() -> new AuthenticationFailedException("The admin account is disabled"));
            return identity(admin);
        }
        TokenLookup.Account account = tokens.byDigest(Secrets.digest(token)).filter(TokenLookup.Account::usable)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked token"));
        if (!account.enabled()) {
            throw new AuthenticationFailedException("Token of a disabled user");
        }
        return identity(account);
    }

    private static SecurityIdentity identity(TokenLookup.Account a) {
        return identity(a.id(), a.username(), a.roles(), a.languages(), a.uiLang(), a.tokenId(), null);
    }

    /**
     * The identity of an account. A browser session's principal is its session id, because
     * Quarkus writes the principal's name into the session cookie; the user name is an attribute.
     */
    static SecurityIdentity identity(User user, Long tokenId, String sessionId) {
        return identity(user.id, user.username, user.roles, user.languages, user.uiLang, tokenId, sessionId);
    }

    private static SecurityIdentity identity(long userId, String username, String[] roles, String[] languages,
                                             String uiLang, Long tokenId, String sessionId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(sessionId != null ? sessionId : username))
                .addAttribute(USERNAME, username)
                .addRoles(Set.of(roles))
                .addAttribute(USER_ID, userId)
                .addAttribute(LANGUAGES, Set.copyOf(Arrays.asList(languages)));
        if (uiLang != null) {
            builder.addAttribute(UI_LANG, uiLang);
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
