package dev.tessera.publish;

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
 * The webhook deliveries in the database, where their retries live (so they survive restarts):
 * creating one per (event, endpoint), claiming a due one with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, and recording each attempt's outcome — success, a retry at a later time, or
 * failure — together with the endpoint's run of failures, which disables it when too long.
 * Each method is one short transaction; the HTTP call happens between them.
 */
@ApplicationScoped
@Transactional
public class DeliveryRows {

    /** The channel that wakes the delivery workers when deliveries are created or made due. */
    public static final String CHANNEL = "tessera_delivery";

    /** A delivery taken by this instance for one attempt. */
    public record Claimed(long id, long endpointId, int attempt, String webhookId, String payload, String url,
                          List<String> secrets) {
        @Override
        public String toString() {
            return "Claimed[delivery " + id + ", attempt " + attempt + "]"; // never the secrets
        }
    }

    private final AgroalDataSource dataSource;
    private final WebhookConfig config;

    public DeliveryRows(AgroalDataSource dataSource, WebhookConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Creates the deliveries of an event: to every active endpoint subscribed to its type, or
     * to {@code onlyEndpoint} when given. Creating them twice (an event processed again after a
     * lost lease) adds nothing. Returns how many were created.
     */
    public int enqueue(long eventId, String type, String payload, Long onlyEndpoint) {
        String sql = """
                INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, webhook_id, payload)
                SELECT e.id, ?, ?, 'msg_' || replace(gen_random_uuid()::text, '-', ''), ?
                FROM webhook_endpoint e
                WHERE CASE WHEN ?::bigint IS NULL THEN e.active AND ? = ANY (e.event_types) ELSE e.id = ? END
                ORDER BY e.id
                ON CONFLICT (event_id, endpoint_id) DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, eventId);
            s.setString(2, type);
            s.setString(3, payload);
            if (onlyEndpoint == null) {
                s.setNull(4, Types.BIGINT);
                s.setNull(6, Types.BIGINT);
            } else {
                s.setLong(4, onlyEndpoint);
                s.setLong(6, onlyEndpoint);
            }
            s.setString(5, type);
            int created = s.executeUpdate();
            if (created > 0) {
                notifyWorkers(c);
            }
            return created;
        } catch (SQLException e) {
            throw new IllegalStateException("Creating deliveries failed", e);
        }
    }

    /** Takes the most overdue delivery whose endpoint is active (a test message goes to any endpoint). */
    public Optional<Claimed> claim(Duration lease) {
        String sql = """
                UPDATE webhook_delivery d
                SET attempts = d.attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond'
                FROM webhook_endpoint e
                WHERE e.id = d.endpoint_id
                  AND d.id = (SELECT d2.id FROM webhook_delivery d2 JOIN webhook_endpoint e2 ON e2.id = d2.endpoint_id
                              WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= now()
                                AND (e2.active OR d2.event_type = 'webhook.test')
                              ORDER BY d2.next_attempt_at, d2.id LIMIT 1 FOR UPDATE OF d2 SKIP LOCKED)
                RETURNING d.id, d.endpoint_id, d.attempts, d.webhook_id, d.payload, e.url, e.secret,
                          CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, lease.toMillis());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<String> secrets = new ArrayList<>(2);
                secrets.add(rs.getString(7));
                if (rs.getString(8) != null) {
                    secrets.add(rs.getString(8));
                }
                return Optional.of(new Claimed(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), List.copyOf(secrets)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming a delivery failed", e);
        }
    }

    /**
     * Records an attempt and moves the delivery on: succeeded, due again after {@code retryIn},
     * or failed for good (empty {@code retryIn}); a 410 answer disables the endpoint at once.
     * If the lease was lost meanwhile (another instance took the delivery), only the attempt is logged.
     */
    public void record(Claimed claim, WebhookSender.Outcome outcome, Optional<Duration> retryIn) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt)
                    SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM webhook_delivery WHERE id = ?)""")) {
                s.setLong(1, claim.id());
                s.setInt(2, claim.attempt());
                s.setTimestamp(3, Timestamp.from(outcome.startedAt()));
                s.setInt(4, (int) Math.min(Integer.MAX_VALUE, outcome.durationMillis()));
                setInteger(s, 5, outcome.statusCode());
                s.setString(6, outcome.error());
                s.setString(7, outcome.excerpt());
                s.setLong(8, claim.id());
                s.executeUpdate();
            }
            if (outcome.succeeded()) {
                if (finish(c, claim, "SUCCEEDED", outcome)) {
                    update(c, "UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = ?", claim.endpointId());
                }
            } else if (outcome.gone()) {
                if (finish(c, claim, "FAILED", outcome)) {
                    disable(c, claim.endpointId(), "the receiver answered 410 Gone");
                }
            } else if (retryIn.isPresent()) {
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE webhook_delivery SET next_attempt_at = now() + ? * interval '1 millisecond',
                            last_status_code = ?, last_error = ?
                        WHERE id = ? AND attempts = ? AND status = 'PENDING'""")) {
                    s.setLong(1, retryIn.get().toMillis());
                    setInteger(s, 2, outcome.statusCode());
                    s.setString(3, outcome.error());
                    s.setLong(4, claim.id());
                    s.setInt(5, claim.attempt());
                    s.executeUpdate();
                }
            } else if (finish(c, claim, "FAILED", outcome)) {
                int failures = 0;
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1
                        WHERE id = ? RETURNING consecutive_failures""")) {
                    s.setLong(1, claim.endpointId());
                    try (ResultSet rs = s.executeQuery()) {
                        failures = rs.next() ? rs.getInt(1) : 0;
                    }
                }
                if (failures >= config.disableAfter()) {
                    disable(c, claim.endpointId(), "the last " + failures + " deliveries failed");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording delivery attempt failed", e);
        }
    }

    /** When the next delivery to an active endpoint falls due, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> nextDue() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT min(d.next_attempt_at) FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                WHERE d.status = 'PENDING' AND (e.active OR d.event_type = 'webhook.test')""");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes a delivery due now again with a fresh retry schedule (same webhook-id). False if there is no such delivery. */
    public boolean redeliver(long endpointId, long deliveryId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(), completed_at = NULL
                WHERE id = ? AND endpoint_id = ?""")) {
            s.setLong(1, deliveryId);
            s.setLong(2, endpointId);
            boolean found = s.executeUpdate() == 1;
            if (found) {
                notifyWorkers(c);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean finish(Connection c, Claimed claim, String status, WebhookSender.Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE webhook_delivery SET status = ?, completed_at = now(), last_status_code = ?, last_error = ?
                WHERE id = ? AND attempts = ? AND status = 'PENDING'""")) {
            s.setString(1, status);
            setInteger(s, 2, outcome.statusCode());
            s.setString(3, outcome.error());
            s.setLong(4, claim.id());
            s.setInt(5, claim.attempt());
            return s.executeUpdate() == 1;
        }
    }

    private static void disable(Connection c, long endpointId, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE webhook_endpoint SET active = false, disabled_reason = ?, disabled_at = now(), updated_at = now()
                WHERE id = ? AND active""")) {
            s.setString(1, reason);
            s.setLong(2, endpointId);
            s.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static void notifyWorkers(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, '')")) {
            s.setString(1, CHANNEL);
            s.execute();
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
