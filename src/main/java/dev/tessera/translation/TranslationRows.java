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

    /** Creates the rows of every segment of a revision in one statement; returns how many. */
    public int createForRevision(long revisionId, long articleId, List<String> targetLanguages) {
        return em.createNativeQuery("""
                        INSERT INTO translation (segment_id, article_id, lang, position, priority, due_date)
                        SELECT s.id, a.id, l.lang, s.position, a.priority, a.due_date
                        FROM segment s JOIN article a ON a.id = ?1
                        CROSS JOIN unnest(cast(?2 AS text[])) AS l(lang)
                        WHERE s.revision_id = ?3
                        ORDER BY s.position, l.lang""")
                .setParameter(1, articleId)
                .setParameter(2, targetLanguages.toArray(String[]::new))
                .setParameter(3, revisionId)
                .executeUpdate();
    }
}
