package dev.tessera.auth;

import dev.tessera.common.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address in the database, so that every
 * instance on one database sees the same counts: guessing passwords against one account, or
 * from one address against many, is slowed down by {@link ThrottlePolicy}'s growing blocks.
 * Each method commits on its own (the failing sign-in that calls it is rolled back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    /** Longer names cannot be user names; they are counted under their digest so rows stay small. */
    private static final int LONGEST_NAME = 64;

    private final EntityManager em;
    private final SignInConfig config;
    private final ThrottlePolicy perAccount;
    private final ThrottlePolicy perAddress;

    public SignInThrottle(EntityManager em, SignInConfig config) {
        this.em = em;
        this.config = config;
        this.perAccount = new ThrottlePolicy(config.accountFailures(), config.firstBlock(), config.longestBlock());
        this.perAddress = new ThrottlePolicy(config.addressFailures(), config.firstBlock(), config.longestBlock());
    }

    /** How long the account or the address is still blocked, if either is. */
    public Optional<Duration> blocked(String username, String address) {
        Object seconds = em.createNativeQuery("""
                        SELECT ceil(extract(epoch FROM max(blocked_until) - now())) FROM sign_in_throttle
                        WHERE subject IN (?1, ?2) AND blocked_until > now()""")
                .setParameter(1, account(username)).setParameter(2, address(address))
                .getSingleResult();
        return seconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(((Number) seconds).longValue()));
    }

    public void failed(String username, String address) {
        count(account(username), perAccount);
        count(address(address), perAddress);
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE last_failure < now() - make_interval(secs => ?1)"
                        + " AND blocked_until < now()")
                .setParameter(1, (double) config.forgetAfter().toSeconds()).executeUpdate();
    }

    /** A correct password clears the account's count (not the address's: one good account must not unlock guessing at others). */
    public void succeeded(String username) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE subject = ?1").setParameter(1, account(username))
                .executeUpdate();
    }

    private void count(String subject, ThrottlePolicy policy) {
        List<?> failures = em.createNativeQuery("""
                        INSERT INTO sign_in_throttle AS t (subject, failures, last_failure, blocked_until)
                        VALUES (?1, 1, now(), now())
                        ON CONFLICT (subject) DO UPDATE SET
                            failures = CASE WHEN t.last_failure < now() - make_interval(secs => ?2) THEN 1
                                            ELSE t.failures + 1 END,
                            last_failure = now()
                        RETURNING failures""")
                .setParameter(1, subject).setParameter(2, (double) config.forgetAfter().toSeconds())
                .getResultList();
        Duration block = policy.blockAfter(((Number) failures.get(0)).intValue());
        if (!block.isZero()) {
            em.createNativeQuery("UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => ?1)"
                            + " WHERE subject = ?2")
                    .setParameter(1, (double) block.toSeconds()).setParameter(2, subject).executeUpdate();
        }
    }

    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > LONGEST_NAME ? Sha256.hex(name) : name);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
