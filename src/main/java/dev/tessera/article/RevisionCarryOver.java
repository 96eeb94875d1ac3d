package dev.tessera.article;

import dev.tessera.article.SegmentMatching.Kind;
import dev.tessera.article.SegmentMatching.Match;
import dev.tessera.common.Rows;
import dev.tessera.status.Status;
import dev.tessera.translation.Origin;
import dev.tessera.translation.Translation;
import dev.tessera.translation.TranslationHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries an article's translations into a new revision, as {@link SegmentMatching} decided.
 *
 * <p>A matched segment keeps its row, and so its id, its translations, their history and
 * comments: the old row takes the new segment's place (revision, position, Okapi ids, text,
 * hashes) and the freshly stored duplicate is dropped. A translator who has a kept segment open
 * saves it as if nothing happened; one who has a stale segment open gets a version conflict
 * showing the new state. Stale matches turn every translation with a target into {@code STALE}
 * (the target stays as a starting point); removed segments stay in the old revision and their
 * translations become {@code REMOVED} and lose their leases. Every such change is a history row.
 */
@ApplicationScoped
class RevisionCarryOver {

    static final String MOVED = "SOURCE_MOVED";
    static final String CHANGED = "SOURCE_CHANGED";
    static final String REMOVED = "SOURCE_REMOVED";

    /** Per language: how many segments turned STALE (the rest of the stale matches start from nothing). */
    record Outcome(Map<String, Integer> staleByLanguage) {
    }

    private final EntityManager em;

    RevisionCarryOver(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks every translation row of the article, so that no save, claim or review of it runs
     * while its rows and counters are rewritten (those wait, then see the result).
     */
    void lockTranslations(long articleId) {
        em.createNativeQuery("SELECT id FROM translation WHERE article_id = ?1 ORDER BY id FOR UPDATE")
                .setParameter(1, articleId).getResultList();
    }

    /**
     * @param oldIds the previous revision's segment ids, by index
     * @param newIds the new revision's segment ids, by index
     */
    Outcome apply(List<Long> oldIds, List<Long> newIds, SegmentMatching.Result result, Long userId) {
        List<Match> matches = result.matches();
        Long[] keep = new Long[matches.size()];
        Long[] drop = new Long[matches.size()];
        Boolean[] changed = new Boolean[matches.size()];
        for (int i = 0; i < matches.size(); i++) {
            keep[i] = oldIds.get(matches.get(i).oldIndex());
            drop[i] = newIds.get(matches.get(i).newIndex());
            changed[i] = matches.get(i).kind() == Kind.STALE;
        }
        if (keep.length > 0) {
            moveSegments(keep, drop, changed);
        }
        List<Long> movedSegments = new ArrayList<>();
        List<Integer> movedFrom = new ArrayList<>();
        List<Integer> movedTo = new ArrayList<>();
        List<Long> staleSegments = new ArrayList<>();
        List<Integer> staleScores = new ArrayList<>();
        for (Match m : matches) {
            if (m.kind() == Kind.MOVED) {
                movedSegments.add(oldIds.get(m.oldIndex()));
                movedFrom.add(m.oldIndex());
                movedTo.add(m.newIndex());
            } else if (m.kind() == Kind.STALE) {
                staleSegments.add(oldIds.get(m.oldIndex()));
                staleScores.add(m.score());
            }
        }
        if (!movedSegments.isEmpty()) {
            noteMoves(movedSegments, movedFrom, movedTo, userId);
        }
        Map<String, Integer> stale = staleSegments.isEmpty() ? Map.of() : markStale(staleSegments, staleScores, userId);
        List<Long> removed = result.removed().stream().map(oldIds::get).toList();
        if (!removed.isEmpty()) {
            markRemoved(removed, userId);
        }
        return new Outcome(stale);
    }

    /** A history row for every translation of a moved segment; the translations stay as they are. */
    private void noteMoves(List<Long> segments, List<Integer> from, List<Integer> to, Long userId) {
        em.createNativeQuery("""
                        INSERT INTO translation_history (id, translation_id, changed_by, changed_at, action, old_status,
                                                         new_status, old_target, new_target, comment)
                        SELECT nextval('translation_history_seq'), t.id, cast(?4 AS bigint), now(), ?5, t.status, t.status, t.target,
                               t.target, 'moved from position ' || m.old_index || ' to ' || m.new_index
                        FROM unnest(cast(?1 AS bigint[]), cast(?2 AS int[]), cast(?3 AS int[]))
                                 AS m(segment_id, old_index, new_index)
                        JOIN translation t ON t.segment_id = m.segment_id
                        WHERE t.status <> 'REMOVED'
                        ORDER BY t.id""")
                .setParameter(1, segments.toArray(Long[]::new)).setParameter(2, from.toArray(Integer[]::new))
                .setParameter(3, to.toArray(Integer[]::new)).setParameter(4, userId).setParameter(5, MOVED)
                .executeUpdate();
    }

    /**
     * Every translation of a stale segment that has a target (and is past {@code NEW}) becomes
     * {@code STALE}, with a history row; returns how many per language.
     */
    private Map<String, Integer> markStale(List<Long> segments, List<Integer> scores, Long userId) {
        List<Tuple> rows = Rows.of(em.createNativeQuery("""
                        WITH old AS (
                            SELECT t.id, t.lang, t.status, t.target, m.score
                            FROM unnest(cast(?1 AS bigint[]), cast(?2 AS int[])) AS m(segment_id, score)
                            JOIN translation t ON t.segment_id = m.segment_id
                            WHERE t.status NOT IN ('REMOVED', 'NEW') AND t.target IS NOT NULL
                        ), changed AS (
                            UPDATE translation t SET status = 'STALE', version = t.version + 1, updated_at = now()
                            FROM old WHERE t.id = old.id
                            RETURNING old.id, old.lang, old.status, old.target, old.score
                        ), logged AS (
                            INSERT INTO translation_history (id, translation_id, changed_by, changed_at, action,
                                                             old_status, new_status, old_target, new_target, comment)
                            SELECT nextval('translation_history_seq'), c.id, cast(?3 AS bigint), now(), ?4, c.status, 'STALE', c.target,
                                   c.target, 'source changed; similarity ' || c.score
                            FROM changed c ORDER BY c.id
                        )
                        SELECT lang, count(*) AS stale FROM changed GROUP BY lang""", Tuple.class)
                .setParameter(1, segments.toArray(Long[]::new)).setParameter(2, scores.toArray(Integer[]::new))
                .setParameter(3, userId).setParameter(4, CHANGED));
        Map<String, Integer> stale = new HashMap<>();
        for (Tuple row : rows) {
            stale.put(Rows.text(row, "lang"), Rows.integer(row, "stale"));
        }
        return stale;
    }

    /** Every translation of a removed segment becomes {@code REMOVED} and loses its lease, with a history row. */
    private void markRemoved(List<Long> segments, Long userId) {
        em.createNativeQuery("""
                        WITH old AS (
                            SELECT t.id, t.status, t.target FROM translation t
                            WHERE t.segment_id = ANY(cast(?1 AS bigint[])) AND t.status <> 'REMOVED'
                        ), changed AS (
                            UPDATE translation t SET status = 'REMOVED', version = t.version + 1, updated_at = now(),
                                                     claimed_by = NULL, claim_expires_at = NULL
                            FROM old WHERE t.id = old.id
                            RETURNING old.id, old.status, old.target
                        )
                        INSERT INTO translation_history (id, translation_id, changed_by, changed_at, action, old_status,
                                                         new_status, old_target, new_target, comment)
                        SELECT nextval('translation_history_seq'), c.id, cast(?2 AS bigint), now(), ?3, c.status, 'REMOVED', c.target,
                               c.target, 'segment removed from the source'
                        FROM changed c ORDER BY c.id""")
                .setParameter(1, segments.toArray(Long[]::new)).setParameter(2, userId).setParameter(3, REMOVED)
                .executeUpdate();
    }

    /** Old rows take the place of their matches in the new revision; the matches' rows go. */
    private void moveSegments(Long[] keep, Long[] drop, Boolean[] changed) {
        // Positions are unique per revision: the new rows step aside (negative positions) while the old rows
        // take their data and their positions, then the new rows go.
        em.createNativeQuery("UPDATE segment SET position = -1 - position WHERE id = ANY(?1)")
                .setParameter(1, drop).executeUpdate();
        em.createNativeQuery("""
                        UPDATE segment o SET revision_id = n.revision_id, position = -1 - n.position,
                            text_unit_id = n.text_unit_id, okapi_segment_id = n.okapi_segment_id,
                            source_coded = n.source_coded, source_codes = n.source_codes, plain_text = n.plain_text,
                            word_count = n.word_count, source_hash = n.source_hash, prev_hash = n.prev_hash,
                            next_hash = n.next_hash, join_with_next = NULL,
                            previous_plain_text = CASE WHEN m.changed THEN o.plain_text ELSE o.previous_plain_text END
                        FROM unnest(cast(?1 AS bigint[]), cast(?2 AS bigint[]), cast(?3 AS boolean[]))
                                 AS m(old_id, new_id, changed)
                        JOIN segment n ON n.id = m.new_id
                        WHERE o.id = m.old_id""")
                .setParameter(1, keep).setParameter(2, drop).setParameter(3, changed).executeUpdate();
        em.createNativeQuery("DELETE FROM segment WHERE id = ANY(?1)").setParameter(1, drop).executeUpdate();
        em.createNativeQuery("""
                        UPDATE translation t SET position = s.position FROM segment s
                        WHERE s.id = t.segment_id AND s.id = ANY(?1) AND t.position <> s.position""")
                .setParameter(1, keep).executeUpdate();
    }

    static void history(Translation t, String action, Status next, Long userId, String comment) {
        history(t, action, next, t.target, userId, comment);
    }

    /** A history row of a change the system made (no save): the row's status and target become {@code next}, {@code newTarget}. */
    static void history(Translation t, String action, Status next, String newTarget, Long userId, String comment) {
        TranslationHistory.record(t, action, next, newTarget, userId, comment, Origin.API);
    }
}
