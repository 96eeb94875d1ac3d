package dev.tessera.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Waits until publishing has nothing left to do for an article and an endpoint: every outbox
 * event about the article (or, without one, every test message to the endpoint) processed, and
 * none of the endpoint's deliveries pending. Once that holds nothing more can reach the
 * endpoint's receiver, so a test that asserts "sent once" asserts it then, not after a guessed
 * pause. Reads the tables the workers write, as they do.
 */
final class PublishingDrained {

    private static final Duration POLL = Duration.ofMillis(50);

    private PublishingDrained() {
    }

    /** What is still waiting: unprocessed events and pending deliveries. */
    record Waiting(long events, long deliveries) {
        boolean none() {
            return events == 0 && deliveries == 0;
        }
    }

    /** Waits until nothing waits; fails with what still does after {@code timeout}. {@code articleId} may be null. */
    static void await(DataSource dataSource, Long articleId, long endpointId, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Waiting waiting = waiting(dataSource, articleId, endpointId);
        while (!waiting.none()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Publishing not drained after " + timeout + ": " + waiting);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for publishing to drain", e);
            }
            waiting = waiting(dataSource, articleId, endpointId);
        }
    }

    static Waiting waiting(DataSource dataSource, Long articleId, long endpointId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT (SELECT count(*) FROM outbox_event
                        WHERE processed_at IS NULL
                          AND (article_id = ? OR (type = 'webhook.test' AND data ->> 'endpointId' = ?))),
                       (SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND status = 'PENDING')""")) {
            if (articleId == null) {
                s.setNull(1, Types.BIGINT);
            } else {
                s.setLong(1, articleId);
            }
            s.setString(2, Long.toString(endpointId));
            s.setLong(3, endpointId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Waiting(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
