package dev.tessera.metrics;

import dev.tessera.language.Languages;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Gauges of the state of the work, read by a few queries when Prometheus scrapes, and kept for
 * {@code tessera.metrics.gauge-cache} (5 s) so that several scrapes in a row cost one reading:
 * {@code tessera_queue_waiting{lang,queue}} (segments waiting for translators, from the progress
 * sums, and for reviewers), {@code tessera_queue_oldest_waiting_seconds{lang}} (age of the longest
 * unchanged translation that waits for a translator), {@code tessera_outbox_pending} and
 * {@code tessera_outbox_lag_seconds} (events not yet handled, and the age of the oldest), and
 * {@code tessera_webhook_deliveries{status}} (deliveries by outcome: PENDING, SUCCEEDED, FAILED).
 * Archived articles and removed languages are not work: they count nowhere.
 */
@ApplicationScoped
public class StateGauges {

    private static final Logger LOG = Logger.getLogger(StateGauges.class);
    private static final List<String> DELIVERY_STATUSES = List.of("PENDING", "SUCCEEDED", "FAILED");

    private final AgroalDataSource dataSource;
    private final MetricsConfig config;
    private Reading reading;
    private long readAt;

    StateGauges(AgroalDataSource dataSource, MetricsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** One reading of everything the gauges show. */
    record Reading(Map<String, Double> waiting, Map<String, Double> review, Map<String, Double> oldest,
                   double outboxPending, double outboxLag, Map<String, Double> deliveries) {
        static final Reading NONE = new Reading(Map.of(), Map.of(), Map.of(), Double.NaN, Double.NaN, Map.of());
    }

    void register(@Observes StartupEvent start, MeterRegistry registry, Languages languages) {
        for (String lang : languages.codes()) {
            gauge(registry, "tessera.queue.waiting", "Segments waiting in the queue", r -> r.waiting().getOrDefault(lang, 0.0),
                    "lang", lang, "queue", "translate");
            gauge(registry, "tessera.queue.waiting", "Segments waiting in the queue", r -> r.review().getOrDefault(lang, 0.0),
                    "lang", lang, "queue", "review");
            Gauge.builder("tessera.queue.oldest.waiting", this, g -> g.current().oldest().getOrDefault(lang, 0.0))
                    .description("Age of the oldest translation waiting for a translator").baseUnit("seconds")
                    .tags("lang", lang).register(registry);
        }
        gauge(registry, "tessera.outbox.pending", "Outbox events not yet handled", Reading::outboxPending);
        Gauge.builder("tessera.outbox.lag", this, g -> g.current().outboxLag())
                .description("Age of the oldest outbox event not yet handled (0 when none waits)").baseUnit("seconds")
                .register(registry);
        for (String status : DELIVERY_STATUSES) {
            gauge(registry, "tessera.webhook.deliveries", "Webhook deliveries by outcome",
                    r -> r.deliveries().getOrDefault(status, 0.0), "status", status);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Reading> value,
                       String... tags) {
        Gauge.builder(name, this, g -> value.applyAsDouble(g.current())).description(description).tags(tags)
                .register(registry);
    }

    synchronized Reading current() {
        long now = System.nanoTime();
        if (reading == null || now - readAt >= config.gaugeCache().toNanos()) {
            reading = read();
            readAt = System.nanoTime();
        }
        return reading;
    }

    private Reading read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Map<String, Double> waiting = new HashMap<>();
            Map<String, Double> review = new HashMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT lang, sum(segments_new + segments_draft + segments_stale + segments_rejected),
                           sum(segments_translated)
                    FROM live_progress GROUP BY lang""")) {
                while (rs.next()) {
                    waiting.put(rs.getString(1), rs.getDouble(2));
                    review.put(rs.getString(1), rs.getDouble(3));
                }
            }
            Map<String, Double> oldest = new HashMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT lang, extract(epoch FROM now() - min(updated_at)) FROM translation
                    WHERE active AND status IN ('NEW', 'DRAFT', 'STALE', 'REJECTED') GROUP BY lang""")) {
                while (rs.next()) {
                    oldest.put(rs.getString(1), rs.getDouble(2));
                }
            }
            double pending;
            double lag;
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                    FROM outbox_event WHERE processed_at IS NULL""")) {
                rs.next();
                pending = rs.getDouble(1);
                lag = rs.getDouble(2);
            }
            Map<String, Double> deliveries = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT status, count(*) FROM webhook_delivery GROUP BY status")) {
                while (rs.next()) {
                    deliveries.put(rs.getString(1), rs.getDouble(2));
                }
            }
            return new Reading(waiting, review, oldest, pending, lag, deliveries);
        } catch (SQLException e) {
            LOG.warnf("The state gauges could not be read: %s", e.getClass().getSimpleName());
            return Reading.NONE;
        }
    }
}
