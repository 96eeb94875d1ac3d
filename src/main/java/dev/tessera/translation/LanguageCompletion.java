package dev.tessera.translation;

import dev.tessera.progress.ProgressCounters.Completion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Notices, inside the changing transaction, that an article became complete in a language
 * (its last segment approved) or stopped being complete (an approval withdrawn), and records
 * the event in the outbox of that same transaction.
 */
@ApplicationScoped
public class LanguageCompletion {

    private final EntityManager em;

    public LanguageCompletion(EntityManager em) {
        this.em = em;
    }

    void afterChange(long articleId, String lang, Completion completion) {
        if (!completion.completed() && !completion.reopened()) {
            return;
        }
        long revisionId = ((Number) em.createNativeQuery("SELECT current_revision_id FROM article WHERE id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue();
        record(completion.completed(), articleId, lang, revisionId);
    }

    private void record(boolean completed, long articleId, String lang, long revisionId) {
        // The outbox is written here once the events package lands.
    }
}
