package dev.tessera.progress;

import dev.tessera.common.Rows;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
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

    /** Counts an article's translation rows ({@code ?1}) per language ({@code ?2}), one column pair per counted status. */
    private static final String RECOUNT = recount();
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
        Map<String, Boolean> before = new HashMap<>();
        for (Tuple row : Rows.of(em.createNativeQuery("""
                        SELECT lang, sum(segments_approved) = sum(segments_total) AND sum(segments_total) > 0 AS complete
                        FROM progress WHERE article_id = ?1 GROUP BY lang""", Tuple.class)
                .setParameter(1, articleId))) {
            before.put(row.get("lang", String.class), row.get("complete", Boolean.class));
        }
        em.createNativeQuery("DELETE FROM progress WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery(RECOUNT)
                .setParameter(1, articleId).setParameter(2, languages.toArray(String[]::new)).executeUpdate();
        Map<String, ProgressCounters.Completion> completion = new LinkedHashMap<>();
        for (Tuple row : Rows.of(em.createNativeQuery("""
                        SELECT lang, segments_approved = segments_total AND segments_total > 0 AS complete
                        FROM progress WHERE article_id = ?1""", Tuple.class)
                .setParameter(1, articleId))) {
            String lang = row.get("lang", String.class);
            completion.put(lang, new ProgressCounters.Completion(Boolean.TRUE.equals(before.get(lang)),
                    Boolean.TRUE.equals(row.get("complete", Boolean.class))));
        }
        return completion;
    }

    private static String recount() {
        StringBuilder columns = new StringBuilder("article_id, lang, segments_total, words_total");
        StringBuilder counts = new StringBuilder("?1, l.lang, count(s.id), coalesce(sum(s.word_count), 0)");
        for (Status status : Status.COUNTED) {
            columns.append(", segments_").append(status.column()).append(", words_").append(status.column());
            String filter = " FILTER (WHERE t.status = '" + status.name() + "')";
            counts.append(", count(s.id)").append(filter).append(", coalesce(sum(s.word_count)").append(filter)
                    .append(", 0)");
        }
        return "INSERT INTO progress (" + columns + ") SELECT " + counts
                + " FROM unnest(cast(?2 AS text[])) AS l(lang)"
                + " LEFT JOIN translation t ON t.article_id = ?1 AND t.lang = l.lang AND t.status IN ("
                + Status.sqlList(Status.COUNTED) + ")"
                + " LEFT JOIN segment s ON s.id = t.segment_id GROUP BY l.lang";
    }
}
