package dev.tessera.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the per (article, language) counters of a new article, in the transaction that
 * creates its translations; from then on {@link ProgressCounters} moves them. A source update,
 * which changes many rows at once, counts them again ({@link #recount}).
 */
@ApplicationScoped
public class ProgressRows {

    private final EntityManager em;

    public ProgressRows(EntityManager em) {
        this.em = em;
    }

    /** The rows of a freshly imported article: every segment of every language is NEW. */
    public void initialize(long articleId, List<String> languages, int segments, int words) {
        em.createNativeQuery("""
                        INSERT INTO progress (article_id, lang, segments_total, words_total, segments_new, words_new)
                        SELECT ?1, l.lang, ?3, ?4, ?3, ?4 FROM unnest(cast(?2 AS text[])) AS l(lang)""")
                .setParameter(1, articleId)
                .setParameter(2, languages.toArray(String[]::new))
                .setParameter(3, segments)
                .setParameter(4, words)
                .executeUpdate();
    }

    /**
     * Replaces the article's counters by a count over its translation rows ({@code REMOVED} ones
     * left out), in the caller's transaction, and tells per language whether it was complete
     * before and is now. The caller must hold the locks of every translation row of the article,
     * so that no status change is in flight while the rows are counted.
     */
    public Map<String, ProgressCounters.Completion> recount(long articleId, List<String> languages) {
        Map<String, boolean[]> before = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                        SELECT lang, sum(segments_approved) = sum(segments_total) AND sum(segments_total) > 0
                        FROM progress WHERE article_id = ?1 GROUP BY lang""")
                .setParameter(1, articleId).getResultList()) {
            Object[] row = (Object[]) o;
            before.put((String) row[0], new boolean[] {Boolean.TRUE.equals(row[1])});
        }
        em.createNativeQuery("DELETE FROM progress WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO progress (article_id, lang, segments_total, words_total,
                            segments_new, words_new, segments_draft, words_draft,
                            segments_translated, words_translated, segments_rejected, words_rejected,
                            segments_approved, words_approved, segments_stale, words_stale)
                        SELECT ?1, l.lang, count(s.id), coalesce(sum(s.word_count), 0),
                            count(s.id) FILTER (WHERE t.status = 'NEW'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'NEW'), 0),
                            count(s.id) FILTER (WHERE t.status = 'DRAFT'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'DRAFT'), 0),
                            count(s.id) FILTER (WHERE t.status = 'TRANSLATED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'TRANSLATED'), 0),
                            count(s.id) FILTER (WHERE t.status = 'REJECTED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'REJECTED'), 0),
                            count(s.id) FILTER (WHERE t.status = 'APPROVED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'APPROVED'), 0),
                            count(s.id) FILTER (WHERE t.status = 'STALE'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'STALE'), 0)
                        FROM unnest(cast(?2 AS text[])) AS l(lang)
                        LEFT JOIN translation t ON t.article_id = ?1 AND t.lang = l.lang AND t.status <> 'REMOVED'
                        LEFT JOIN segment s ON s.id = t.segment_id
                        GROUP BY l.lang""")
                .setParameter(1, articleId).setParameter(2, languages.toArray(String[]::new)).executeUpdate();
        Map<String, ProgressCounters.Completion> completion = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("""
                        SELECT lang, segments_approved = segments_total AND segments_total > 0
                        FROM progress WHERE article_id = ?1""")
                .setParameter(1, articleId).getResultList()) {
            Object[] row = (Object[]) o;
            boolean[] was = before.get((String) row[0]);
            completion.put((String) row[0], new ProgressCounters.Completion(was != null && was[0],
                    Boolean.TRUE.equals(row[1])));
        }
        return completion;
    }
}
