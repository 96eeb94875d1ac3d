package dev.tessera.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Bulk creation of translation rows: one {@code NEW} row per segment and target language. */
@ApplicationScoped
public class TranslationRows {

    private final EntityManager em;

    public TranslationRows(EntityManager em) {
        this.em = em;
    }

    /**
     * Creates the rows of the revision's segments at positions [from, to) in one statement;
     * returns how many. Segments that already have a row in a language (a source update carried
     * an older segment, with its translations, into the revision) keep it.
     */
    public int createForPositions(long revisionId, long articleId, List<String> targetLanguages, int from, int to) {
        if (from >= to) {
            return 0;
        }
        return em.createNativeQuery("""
                        INSERT INTO translation (segment_id, article_id, lang, position, priority, due_date)
                        SELECT s.id, a.id, l.lang, s.position, a.priority, a.due_date
                        FROM segment s JOIN article a ON a.id = ?1
                        CROSS JOIN unnest(cast(?2 AS text[])) AS l(lang)
                        WHERE s.revision_id = ?3 AND s.position >= ?4 AND s.position < ?5
                        ON CONFLICT (segment_id, lang) DO NOTHING""")
                .setParameter(1, articleId)
                .setParameter(2, targetLanguages.toArray(String[]::new))
                .setParameter(3, revisionId)
                .setParameter(4, from)
                .setParameter(5, to)
                .executeUpdate();
    }
}
