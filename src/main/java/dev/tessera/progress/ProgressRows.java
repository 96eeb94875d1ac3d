package dev.tessera.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Writes the per (article, language) counters of a new article, in the transaction that
 * creates its translations; from then on {@link ProgressCounters} moves them.
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
}
