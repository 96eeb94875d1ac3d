package dev.tessera.translation;

import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.progress.ProgressCounters.Completion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Notices, inside the changing transaction, that an article became complete in a language
 * (its last segment approved) or stopped being complete (an approval withdrawn, an approved
 * target edited), and records the event in the outbox of that same transaction: the event
 * exists exactly when the change committed.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class LanguageCompletion {

    private final EntityManager em;
    private final Outbox outbox;

    public LanguageCompletion(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    void afterChange(long articleId, String lang, Completion completion) {
        if (!completion.completed() && !completion.reopened()) {
            return;
        }
        long revisionId = ((Number) em.createNativeQuery("SELECT current_revision_id FROM article WHERE id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue();
        outbox.record(completion.completed() ? EventTypes.LANGUAGE_COMPLETED : EventTypes.LANGUAGE_REOPENED,
                articleId, lang, revisionId, Map.of());
    }
}
