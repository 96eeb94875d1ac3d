package dev.tessera.translation;

import dev.tessera.common.Rows;
import dev.tessera.metrics.WorkMeters;
import dev.tessera.progress.ProgressCounters;
import dev.tessera.progress.ProgressCounters.Completion;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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
        meters.translationChanged(t.lang, action.name(), 1);
        Status previous = t.status;
        step(t, next, target);
        if (previous != next) {
            em.flush(); // the row and history go out first; the progress row is locked last
            Completion change = progress.move(t.articleId, t.lang, t.segmentId, t.position, previous, next);
            completion.afterChange(t.articleId, t.lang, change);
        }
    }

    private static void step(Translation t, Status next, String target) {
        t.status = next;
        t.target = target;
        t.version++;
        t.updatedAt = Instant.now();
    }

    /**
     * Changes of many rows into one language, gathered for one {@link #write}: each
     * row's status before its first change, and how many changes of each action.
     */
    public static final class Pending {
        private final Map<Translation, Status> before = new LinkedHashMap<>();
        private final Map<String, Integer> actions = new TreeMap<>();
    }

    /**
     * As {@link #apply} without a comment, for a row locked with the others of {@code pending}:
     * the row and its history row change in the persistence context only, and the counters wait
     * for {@link #write}.
     */
    public void gather(Translation t, Action action, Status next, String target, long actorId, Origin origin,
                       Pending pending) {
        TranslationHistory.record(t, action.name(), next, target, actorId, null, origin);
        pending.before.putIfAbsent(t, t.status);
        pending.actions.merge(action.name(), 1, Integer::sum);
        step(t, next, target);
    }

    /**
     * Writes what {@code pending} gathered: the rows and history in one flush (batched
     * statements), then the counters, per status move (a row's first status to its last), one
     * statement for all shards. The moves out of {@code APPROVED} go first, so that completion
     * is decided as if the changes had been made one by one: a language that was complete
     * reopens, and one that ends complete completes, each once.
     */
    public void write(Pending pending) {
        if (pending.before.isEmpty()) {
            return;
        }
        em.flush();
        Map<Long, Integer> words = wordCounts(pending.before.keySet());
        Map<Move, Map<Integer, int[]>> moves = new TreeMap<>(Move.ORDER);
        pending.before.forEach((t, from) -> {
            if (from != t.status) {
                int[] shard = moves.computeIfAbsent(new Move(t.articleId, t.lang, from, t.status), k -> new TreeMap<>())
                        .computeIfAbsent(t.position % ProgressCounters.SHARDS, k -> new int[2]);
                shard[0]++;
                shard[1] += words.get(t.segmentId);
            }
        });
        moves.forEach((move, shards) -> {
            Completion change = progress.moveShards(move.articleId(), move.lang(), move.from(), move.to(),
                    shards.keySet().toArray(Integer[]::new),
                    shards.values().stream().map(n -> n[0]).toArray(Integer[]::new),
                    shards.values().stream().map(n -> n[1]).toArray(Integer[]::new));
            completion.afterChange(move.articleId(), move.lang(), change);
        });
        String lang = pending.before.keySet().iterator().next().lang;
        pending.actions.forEach((action, count) -> meters.translationChanged(lang, action, count));
    }

    /** Segments of one article and language going from one status to another; the moves out of APPROVED first. */
    private record Move(long articleId, String lang, Status from, Status to) {
        static final Comparator<Move> ORDER = Comparator.comparing((Move m) -> m.from() != Status.APPROVED)
                .thenComparing(Move::articleId).thenComparing(Move::lang).thenComparing(Move::from)
                .thenComparing(Move::to);
    }

    private Map<Long, Integer> wordCounts(Collection<Translation> rows) {
        Map<Long, Integer> words = new HashMap<>();
        for (Tuple row : Rows.of(em.createNativeQuery("SELECT id, word_count FROM segment WHERE id = ANY(?1)", Tuple.class)
                .setParameter(1, rows.stream().map(t -> t.segmentId).toArray(Long[]::new)))) {
            words.put(Rows.id(row, "id"), Rows.integer(row, "word_count"));
        }
        return words;
    }
}
