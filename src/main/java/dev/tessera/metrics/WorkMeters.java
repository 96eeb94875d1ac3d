package dev.tessera.metrics;

import dev.tessera.common.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * The counters of work done: imports, translation changes, claims and leases that ran out. The
 * services call them inside their transaction; a meter moves only when that transaction commits,
 * so a refused or rolled-back request never counts. Prometheus names (admin-only {@code /q/metrics}):
 * {@code tessera_imports_total{format}}, {@code tessera_import_segments_total{format}},
 * {@code tessera_import_duration_seconds{format}}, {@code tessera_translation_changes_total{lang,action}},
 * {@code tessera_claims_total{lang,role}}, {@code tessera_claimed_segments_total{lang,role}},
 * {@code tessera_lease_expiries_total{lang}}. The gauges are {@link StateGauges}.
 */
@ApplicationScoped
public class WorkMeters {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    WorkMeters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** An article imported (not an import of bytes already there): its segments and how long the import took. */
    public void imported(String format, int segments, Duration took) {
        afterCommit(() -> {
            Counter.builder("tessera.imports").description("Articles imported").tag("format", format)
                    .register(registry).increment();
            Counter.builder("tessera.import.segments").description("Segments of imported articles")
                    .tag("format", format).register(registry).increment(segments);
            Timer.builder("tessera.import.duration").description("Time an import took, from request to commit")
                    .tag("format", format).register(registry).record(took);
        });
    }

    /** {@code count} translations saved, submitted, edited in review, approved or rejected (by the API or an XLIFF file). */
    public void translationChanged(String lang, String action, int count) {
        afterCommit(() -> Counter.builder("tessera.translation.changes")
                .description("Translation changes by language and action (save_draft, submit, review_edit, approve, reject)")
                .tag("lang", lang).tag("action", action.toLowerCase(Locale.ROOT)).register(registry).increment(count));
    }

    /**
     * A new run of segments leased ({@code role} translate or review); {@code expired} of them had
     * a lease that ran out (nothing cleans leases up: a lapse shows when the next claim takes the row).
     */
    public void claimed(String lang, String role, int segments, int expired) {
        afterCommit(() -> {
            Counter.builder("tessera.claims").description("Claims that leased a new run of segments")
                    .tag("lang", lang).tag("role", role).register(registry).increment();
            Counter.builder("tessera.claimed.segments").description("Segments leased by claims")
                    .tag("lang", lang).tag("role", role).register(registry).increment(segments);
            Counter.builder("tessera.lease.expiries")
                    .description("Segments whose lease ran out before their holder was done, seen when claimed again")
                    .tag("lang", lang).register(registry).increment(expired);
        });
    }

    private void afterCommit(Runnable count) {
        AfterCommit.run(transactions, count);
    }
}
