package dev.tessera.article;

import dev.tessera.article.SegmentMatching.Kind;
import dev.tessera.article.SegmentMatching.Match;
import dev.tessera.status.Status;
import dev.tessera.translation.Translation;
import dev.tessera.translation.TranslationHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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
    private static final int CHUNK = 1000;

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
        Map<String, Integer> stale = new HashMap<>();
        Instant now = Instant.now();
        for (Match m : matches) {
            if (m.kind() == Kind.KEPT) {
                continue;
            }
            for (Translation t : translations(List.of(oldIds.get(m.oldIndex())))) {
                if (m.kind() == Kind.MOVED) {
                    history(t, MOVED, t.status, userId, "moved from position " + m.oldIndex() + " to " + m.newIndex());
                } else if (t.target != null && t.status != Status.NEW) {
                    history(t, CHANGED, Status.STALE, userId, "source changed; similarity " + m.score());
                    change(t, Status.STALE, now);
                    stale.merge(t.lang, 1, Integer::sum);
                }
            }
        }
        List<Long> removed = result.removed().stream().map(oldIds::get).toList();
        for (Translation t : translations(removed)) {
            history(t, REMOVED, Status.REMOVED, userId, "segment removed from the source");
            change(t, Status.REMOVED, now);
            t.claimedBy = null;
            t.claimExpiresAt = null;
        }
        em.flush();
        return new Outcome(stale);
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

    private List<Translation> translations(List<Long> segmentIds) {
        List<Translation> rows = new ArrayList<>();
        for (int from = 0; from < segmentIds.size(); from += CHUNK) {
            rows.addAll(Translation.list("segmentId in ?1 and status <> ?2 order by id",
                    segmentIds.subList(from, Math.min(segmentIds.size(), from + CHUNK)), Status.REMOVED));
        }
        return rows;
    }

    private static void change(Translation t, Status next, Instant now) {
        t.status = next;
        t.version++;
        t.updatedAt = now;
    }

    static void history(Translation t, String action, Status next, Long userId, String comment) {
        history(t, action, next, t.target, userId, comment);
    }

    /** A history row of a change the system made (no save): the row's status and target become {@code next}, {@code newTarget}. */
    static void history(Translation t, String action, Status next, String newTarget, Long userId, String comment) {
        TranslationHistory h = new TranslationHistory();
        h.translationId = t.id;
        h.changedBy = userId;
        h.action = action;
        h.oldStatus = t.status;
        h.newStatus = next;
        h.oldTarget = t.target;
        h.newTarget = newTarget;
        h.comment = comment;
        h.persist();
    }
}
