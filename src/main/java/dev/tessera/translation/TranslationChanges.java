package dev.tessera.translation;

import dev.tessera.metrics.WorkMeters;
import dev.tessera.progress.ProgressCounters;
import dev.tessera.progress.ProgressCounters.Completion;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Applies one change to a locked translation row and everything that must move with it in
 * the same transaction: the version, the history row, the progress counters, and the
 * completion event when a language of an article becomes complete or stops being so.
 * Callers make their own changes to the row first: the counter update comes last, after the
 * row and history are flushed, so the shared progress row is held locked only until commit.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class TranslationChanges {

    private final EntityManager em;
    private final ProgressCounters progress;
    private final LanguageCompletion completion;
    private final WorkMeters meters;

    public TranslationChanges(EntityManager em, ProgressCounters progress, LanguageCompletion completion,
                              WorkMeters meters) {
        this.meters = meters;
        this.em = em;
        this.progress = progress;
        this.completion = completion;
    }

    public void apply(Translation t, Action action, Status next, String target, long actorId, String comment) {
        apply(t, action, next, target, actorId, comment, Origin.API);
    }

    /** The same, recording where the change came from. */
    public void apply(Translation t, Action action, Status next, String target, long actorId, String comment,
                      Origin origin) {
        TranslationHistory.record(t, action.name(), next, target, actorId, comment, origin);
        meters.translationChanged(t.lang, action.name());

        Status previous = t.status;
        t.status = next;
        t.target = target;
        t.version++;
        t.updatedAt = Instant.now();
        if (previous != next) {
            em.flush(); // the row and history go out first; the progress row is locked last
            Completion change = progress.move(t.articleId, t.lang, t.segmentId, t.position, previous, next);
            completion.afterChange(t.articleId, t.lang, change);
        }
    }
}
