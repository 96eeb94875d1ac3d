package dev.tessera.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The queue's SQL. Claims lock rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent
 * claimers (also in other Tessera instances) pass over each other's rows instead of waiting,
 * and no row is ever handed to two people. A lease that ran out is simply a free row: no job
 * has to clean it up. Only active rows are work: an archived article's rows and those of a
 * language removed from an article are not ({@code t.active}, which the queue indexes require).
 */
@ApplicationScoped
public class QueueRepository {

    static final String WORK = "'NEW', 'DRAFT', 'STALE', 'REJECTED'";
    static final String WORK_RANK = "(CASE t.status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END)";
    private static final String FREE = "(t.claimed_by IS NULL OR t.claim_expires_at < now() OR t.claimed_by = :me)";

    private final EntityManager em;

    public QueueRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows the user holds on a live lease in this language and role, in document order. */
    @SuppressWarnings("unchecked")
    List<Long> held(long userId, String lang, boolean review) {
        return em.createNativeQuery("SELECT t.id FROM translation t WHERE t.claimed_by = :me AND t.lang = :lang"
                        + " AND t.claim_expires_at > now() AND t.active AND t.status IN (" + (review ? "'TRANSLATED'" : WORK) + ")"
                        + " ORDER BY t.article_id, t.position FOR UPDATE", Long.class)
                .setParameter("me", userId).setParameter("lang", lang).getResultList();
    }

    /** The first free row in queue order: (article id, position), locked; or null. */
    Object[] anchor(long userId, String lang, boolean review, Long articleId, boolean allowSelfReview) {
        String sql = review
                ? "SELECT t.article_id, t.position FROM translation t WHERE t.lang = :lang AND t.status = 'TRANSLATED' AND t.active"
                + (allowSelfReview ? "" : " AND t.translated_by IS DISTINCT FROM :me")
                + " AND " + FREE + (articleId != null ? " AND t.article_id = :article" : "")
                + " ORDER BY t.priority DESC, t.due_date, t.article_id, t.position LIMIT 1 FOR UPDATE SKIP LOCKED"
                :"SELECT t.article_id, t.position FROM translation t WHERE t.lang = :lang AND t.status IN (" + WORK + ") AND t.active"
                + " AND " + FREE + (articleId != null ? " AND t.article_id = :article" : "")
                + " ORDER BY " + WORK_RANK + ", t.priority DESC, t.due_date, t.article_id, t.position"
                + " LIMIT 1 FOR UPDATE SKIP LOCKED";
        var query = em.createNativeQuery(sql).setParameter("lang", lang).setParameter("me", userId);
        if (articleId != null) {
            query.setParameter("article", articleId);
        }
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** Up to {@code limit} free rows of the article from {@code position} on, locked. */
    @SuppressWarnings("unchecked")
    List<Long> run(long userId, String lang, boolean review, long articleId, int position, int limit,
                   boolean allowSelfReview) {
        String statuses = review ? "'TRANSLATED'" : WORK;
        String self = review && !allowSelfReview ? " AND t.translated_by IS DISTINCT FROM :me" : "";
        return em.createNativeQuery("SELECT t.id FROM translation t WHERE t.article_id = :article AND t.lang = :lang"
                        + " AND t.status IN (" + statuses + ") AND t.active AND t.position >= :position AND " + FREE + self
                        + " ORDER BY t.position LIMIT :limit FOR UPDATE SKIP LOCKED", Long.class)
                .setParameter("article", articleId).setParameter("lang", lang).setParameter("position", position)
                .setParameter("me", userId).setParameter("limit", limit).getResultList();
    }

    void lease(List<Long> ids, long userId, Instant until) {
        em.createNativeQuery("UPDATE translation SET claimed_by = :me, claim_expires_at = :until WHERE id IN (:ids)")
                .setParameter("me", userId).setParameter("until", until).setParameter("ids", ids).executeUpdate();
    }

    /** How many of the (locked) rows had a lease that ran out: a claim is about to take them over. */
    int lapsedLeases(List<Long> ids) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM translation WHERE id IN (:ids)"
                        + " AND claimed_by IS NOT NULL AND claim_expires_at <= now()")
                .setParameter("ids", ids).getSingleResult()).intValue();
    }

    int release(long userId, String lang) {
        var update = em.createNativeQuery("UPDATE translation SET claimed_by = NULL, claim_expires_at = NULL"
                        + " WHERE claimed_by = :me" + (lang != null ? " AND lang = :lang" : ""))
                .setParameter("me", userId);
        if (lang != null) {
            update.setParameter("lang", lang);
        }
        return update.executeUpdate();
    }

    /**
     * The claimed rows with their source, the latest comment, both neighbours, and the memory
     * suggestions stored ahead of time (JSON, or null when none were computed), in order.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> details(List<Long> ids) {
        return em.createNativeQuery("""
                        SELECT t.segment_id, t.position, s.source_coded, s.source_codes, s.plain_text, s.word_count,
                               t.status, t.target, t.version, t.article_id,
                               (SELECT c.body FROM translation_comment c WHERE c.translation_id = t.id
                                ORDER BY c.id DESC LIMIT 1),
                               p.id, p.source_coded, p.source_codes, pt.target, pt.status,
                               n.id, n.source_coded, n.source_codes, nt.target, nt.status,
                               cast(ms.suggestions AS text)
                        FROM translation t
                        JOIN segment s ON s.id = t.segment_id
                        LEFT JOIN segment p ON p.revision_id = s.revision_id AND p.position = s.position - 1
                        LEFT JOIN translation pt ON pt.segment_id = p.id AND pt.lang = t.lang
                        LEFT JOIN segment n ON n.revision_id = s.revision_id AND n.position = s.position + 1
                        LEFT JOIN translation nt ON nt.segment_id = n.id AND nt.lang = t.lang
                        LEFT JOIN memory_suggestion ms ON ms.segment_id = t.segment_id AND ms.lang = t.lang
                        WHERE t.id IN (:ids)
                        ORDER BY t.position""")
                .setParameter("ids", ids).getResultList();
    }

    /** How much work waits in a language, summed from the per-article progress rows. */
    Object[] waiting(String lang) {
        return (Object[]) em.createNativeQuery("""
                        SELECT coalesce(sum(segments_rejected), 0), coalesce(sum(segments_stale), 0),
                               coalesce(sum(segments_draft), 0), coalesce(sum(segments_new), 0),
                               coalesce(sum(words_rejected + words_stale + words_draft + words_new), 0),
                               coalesce(sum(segments_translated), 0), coalesce(sum(words_translated), 0)
                        FROM live_progress WHERE lang = ?1""")
                .setParameter(1, lang).getSingleResult();
    }

    int claimedBy(long userId, String lang) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM translation WHERE claimed_by = ?1 AND lang = ?2"
                        + " AND claim_expires_at > now()")
                .setParameter(1, userId).setParameter(2, lang).getSingleResult()).intValue();
    }
}
