package dev.tessera.publish;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.publish.WebhookViews.AttemptView;
import dev.tessera.publish.WebhookViews.DeliveryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading an endpoint's deliveries, newest first, each with its attempts: what an admin checks when a receiver complains. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryLog {

    /** A row of {@code webhook_delivery} as the log shows it. */
    record DeliveryRow(long id, String webhookId, long eventId, String eventType, String status, int attempts,
                       Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                       Instant completedAt) {

        DeliveryView view(List<AttemptView> attemptLog) {
            return new DeliveryView(id, webhookId, eventId, eventType, status, attempts,
                    "PENDING".equals(status) ? nextAttemptAt : null, lastStatusCode, lastError, createdAt, completedAt,
                    attemptLog);
        }
    }

    /** A row of {@code webhook_attempt}. */
    record AttemptRow(long deliveryId, int attempt, Instant startedAt, int durationMs, Integer statusCode, String error,
                      String responseExcerpt) {

        AttemptView view() {
            return new AttemptView(attempt, startedAt, durationMs, statusCode, error, responseExcerpt);
        }
    }

    private final EntityManager em;

    public DeliveryLog(EntityManager em) {
        this.em = em;
    }

    public Page<DeliveryView> page(long endpointId, PageRequest page) {
        Long total = (Long) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = :endpoint",
                        Long.class)
                .setParameter("endpoint", endpointId)
                .getSingleResult();
        List<DeliveryRow> rows = em.createNativeQuery("""
                        SELECT id, webhook_id, event_id, event_type, status, attempts, next_attempt_at, last_status_code,
                               last_error, created_at, completed_at
                        FROM webhook_delivery WHERE endpoint_id = :endpoint ORDER BY id DESC""", DeliveryRow.class)
                .setParameter("endpoint", endpointId)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size)
                .getResultList();
        Map<Long, List<AttemptView>> attempts = attempts(rows.stream().map(DeliveryRow::id).toList());
        List<DeliveryView> items = rows.stream()
                .map(row -> row.view(attempts.getOrDefault(row.id(), List.of())))
                .toList();
        return new Page<>(items, page.page, page.size, total);
    }

    private Map<Long, List<AttemptView>> attempts(List<Long> deliveryIds) {
        Map<Long, List<AttemptView>> attempts = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) {
            return attempts;
        }
        List<AttemptRow> rows = em.createNativeQuery("""
                        SELECT delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt
                        FROM webhook_attempt WHERE delivery_id IN (:deliveries) ORDER BY delivery_id, id""", AttemptRow.class)
                .setParameter("deliveries", deliveryIds)
                .getResultList();
        for (AttemptRow row : rows) {
            attempts.computeIfAbsent(row.deliveryId(), k -> new ArrayList<>()).add(row.view());
        }
        return attempts;
    }
}
