package dev.tessera.publish;

import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the outbox: claiming due events with {@code FOR UPDATE SKIP LOCKED}
 * and a lease (so several instances never take the same event, and a crashed one's events
 * come back when its lease ends), and marking them done or failed. Each method is its own
 * short transaction; the work between claim and completion runs outside any.
 */
@ApplicationScoped
@Transactional
public class OutboxRows {

    /** Longest error text kept on an event. */
    private static final int ERROR_LENGTH = 2000;

    /** An event taken by this instance until its lease ends. */
    public record ClaimedEvent(long id, String type, Long articleId, String lang, Long revisionId, String data,
                               Instant createdAt, int attempts) {
    }

    /** The earliest time something falls due, if anything is waiting. */
    record Due(Instant at) {
    }

    private final EntityManager em;

    public OutboxRows(EntityManager em) {
        this.em = em;
    }

    public List<ClaimedEvent> claim(int limit, Duration lease) {
        List<ClaimedEvent> claimed = em.createNativeQuery("""
                        UPDATE outbox_event e
                        SET locked_until = now() + :leaseMillis * interval '1 millisecond', attempts = e.attempts + 1
                        WHERE e.id IN (SELECT id FROM outbox_event
                                       WHERE processed_at IS NULL AND locked_until <= now()
                                       ORDER BY locked_until, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING e.id, e.type, e.article_id, e.lang, e.revision_id, cast(e.data AS text),
                                  e.created_at, e.attempts""", ClaimedEvent.class)
                .setParameter("leaseMillis", lease.toMillis())
                .setParameter("limit", limit)
                .getResultList();
        return claimed.stream().sorted(Comparator.comparingLong(ClaimedEvent::id)).toList();
    }

    /** Marks an event processed; {@code note} is kept as its last word (why it was skipped, for example). */
    public void done(long id, String note) {
        em.createNativeQuery("UPDATE outbox_event SET processed_at = now(), last_error = :note WHERE id = :id")
                .setParameter("note", cut(note))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Records a failed attempt: tried again after a growing wait, or given up after {@code maxAttempts}. */
    public void failed(ClaimedEvent event, String error, int maxAttempts) {
        if (event.attempts() >= maxAttempts) {
            em.createNativeQuery("""
                            UPDATE outbox_event SET processed_at = now(), gave_up = true, last_error = :error
                            WHERE id = :id""")
                    .setParameter("error", cut(error))
                    .setParameter("id", event.id())
                    .executeUpdate();
            return;
        }
        long waitMillis = Math.min(600_000L, 1000L << Math.min(event.attempts(), 20));
        em.createNativeQuery("""
                        UPDATE outbox_event SET locked_until = now() + :waitMillis * interval '1 millisecond',
                            last_error = :error
                        WHERE id = :id""")
                .setParameter("waitMillis", waitMillis)
                .setParameter("error", cut(error))
                .setParameter("id", event.id())
                .executeUpdate();
    }

    /** When the next unprocessed event falls due (its lease or retry wait ends), if any. */
    public Optional<Instant> nextDue() {
        Due due = (Due) em.createNativeQuery("SELECT min(locked_until) FROM outbox_event WHERE processed_at IS NULL",
                Due.class).getSingleResult();
        return Optional.ofNullable(due.at());
    }

    /** Records a {@code webhook.test} event meant for one endpoint only. */
    public long recordTest(long endpointId) {
        Long id = (Long) em.createNativeQuery("""
                        INSERT INTO outbox_event (type, data)
                        VALUES (:type, jsonb_build_object('endpointId', cast(:endpoint AS bigint)))
                        RETURNING id""", Long.class)
                .setParameter("type", EventTypes.WEBHOOK_TEST)
                .setParameter("endpoint", endpointId)
                .getSingleResult();
        em.createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", Outbox.CHANNEL)
                .setParameter("payload", Long.toString(id))
                .getSingleResult();
        return id;
    }

    /**
     * Whether an {@code article.completed} event was already recorded for this revision since
     * the article last had a language reopened (so a completion is announced once, and again
     * only after something was reopened).
     */
    public boolean articleCompletedRecorded(long articleId, long revisionId) {
        return !em.createNativeQuery("""
                        SELECT 1 FROM outbox_event
                        WHERE article_id = :article AND type = :completed AND revision_id = :revision
                          AND id > coalesce((SELECT max(id) FROM outbox_event
                                             WHERE article_id = :article AND type = :reopened), 0)""")
                .setParameter("article", articleId)
                .setParameter("completed", EventTypes.ARTICLE_COMPLETED)
                .setParameter("revision", revisionId)
                .setParameter("reopened", EventTypes.LANGUAGE_REOPENED)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static String cut(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
