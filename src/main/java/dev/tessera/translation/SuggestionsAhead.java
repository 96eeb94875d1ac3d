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
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Computes the memory suggestions of the translations that wait for work, ahead of time, so
 * that a claim hands them out without matching anything: after an import (or a source
 * update) commits, a background task of the managed executor goes through the revision's
 * waiting translations in batches, each batch one short transaction, and stores the top
 * {@value #KEPT} suggestions per (segment, language) in {@code memory_suggestion}. Those
 * into a language the memory holds no entry for (from the article's source language) get an
 * empty list first, all in one statement.
 *
 * <p>Stored lists are refreshed when the memory learns an entry that beats them for sure: after
 * an approval or a TMX import commits, the waiting translations into the entry's target
 * language whose segment (in its article's current revision) has exactly the entry's source
 * (same source hash: text and codes) get their lists computed again. Such an entry is a 100%
 * or 101% match, which no stored fuzzy match outranks. Fuzzy entries do not refresh stored
 * lists (finding every segment an entry is close to would be a reverse search per approval);
 * the live lookup ({@code /api/memory/suggest}) always has them, and the next import or
 * source update of an article computes its lists again.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class SuggestionsAhead {

    static final int KEPT = 3;
    /** Whether the memory holds any entry from the article's source language into the translation's. */
    private static final String PAIR_HELD =
            "EXISTS (SELECT 1 FROM memory_entry m WHERE m.source_lang = a.source_lang AND m.target_lang = t.lang)";
    /** A (segment, language) stored again replaces its list. */
    private static final String REPLACE_STORED =
            "ON CONFLICT (segment_id, lang) DO UPDATE SET suggestions = excluded.suggestions, computed_at = now()";
    private static final int BATCH = 200;
    private static final Object PENDING = SuggestionsAhead.class.getName() + ".pending";
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
        inBackgroundAfterCommit(() -> compute(revisionId));
    }

    /** Runs the task on the managed executor once the current transaction has committed (never after a rollback). */
    private void inBackgroundAfterCommit(Runnable task) {
        AfterCommit.run(transactions, () -> executor.runAsync(task));
    }

    /**
     * Once the current transaction has committed, recomputes the stored suggestions of the
     * waiting translations into {@code targetLang} whose current segment's source hash is
     * {@code sourceHash}: the memory has just learned an exact match for them. Calls of one
     * transaction are gathered into one background task.
     */
    public void refreshAfterCommit(String targetLang, String sourceHash) {
        @SuppressWarnings("unchecked")
        Map<String, Set<String>> pending = (Map<String, Set<String>>) transactions.getResource(PENDING);
        if (pending == null) {
            Map<String, Set<String>> gathered = new TreeMap<>();
            transactions.putResource(PENDING, gathered);
            inBackgroundAfterCommit(() -> gathered.forEach(this::refresh));
            pending = gathered;
        }
        pending.computeIfAbsent(targetLang, k -> new TreeSet<>()).add(sourceHash);
    }

    /**
     * Recomputes the stored suggestions of the waiting translations into {@code lang} of segments
     * with these sources; returns how many. The memory has just learned an entry of their pair,
     * so no empty lists are stored first.
     */
    public int refresh(String lang, Set<String> sourceHashes) {
        return compute("s.source_hash = ANY(cast(:hashes AS text[])) AND t.lang = :lang"
                        + " AND s.revision_id = a.current_revision_id",
                Map.of("hashes", sourceHashes.toArray(String[]::new), "lang", lang), "sources in " + lang, false);
    }

    /** Computes and stores the suggestions of every waiting translation of the revision; returns how many it stored. */
    public int compute(long revisionId) {
        return compute("s.revision_id = :revision", Map.of("revision", revisionId), "revision " + revisionId, true);
    }

    private int compute(String selection, Map<String, Object> parameters, String what, boolean emptyFirst) {
        int stored = 0;
        try {
            if (emptyFirst) {
                stored += QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(5).toSeconds())
                        .call(() -> storeEmpty(selection, parameters));
            }
            long after = -1;
            while (true) {
                long from = after;
                List<Waiting> rows = QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(5).toSeconds())
                        .call(() -> storeBatch(selection, parameters, from));
                if (rows.isEmpty()) {
                    return stored;
                }
                stored += rows.size();
                after = rows.get(rows.size() - 1).translationId();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Suggestions of %s stopped after %d translations", what, stored);
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

    /** One batch of the selected translations after the translation id {@code after}: matched and stored. */
    private List<Waiting> storeBatch(String selection, Map<String, Object> parameters, long after) {
        Query query = em.createNativeQuery("""
                        SELECT t.id, t.segment_id, t.lang, a.source_lang, s.source_coded, s.source_codes, s.prev_hash,
                               s.next_hash
                        %s AND t.id > :after AND %s
                        ORDER BY t.id LIMIT :batch""".formatted(waiting(selection), PAIR_HELD), Tuple.class);
        parameters.forEach(query::setParameter);
        List<Waiting> rows = Rows.of(query.setParameter("after", after).setParameter("batch", BATCH))
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
                                          AS u (segment_id, lang, suggestions)
                            WHERE EXISTS (SELECT 1 FROM segment s WHERE s.id = u.segment_id) -- purged meanwhile: nothing to keep
                            """ + REPLACE_STORED)
                    .setParameter("segments", segments.toArray(Long[]::new))
                    .setParameter("langs", languages.toArray(String[]::new))
                    .setParameter("found", found.toArray(String[]::new))
                    .executeUpdate();
        }
        return rows;
    }

    /**
     * Stores empty lists, in one statement, for the selected waiting translations into a language
     * the memory holds no entry for (from their article's source language): no lookup could find
     * anything for them. An article imported into a pair the memory does not know yet (a new
     * installation, a new language) then costs no lookups at all: a 10 MB article into two
     * languages has 170,000 waiting translations, which batches of 200 took about 100 s to go
     * through even without lookups (docs/BENCHMARKS.md, "Import throughput"). Returns how many.
     */
    private int storeEmpty(String selection, Map<String, Object> parameters) {
        Query query = em.createNativeQuery("""
                INSERT INTO memory_suggestion (segment_id, lang, suggestions)
                SELECT t.segment_id, t.lang, cast('[]' AS jsonb)
                %s AND NOT %s
                """.formatted(waiting(selection), PAIR_HELD) + REPLACE_STORED);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    /**
     * The selected translations that wait for work, as a {@code FROM … WHERE} clause over
     * {@code t}, {@code s} and {@code a}: the empty lists and the batches read the same ones.
     */
    private static String waiting(String selection) {
        return "FROM translation t JOIN segment s ON s.id = t.segment_id JOIN article a ON a.id = t.article_id WHERE "
                + selection + " AND t.active AND t.status IN (" + sqlList(TRANSLATION_WORK) + ")";
    }

    private String write(List<Suggestion> top) {
        try {
            return json.writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Suggestions could not be written as JSON", e);
        }
    }
}
