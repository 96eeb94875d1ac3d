package dev.tessera.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
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
            return "Claimed[delivery " + id + ", attempt " + attempt + "]"; // never the URL or the secrets
        }
    }

    /** The row a claim returns: the delivery, where it goes and the secrets that sign it (the previous one while valid). */
    record ClaimedRow(long id, long endpointId, int attempt, String webhookId, String payload, String url,
                      String secret, String previousSecret) {

        Claimed claimed() {
            List<String> secrets = previousSecret == null ? List.of(secret) : List.of(secret, previousSecret);
            return new Claimed(id, endpointId, attempt, webhookId, payload, url, secrets);
        }

        @Override
        public String toString() {
            return "ClaimedRow[delivery " + id + ", attempt " + attempt + "]"; // never the URL or the secrets
        }
    }

    private final EntityManager em;
    private final WebhookConfig config;

    public DeliveryRows(EntityManager em, WebhookConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Creates the deliveries of an event: to every active endpoint subscribed to its type, or
     * to {@code onlyEndpoint} when given. Creating them twice (an event processed again after a
     * lost lease) adds nothing. Returns how many were created.
     */
    public int enqueue(long eventId, String type, String payload, Long onlyEndpoint) {
        int created = em.createNativeQuery("""
                        INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, webhook_id, payload)
                        SELECT e.id, :event, :type, 'msg_' || replace(cast(gen_random_uuid() AS text), '-', ''), :payload
                        FROM webhook_endpoint e
                        WHERE CASE WHEN cast(:only AS bigint) IS NULL THEN e.active AND :type = ANY (e.event_types)
                                   ELSE e.id = cast(:only AS bigint) END
                        ORDER BY e.id
                        ON CONFLICT (event_id, endpoint_id) DO NOTHING""")
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("payload", payload)
                .setParameter("only", onlyEndpoint)
                .executeUpdate();
        if (created > 0) {
            notifyWorkers();
        }
        return created;
    }

    /** Takes the most overdue delivery whose endpoint is active (a test message goes to any endpoint). */
    public Optional<Claimed> claim(Duration lease) {
        List<ClaimedRow> rows = em.createNativeQuery("""
                        UPDATE webhook_delivery d
                        SET attempts = d.attempts + 1, next_attempt_at = now() + :leaseMillis * interval '1 millisecond'
                        FROM webhook_endpoint e
                        WHERE e.id = d.endpoint_id
                          AND d.id = (SELECT d2.id FROM webhook_delivery d2 JOIN webhook_endpoint e2 ON e2.id = d2.endpoint_id
                                      WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= now()
                                        AND (e2.active OR d2.event_type = 'webhook.test')
                                      ORDER BY d2.next_attempt_at, d2.id LIMIT 1 FOR UPDATE OF d2 SKIP LOCKED)
                        RETURNING d.id, d.endpoint_id, d.attempts, d.webhook_id, d.payload, e.url, e.secret,
                                  CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END""",
                        ClaimedRow.class)
                .setParameter("leaseMillis", lease.toMillis())
                .getResultList();
        return rows.stream().findFirst().map(ClaimedRow::claimed);
    }

    /**
     * Records an attempt and moves the delivery on: succeeded, due again after {@code retryIn},
     * or failed for good (empty {@code retryIn}); a 410 answer disables the endpoint at once.
     * If the lease was lost meanwhile (another instance took the delivery), only the attempt is logged.
     */
    public void record(Claimed claim, WebhookSender.Outcome outcome, Optional<Duration> retryIn) {
        em.createNativeQuery("""
                        INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, status_code, error,
                                                     response_excerpt)
                        SELECT :delivery, :attempt, :startedAt, :durationMs, cast(:statusCode AS integer), :error, :excerpt
                        WHERE EXISTS (SELECT 1 FROM webhook_delivery WHERE id = :delivery)""")
                .setParameter("delivery", claim.id())
                .setParameter("attempt", claim.attempt())
                .setParameter("startedAt", outcome.startedAt())
                .setParameter("durationMs", (int) Math.min(Integer.MAX_VALUE, outcome.durationMillis()))
                .setParameter("statusCode", outcome.statusCode())
                .setParameter("error", outcome.error())
                .setParameter("excerpt", outcome.excerpt())
                .executeUpdate();
        if (outcome.succeeded()) {
            if (finish(claim, "SUCCEEDED", outcome)) {
                em.createNativeQuery("UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = :endpoint")
                        .setParameter("endpoint", claim.endpointId())
                        .executeUpdate();
            }
        } else if (outcome.gone()) {
            if (finish(claim, "FAILED", outcome)) {
                disable(claim.endpointId(), "the receiver answered 410 Gone");
            }
        } else if (retryIn.isPresent()) {
            em.createNativeQuery("""
                            UPDATE webhook_delivery SET next_attempt_at = now() + :retryMillis * interval '1 millisecond',
                                last_status_code = cast(:statusCode AS integer), last_error = :error
                            WHERE id = :delivery AND attempts = :attempt AND status = 'PENDING'""")
                    .setParameter("retryMillis", retryIn.get().toMillis())
                    .setParameter("statusCode", outcome.statusCode())
                    .setParameter("error", outcome.error())
                    .setParameter("delivery", claim.id())
                    .setParameter("attempt", claim.attempt())
                    .executeUpdate();
        } else if (finish(claim, "FAILED", outcome)) {
            List<Integer> failures = em.createNativeQuery("""
                            UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1
                            WHERE id = :endpoint RETURNING consecutive_failures""", Integer.class)
                    .setParameter("endpoint", claim.endpointId())
                    .getResultList();
            int run = failures.isEmpty() ? 0 : failures.get(0);
            if (run >= config.disableAfter()) {
                disable(claim.endpointId(), "the last " + run + " deliveries failed");
            }
        }
    }

    /** When the next delivery to an active endpoint falls due, if any. */
    public Optional<Instant> nextDue() {
        OutboxRows.Due due = (OutboxRows.Due) em.createNativeQuery("""
                        SELECT min(d.next_attempt_at) FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                        WHERE d.status = 'PENDING' AND (e.active OR d.event_type = 'webhook.test')""", OutboxRows.Due.class)
                .getSingleResult();
        return Optional.ofNullable(due.at());
    }

    /** Makes a delivery due now again with a fresh retry schedule (same webhook-id). False if there is no such delivery. */
    public boolean redeliver(long endpointId, long deliveryId) {
        boolean found = em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(),
                            completed_at = NULL
                        WHERE id = :delivery AND endpoint_id = :endpoint""")
                .setParameter("delivery", deliveryId)
                .setParameter("endpoint", endpointId)
                .executeUpdate() == 1;
        if (found) {
            notifyWorkers();
        }
        return found;
    }

    private boolean finish(Claimed claim, String status, WebhookSender.Outcome outcome) {
        return em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = :status, completed_at = now(),
                            last_status_code = cast(:statusCode AS integer), last_error = :error
                        WHERE id = :delivery AND attempts = :attempt AND status = 'PENDING'""")
                .setParameter("status", status)
                .setParameter("statusCode", outcome.statusCode())
                .setParameter("error", outcome.error())
                .setParameter("delivery", claim.id())
                .setParameter("attempt", claim.attempt())
                .executeUpdate() == 1;
    }

    private void disable(long endpointId, String reason) {
        em.createNativeQuery("""
                        UPDATE webhook_endpoint SET active = false, disabled_reason = :reason, disabled_at = now(),
                            updated_at = now()
                        WHERE id = :endpoint AND active""")
                .setParameter("reason", reason)
                .setParameter("endpoint", endpointId)
                .executeUpdate();
    }

    private void notifyWorkers() {
        em.createNativeQuery("SELECT pg_notify(:channel, '')").setParameter("channel", CHANNEL).getSingleResult();
    }
}
