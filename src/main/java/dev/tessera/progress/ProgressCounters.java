package dev.tessera.progress;

import dev.tessera.common.Rows;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the per (article, language) counters in step with every status change, in the
 * transaction that makes the change: one row upserted per change, never a recount.
 *
 * <p>The counters of an article and language are split into {@value #SHARDS} shard rows (by
 * segment position), because the queue hands every translator consecutive runs of the same
 * article: with one row, every save would wait for the previous save's commit on it. Readers
 * sum the shards. Whether a language is complete can only change when a segment enters or
 * leaves {@code APPROVED}; such changes first lock shard 0, so that they are decided one at a
 * time and exactly one transaction sees the language become complete (or stop being so).
 */
@ApplicationScoped
public class ProgressCounters {

    /** Whether the language of the article was complete before and after a change. */
    public record Completion(boolean wasComplete, boolean isComplete) {
        static final Completion UNCHANGED = new Completion(false, false);

        public boolean completed() {
            return !wasComplete && isComplete;
        }

        public boolean reopened() {
            return wasComplete && !isComplete;
        }
    }

    public static final int SHARDS = 64;

    private final EntityManager em;
    private final boolean enabled;

    /**
     * @param enabled {@code tessera.progress.counters-enabled}: benchmark-only (WorkflowBenchmark
     *                measures what the upkeep costs a save against a second instance with it
     *                off); false leaves the counters wrong, never set it in production
     */
    public ProgressCounters(EntityManager em,
                            @ConfigProperty(name = "tessera.progress.counters-enabled", defaultValue = "true")
                            boolean enabled) {
        this.em = em;
        this.enabled = enabled;
    }

    /**
     * Moves one segment, at {@code position}, from one status to another; its word count is
     * read by the same statement.
     */
    public Completion move(long articleId, String lang, long segmentId, int position, Status from, Status to) {
        if (!enabled) {
            return Completion.UNCHANGED;
        }
        String fromColumn = from.column();
        String toColumn = to.column();
        boolean decidesCompleteness = from == Status.APPROVED || to == Status.APPROVED;
        if (decidesCompleteness) {
            lockShardZero(articleId, lang);
        }
        // One statement: read the words, then add the move to the shard row (created when missing).
        em.createNativeQuery("INSERT INTO progress AS p (article_id, lang, shard, segments_" + fromColumn + ", words_"
                        + fromColumn + ", segments_" + toColumn + ", words_" + toColumn + ")"
                        + " SELECT :article, :lang, :shard, -1, -s.word_count, 1, s.word_count FROM segment s WHERE s.id = :segment"
                        + " ON CONFLICT (article_id, lang, shard) DO UPDATE SET"
                        + " segments_" + fromColumn + " = p.segments_" + fromColumn + " - 1,"
                        + " words_" + fromColumn + " = p.words_" + fromColumn + " - excluded.words_" + toColumn + ","
                        + " segments_" + toColumn + " = p.segments_" + toColumn + " + 1,"
                        + " words_" + toColumn + " = p.words_" + toColumn + " + excluded.words_" + toColumn + ","
                        + " updated_at = now()")
                .setParameter("article", articleId).setParameter("lang", lang)
                .setParameter("shard", position % SHARDS).setParameter("segment", segmentId)
                .executeUpdate();
        if (!decidesCompleteness) {
            return Completion.UNCHANGED;
        }
        return completion(articleId, lang, from, to, 1);
    }

    /**
     * Moves many segments of one article and language from one status to another at once: per
     * shard, how many segments and words move ({@code shards}, {@code segments} and
     * {@code words} side by side). One statement for all shards; pre-translation uses it.
     */
    public Completion moveShards(long articleId, String lang, Status from, Status to, Integer[] shards,
                                 Integer[] segments, Integer[] words) {
        String fromColumn = from.column();
        String toColumn = to.column();
        boolean decidesCompleteness = from == Status.APPROVED || to == Status.APPROVED;
        if (decidesCompleteness) {
            lockShardZero(articleId, lang);
        }
        // Not move() with arrays: a save's move reads its one segment's words in the same statement (hot path).
        em.createNativeQuery("INSERT INTO progress AS p (article_id, lang, shard, segments_" + fromColumn + ", words_"
                        + fromColumn + ", segments_" + toColumn + ", words_" + toColumn + ")"
                        + " SELECT :article, :lang, x.shard, -x.n, -x.w, x.n, x.w"
                        + " FROM unnest(cast(:shards AS int[]), cast(:segments AS int[]), cast(:words AS int[])) AS x(shard, n, w)"
                        + " ON CONFLICT (article_id, lang, shard) DO UPDATE SET"
                        + " segments_" + fromColumn + " = p.segments_" + fromColumn + " - excluded.segments_" + toColumn + ","
                        + " words_" + fromColumn + " = p.words_" + fromColumn + " - excluded.words_" + toColumn + ","
                        + " segments_" + toColumn + " = p.segments_" + toColumn + " + excluded.segments_" + toColumn + ","
                        + " words_" + toColumn + " = p.words_" + toColumn + " + excluded.words_" + toColumn + ","
                        + " updated_at = now()")
                .setParameter("article", articleId).setParameter("lang", lang).setParameter("shards", shards)
                .setParameter("segments", segments).setParameter("words", words)
                .executeUpdate();
        if (!decidesCompleteness) {
            return Completion.UNCHANGED;
        }
        int moved = 0;
        for (Integer n : segments) {
            moved += n;
        }
        return completion(articleId, lang, from, to, moved);
    }

    private void lockShardZero(long articleId, String lang) {
        em.createNativeQuery("SELECT 1 FROM progress WHERE article_id = ?1 AND lang = ?2 AND shard = 0 FOR UPDATE")
                .setParameter(1, articleId).setParameter(2, lang).getResultList();
    }

    /** Whether the language was complete before {@code moved} segments went from {@code from} to {@code to}, and is now. */
    private Completion completion(long articleId, String lang, Status from, Status to, int moved) {
        Tuple row = Rows.one(em.createNativeQuery("SELECT coalesce(sum(segments_approved), 0) AS approved,"
                        + " coalesce(sum(segments_total), 0) AS total FROM progress WHERE article_id = ?1 AND lang = ?2",
                        Tuple.class)
                .setParameter(1, articleId).setParameter(2, lang));
        int approved = Rows.integer(row, "approved");
        int total = Rows.integer(row, "total");
        int approvedBefore = approved - (to == Status.APPROVED ? moved : 0) + (from == Status.APPROVED ? moved : 0);
        return new Completion(total > 0 && approvedBefore == total, total > 0 && approved == total);
    }
}
