package dev.tessera.memory;

import jakarta.enterprise.context.ApplicationScoped;
import dev.tessera.common.Rows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common the memory's words are, to pick the rarest words of a query as its candidate
 * step. The figures are PostgreSQL's own: the planner statistics of {@code memory_entry.terms}
 * ({@code most_common_elems}, kept for up to 2,000 words by the migration and refreshed by
 * autovacuum's ANALYZE), read at most once a minute. A word not among them is rarer than all
 * of them; among such words the longer counts as the rarer. Nothing is counted at write time,
 * so approvals share no counter row.
 */
@ApplicationScoped
public class TermStatistics {

    private static final long REFRESH_MILLIS = 60_000;

    private final EntityManager em;
    private volatile Map<String, Double> frequencies = Map.of();
    private volatile long readAt;

    public TermStatistics(EntityManager em) {
        this.em = em;
    }

    /** The {@code count} rarest of the terms (all of them when there are no more). */
    public List<String> rarest(List<String> terms, int count) {
        Map<String, Double> known = current();
        return terms.stream()
                .sorted(Comparator.<String>comparingDouble(t -> known.getOrDefault(t, 0.0))
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .limit(count).toList();
    }

    private Map<String, Double> current() {
        long now = System.currentTimeMillis();
        if (now - readAt > REFRESH_MILLIS) {
            readAt = now;
            frequencies = read();
        }
        return frequencies;
    }

    private Map<String, Double> read() {
        List<Tuple> rows = Rows.of(em.createNativeQuery("""
                        SELECT e.term, e.freq FROM pg_stats s,
                               unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(term, freq)
                        WHERE s.schemaname = current_schema() AND s.tablename = 'memory_entry'
                          AND s.attname = 'terms' AND e.term IS NOT NULL""", Tuple.class));
        Map<String, Double> read = new HashMap<>();
        for (Tuple row : rows) {
            read.put(Rows.text(row, "term"), row.get("freq", Number.class).doubleValue());
        }
        return read;
    }

    /** Forgets the figures read, so that the next query reads them again (after a bulk load). */
    public void refresh() {
        readAt = 0;
    }
}
