package dev.tessera.translation;

import static dev.tessera.status.Status.TRANSLATION_WORK;
import static dev.tessera.status.Status.sqlList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.common.AfterCommit;
import dev.tessera.common.Rows;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.memory.MemorySuggestions;
import dev.tessera.memory.MemoryViews.Suggestion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Computes the memory suggestions of the translations that wait for work, ahead of time, so
 * that a claim hands them out without matching anything: after an import (or a source
 * update) commits, a background task of the managed executor goes through the revision's
 * waiting translations in batches, each batch one short transaction, and stores the top
 * {@value #KEPT} suggestions per (segment, language) in {@code memory_suggestion}. Entries the
 * memory learns later are not added to suggestions already stored; the live lookup
 * ({@code /api/memory/suggest}) always has them.
 */
@ApplicationScoped
public class SuggestionsAhead {

    static final int KEPT = 3;
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SuggestionsAhead.class);

    private final EntityManager em;
    private final MemorySuggestions suggestions;
    private final TransactionSynchronizationRegistry transactions;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    public SuggestionsAhead(EntityManager em, MemorySuggestions suggestions, TransactionSynchronizationRegistry transactions,
                            ManagedExecutor executor, ObjectMapper json) {
        this.em = em;
        this.suggestions = suggestions;
        this.transactions = transactions;
        this.executor = executor;
        this.json = json;
    }

    /** Computes the revision's suggestions in the background once the current transaction has committed. */
    public void afterCommit(long revisionId) {
        AfterCommit.run(transactions, () -> executor.runAsync(() -> compute(revisionId)));
    }

    /** Computes and stores the suggestions of every waiting translation of the revision; returns how many it stored. */
    public int compute(long revisionId) {
        int stored = 0;
        try {
            long after = -1;
            while (true) {
                long from = after;
                List<Waiting> rows = QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(5).toSeconds())
                        .call(() -> storeBatch(revisionId, from));
                if (rows.isEmpty()) {
                    return stored;
                }
                stored += rows.size();
                after = rows.get(rows.size() - 1).translationId();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Suggestions of revision %d stopped after %d translations", revisionId, stored);
            return stored;
        }
    }

    /** A translation that waits for work, with what the memory needs to look for its segment. */
    private record Waiting(long translationId, long segmentId, String lang, String sourceLang, String sourceCoded,
                           String sourceCodes, String prevHash, String nextHash) {

        static Waiting of(Tuple r) {
            return new Waiting(Rows.id(r, "id"), Rows.id(r, "segment_id"), Rows.text(r, "lang"),
                    Rows.text(r, "source_lang"), Rows.text(r, "source_coded"), Rows.text(r, "source_codes"),
                    Rows.text(r, "prev_hash"), Rows.text(r, "next_hash"));
        }
    }

    /** One batch of translations after the translation id {@code after}: matched and stored. */
    private List<Waiting> storeBatch(long revisionId, long after) {
        List<Waiting> rows = Rows.of(em.createNativeQuery("""
                        SELECT t.id, t.segment_id, t.lang, a.source_lang, s.source_coded, s.source_codes, s.prev_hash,
                               s.next_hash
                        FROM translation t JOIN segment s ON s.id = t.segment_id JOIN article a ON a.id = t.article_id
                        WHERE s.revision_id = :revision AND t.id > :after
                          AND t.status IN (%s)
                        ORDER BY t.id LIMIT :batch""".formatted(sqlList(TRANSLATION_WORK)), Tuple.class)
                .setParameter("revision", revisionId).setParameter("after", after).setParameter("batch", BATCH))
                .stream().map(Waiting::of).toList();
        List<Long> segments = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Waiting row : rows) {
            String notation = InlineNotation.render(new SegmentContent(row.sourceCoded(), row.sourceCodes()));
            List<Suggestion> top = suggestions.suggest(row.sourceLang(), row.lang(), notation,
                    new MemorySuggestions.Context(row.prevHash(), row.nextHash()), KEPT,
                    MemorySuggestions.DEFAULT_MIN_SCORE);
            segments.add(row.segmentId());
            languages.add(row.lang());
            found.add(write(top));
        }
        if (!rows.isEmpty()) {
            em.createNativeQuery("""
                            INSERT INTO memory_suggestion (segment_id, lang, suggestions)
                            SELECT * FROM unnest(cast(:segments AS bigint[]), cast(:langs AS text[]), cast(:found AS jsonb[]))
                            ON CONFLICT (segment_id, lang) DO UPDATE
                            SET suggestions = excluded.suggestions, computed_at = now()""")
                    .setParameter("segments", segments.toArray(Long[]::new))
                    .setParameter("langs", languages.toArray(String[]::new))
                    .setParameter("found", found.toArray(String[]::new))
                    .executeUpdate();
        }
        return rows;
    }

    private String write(List<Suggestion> top) {
        try {
            return json.writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Suggestions could not be written as JSON", e);
        }
    }
}
