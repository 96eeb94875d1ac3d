package dev.tessera.publish;

import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    /** An event taken by this instance until {@code leaseEnd}. */
    public record ClaimedEvent(long id, String type, Long articleId, String lang, Long revisionId, String data,
                               Instant createdAt, int attempts) {
    }

    private final AgroalDataSource dataSource;

    public OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ClaimedEvent> claim(int limit, Duration lease) {
        String sql = """
                UPDATE outbox_event e SET locked_until = now() + ? * interval '1 millisecond', attempts = e.attempts + 1
                WHERE e.id IN (SELECT id FROM outbox_event
                               WHERE processed_at IS NULL AND locked_until <= now()
                               ORDER BY locked_until, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING e.id, e.type, e.article_id, e.lang, e.revision_id, e.data::text, e.created_at, e.attempts""";
        List<ClaimedEvent> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, lease.toMillis());
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new ClaimedEvent(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                            rs.getString(4), (Long) rs.getObject(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant(), rs.getInt(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming outbox events failed", e);
        }
        claimed.sort(java.util.Comparator.comparingLong(ClaimedEvent::id));
        return claimed;
    }

    /** Marks an event processed; {@code note} is kept as its last word (why it was skipped, for example). */
    public void done(long id, String note) {
        update("UPDATE outbox_event SET processed_at = now(), last_error = ? WHERE id = ?", note, id);
    }

    /** Records a failed attempt: tried again after a growing wait, or given up after {@code maxAttempts}. */
    public void failed(ClaimedEvent event, String error, int maxAttempts) {
        if (event.attempts() >= maxAttempts) {
            update("UPDATE outbox_event SET processed_at = now(), gave_up = true, last_error = ? WHERE id = ?",
                    error, event.id());
            return;
        }
        long waitMillis = Math.min(600_000L, 1000L << Math.min(event.attempts(), 20));
        update("UPDATE outbox_event SET locked_until = now() + " + waitMillis
                + " * interval '1 millisecond', last_error = ? WHERE id = ?", error, event.id());
    }

    /** When the next unprocessed event falls due (its lease or retry wait ends), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> nextDue() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT min(locked_until) FROM outbox_event WHERE processed_at IS NULL");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            Timestamp t = rs.getTimestamp(1);
            return Optional.ofNullable(t).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a {@code webhook.test} event meant for one endpoint only. */
    public long recordTest(long endpointId) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO outbox_event (type, data) VALUES (?, jsonb_build_object('endpointId', ?::bigint)) RETURNING id")) {
                s.setString(1, EventTypes.WEBHOOK_TEST);
                s.setLong(2, endpointId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                s.setString(1, Outbox.CHANNEL);
                s.setString(2, Long.toString(id));
                s.execute();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a test event failed", e);
        }
    }

    /**
     * Whether an {@code article.completed} event was already recorded for this revision since
     * the article last had a language reopened (so a completion is announced once, and again
     * only after something was reopened).
     */
    public boolean articleCompletedRecorded(long articleId, long revisionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM outbox_event
                WHERE article_id = ? AND type = ? AND revision_id = ?
                  AND id > coalesce((SELECT max(id) FROM outbox_event WHERE article_id = ? AND type = ?), 0)""")) {
            s.setLong(1, articleId);
            s.setString(2, EventTypes.ARTICLE_COMPLETED);
            s.setLong(3, revisionId);
            s.setLong(4, articleId);
            s.setString(5, EventTypes.LANGUAGE_REOPENED);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, String text, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (text == null) {
                s.setNull(1, Types.VARCHAR);
            } else {
                s.setString(1, text.length() > 2000 ? text.substring(0, 2000) : text);
            }
            s.setLong(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Updating outbox event " + id + " failed", e);
        }
    }
}
