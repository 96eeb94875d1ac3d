package dev.tessera.auth;

import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Signing in with the form: throttled per account and per client address
 * ({@link SignInThrottle}), and as slow for an unknown or disabled user as for a wrong
 * password (a bcrypt comparison against a dummy hash), so that neither guessing nor timing
 * tells an attacker much. A blocked attempt gets the same answer as a wrong password and
 * costs no bcrypt work; the password is not even checked. Success opens a server-side
 * session ({@link BrowserSessions}).
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
// Made at start: its dummy hash is bcrypt work, which must not fall on the event loop of the first request.
@Startup
@ApplicationScoped
public class SigningIn {

    private static final Logger LOG = Logger.getLogger(SigningIn.class);
    private static final String REFUSED = "Unknown user or wrong password";
    /** Compared against when there is no usable account, so that the answer takes as long as a real check. */
    private static final String DUMMY_HASH = Secrets.hashPassword(Secrets.newPassword());

    private final SignInThrottle throttle;
    private final BrowserSessions sessions;

    public SigningIn(SignInThrottle throttle, BrowserSessions sessions) {
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @ActivateRequestContext
    public SecurityIdentity signIn(String username, char[] password, String address) {
        if (throttle.blocked(username, address).isPresent()) {
            LOG.debugf("Sign-in attempt refused while blocked (address %s)", address);
            throw new AuthenticationFailedException(REFUSED);
        }
        Optional<SecurityIdentity> identity = check(username, new String(password));
        if (identity.isEmpty()) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException(REFUSED);
        }
        throttle.succeeded(username);
        return identity.get();
    }

    /** The identity of a new session, or nothing when the account is unknown, disabled or the password wrong. */
    @Transactional
    Optional<SecurityIdentity> check(String username, String password) {
        Optional<User> user = User.findByUsername(username).filter(u -> u.enabled);
        boolean matches = Secrets.passwordMatches(password, user.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        User u = user.get();
        if (Secrets.needsRehash(u.passwordHash)) {
            u.passwordHash = Secrets.hashPassword(password); // from plain bcrypt to the pre-hashed kind
        }
        return Optional.of(Identities.identity(u, null, sessions.open(u.id)));
    }
}
