package dev.tessera.article;

import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.progress.ProgressCounters.Completion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The events of a change to an article's segments (a source update, a split, a merge), written
 * in the changing transaction: {@code article.language.reopened} for a language that was complete
 * and is not any more; {@code article.language.completed} for a language complete after the
 * change, whose published document the change made out of date.
 */
@ApplicationScoped
class CompletionEvents {

    private final Outbox outbox;

    CompletionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void announce(long articleId, long revisionId, Map<String, Completion> completion, Map<String, Object> data) {
        completion.forEach((lang, c) -> {
            if (c.reopened()) {
                outbox.record(EventTypes.LANGUAGE_REOPENED, articleId, lang, revisionId, data);
            } else if (c.isComplete()) {
                outbox.record(EventTypes.LANGUAGE_COMPLETED, articleId, lang, revisionId, data);
            }
        });
    }
}
