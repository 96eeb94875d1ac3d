package dev.tessera.auth;

import dev.tessera.common.Rows;
import dev.tessera.common.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sessions that the server can end. Quarkus keeps a signed-in browser in an encrypted
 * cookie that names the principal; Tessera makes that principal a random session id with a
 * row here, so that signing out or changing a password ends sessions on every instance at
 * once, which a cookie alone cannot do. Only the id's SHA-256 is stored.
 */
@ApplicationScoped
@Transactional
public class BrowserSessions {

    /** How often a session's last-seen time is written, at most. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Duration idleTimeout;

    public BrowserSessions(EntityManager em,
                           @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration idleTimeout) {
        this.em = em;
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session for the user and returns its id (to be carried in the cookie only). */
    public String open(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("DELETE FROM user_session WHERE user_id = ?1 AND (ended_at IS NOT NULL"
                        + " OR seen_at < now() - make_interval(secs => ?2))")
                .setParameter(1, userId).setParameter(2, (double) idleTimeout.toSeconds()).executeUpdate();
        em.createNativeQuery("INSERT INTO user_session (id_hash, user_id) VALUES (?1, ?2)")
                .setParameter(1, Sha256.hex(id)).setParameter(2, userId).executeUpdate();
        return id;
    }

    /** The user of a live session: not ended, and seen within the idle timeout. */
    public Optional<Long> userOf(String sessionId) {
        List<Tuple> rows = Rows.of(em.createNativeQuery("""
                        SELECT user_id, seen_at < now() - make_interval(secs => ?3) AS touch FROM user_session
                        WHERE id_hash = ?1 AND ended_at IS NULL AND seen_at > now() - make_interval(secs => ?2)""", Tuple.class)
                .setParameter(1, Sha256.hex(sessionId)).setParameter(2, (double) idleTimeout.toSeconds())
                .setParameter(3, (double) TOUCH_INTERVAL.toSeconds()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = rows.get(0);
        if (Boolean.TRUE.equals(row.get("touch", Boolean.class))) {
            em.createNativeQuery("UPDATE user_session SET seen_at = now() WHERE id_hash = ?1")
                    .setParameter(1, Sha256.hex(sessionId)).executeUpdate();
        }
        return Optional.of(Rows.id(row, "user_id"));
    }

    public void end(String sessionId) {
        em.createNativeQuery("UPDATE user_session SET ended_at = now() WHERE id_hash = ?1 AND ended_at IS NULL")
                .setParameter(1, Sha256.hex(sessionId)).executeUpdate();
    }

    /** Ends every session of the user but the one given (the one asking, when it is a session). */
    public void endAllOf(long userId, Optional<String> keep) {
        em.createNativeQuery("UPDATE user_session SET ended_at = now()"
                        + " WHERE user_id = ?1 AND ended_at IS NULL AND id_hash <> ?2")
                .setParameter(1, userId).setParameter(2, keep.map(Sha256::hex).orElse("")).executeUpdate();
    }
}
