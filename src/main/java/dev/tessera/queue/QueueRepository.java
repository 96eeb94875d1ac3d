package dev.tessera.queue;

import dev.tessera.common.Rows;
import dev.tessera.status.Status;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The queue's SQL. Claims lock rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent
 * claimers (also in other Tessera instances) pass over each other's rows instead of waiting,
 * and no row is ever handed to two people. A lease that ran out is simply a free row: no job
 * has to clean it up. Only active rows are work: an archived article's rows and those of a
 * language removed from an article are not ({@code t.active}, which the queue indexes require).
 */
@ApplicationScoped
public class QueueRepository {

    /** The translators' statuses as an SQL list. */
    static final String WORK = Status.sqlList(Status.TRANSLATION_WORK);
    /** The reviewers' statuses as an SQL list. */
    static final String REVIEW = Status.sqlList(Status.REVIEW_WORK);
    /**
     * The translators' queue order ({@link Status#TRANSLATION_WORK_RANK}) as the expression of
     * the {@code translation_work_queue_idx} index, which must stay the same text for the index
     * to serve the claim: the last rank is the {@code ELSE}.
     */
    static final String WORK_RANK = rank();
    private static final String FREE = "(t.claimed_by IS NULL OR t.claim_expires_at < now() OR t.claimed_by = :me)";
    /** Free for a claim ahead: the claimer's own live rows are their held run, not free. */
    private static final String FREE_AHEAD = "(t.claimed_by IS NULL OR t.claim_expires_at < now())";

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    private static String rank() {
        int last = Collections.max(Status.TRANSLATION_WORK_RANK.values());
        StringBuilder sql = new StringBuilder("(CASE t.status");
        Status.TRANSLATION_WORK_RANK.entrySet().stream().filter(e -> e.getValue() != last)
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> sql.append(" WHEN '").append(e.getKey().name()).append("' THEN ").append(e.getValue()));
        return sql.append(" ELSE ").append(last).append(" END)").toString();
    }

    public QueueRepository(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** A row the user holds on a live lease, and whether it belongs to the run claimed ahead. */
    record HeldRow(long id, boolean ahead) {
    }

    /** Rows the user holds on a live lease in this language and role, in document order, locked. */
    List<HeldRow> held(long userId, String lang, boolean review) {
        return Rows.of(em.createNativeQuery("SELECT t.id, t.claimed_ahead FROM translation t WHERE t.claimed_by = :me"
                        + " AND t.lang = :lang AND t.claim_expires_at > now() AND t.active"
                        + " AND t.status IN (" + (review ? REVIEW : WORK) + ")"
                        + " ORDER BY t.article_id, t.position FOR UPDATE", Tuple.class)
                .setParameter("me", userId).setParameter("lang", lang)).stream()
                .map(r -> new HeldRow(Rows.id(r, "id"), Boolean.TRUE.equals(r.get("claimed_ahead")))).toList();
    }

    /** A run just claimed: its rows in document order, and how many of them had a lease that ran out. */
    record ClaimedRun(List<Long> ids, int lapsedLeases) {
    }

    /**
     * Claims the first free run, in one statement: the first free row in queue order (the
     * anchor), then up to {@code limit} free rows of its article from its position on, both
     * locked with {@code SKIP LOCKED} and leased to the user until {@code until} in the same
     * statement. One round trip where a claim took four (anchor, run, the count of lapsed leases,
     * the lease); the rows and their order are the same. {@code ahead}: the user's own live rows
     * are not free (they are the run being worked on), so the run found is the one after it,
     * leased as the run claimed ahead. No free row: an empty run.
     */
    ClaimedRun claimRun(long userId, String lang, boolean review, Long articleId, int limit, boolean allowSelfReview,
                        boolean ahead, Instant until) {
        String free = ahead ? FREE_AHEAD : FREE;
        String statuses = review ? REVIEW : WORK;
        String self = review && !allowSelfReview ? " AND t.translated_by IS DISTINCT FROM :me" : "";
        String order = review ? "t.priority DESC, t.due_date, t.article_id, t.position"
                : WORK_RANK + ", t.priority DESC, t.due_date, t.article_id, t.position";
        String where = "t.lang = :lang AND t.status IN (" + statuses + ") AND t.active AND " + free + self;
        String sql = "WITH anchor AS (SELECT t.article_id, t.position FROM translation t WHERE " + where
                + (articleId != null ? " AND t.article_id = :article" : "")
                + " ORDER BY " + order + " LIMIT 1 FOR UPDATE SKIP LOCKED),"
                + " run AS (SELECT t.id, t.position, (t.claimed_by IS NOT NULL AND t.claim_expires_at <= now()) AS lapsed"
                + " FROM translation t JOIN anchor a ON t.article_id = a.article_id WHERE " + where
                + " AND t.position >= a.position ORDER BY t.position LIMIT :limit FOR UPDATE OF t SKIP LOCKED)"
                + " UPDATE translation t SET claimed_by = :me, claim_expires_at = :until, claimed_ahead = :ahead"
                + " FROM run WHERE t.id = run.id RETURNING t.id, run.position, run.lapsed";
        var query = em.createNativeQuery(sql, Tuple.class).setParameter("lang", lang).setParameter("limit", limit)
                .setParameter("me", userId).setParameter("until", until).setParameter("ahead", ahead);
        if (articleId != null) {
            query.setParameter("article", articleId);
        }
        // RETURNING follows no order: document order is the run's position order.
        List<Tuple> rows = Rows.of(query).stream().sorted(Comparator.comparingInt(r -> Rows.integer(r, "position")))
                .toList();
        int lapsed = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.get("lapsed"))).count();
        return new ClaimedRun(rows.stream().map(r -> Rows.id(r, "id")).toList(), lapsed);
    }

    /** Renews the lease of rows the user holds until {@code until}; {@code ahead}: as the run claimed ahead. */
    void lease(List<Long> ids, long userId, Instant until, boolean ahead) {
        em.createNativeQuery("UPDATE translation SET claimed_by = :me, claim_expires_at = :until, claimed_ahead = :ahead"
                        + " WHERE id IN (:ids)")
                .setParameter("me", userId).setParameter("until", until).setParameter("ahead", ahead)
                .setParameter("ids", ids).executeUpdate();
    }

    /** The (locked) rows of a run claimed ahead become the user's current run; their leases stay. */
    void markCurrent(List<Long> ids) {
        em.createNativeQuery("UPDATE translation SET claimed_ahead = false WHERE id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }

    /**
     * Gives back every lease the user holds, in one language or in all; how many rows. One
     * statement on the pool's connection: called outside a transaction it commits by itself,
     * without the begin and commit a JTA transaction would add to every release.
     */
    int release(long userId, String lang) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE translation SET claimed_by = NULL,"
                     + " claim_expires_at = NULL WHERE claimed_by = ?" + (lang != null ? " AND lang = ?" : ""))) {
            update.setLong(1, userId);
            if (lang != null) {
                update.setString(2, lang);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Releasing leases failed", e);
        }
    }

    /** A neighbouring segment as stored (null id: there is none). */
    record NeighbourRow(Long segmentId, String sourceCoded, String sourceCodes, String target, String status) {
    }

    /** A claimed row as stored: the segment, its translation, the latest comment, the neighbours, the stored suggestions (JSON). */
    record ClaimedRow(long segmentId, int position, String sourceCoded, String sourceCodes, String plainText,
                      int wordCount, String status, String target, int version, long articleId, String articleTitle,
                      String lastComment, NeighbourRow previous, NeighbourRow next, String suggestions) {

        static ClaimedRow of(Tuple r) {
            return new ClaimedRow(Rows.id(r, "segment_id"), Rows.integer(r, "position"), Rows.text(r, "source_coded"),
                    Rows.text(r, "source_codes"), Rows.text(r, "plain_text"), Rows.integer(r, "word_count"),
                    Rows.text(r, "status"), Rows.text(r, "target"), Rows.integer(r, "version"),
                    Rows.id(r, "article_id"), Rows.text(r, "title"), Rows.text(r, "last_comment"), neighbour(r, "prev_"),
                    neighbour(r, "next_"), Rows.text(r, "suggestions"));
        }

        private static NeighbourRow neighbour(Tuple r, String prefix) {
            return new NeighbourRow(Rows.id(r, prefix + "id"), Rows.text(r, prefix + "source_coded"),
                    Rows.text(r, prefix + "source_codes"), Rows.text(r, prefix + "target"), Rows.text(r, prefix + "status"));
        }
    }

    /**
     * The claimed rows with their source, their article's title, the latest comment, both
     * neighbours, and the memory suggestions stored ahead of time (JSON, or null when none were
     * computed), in order.
     */
    List<ClaimedRow> details(List<Long> ids) {
        return Rows.of(em.createNativeQuery("""
                        SELECT t.segment_id, t.position, s.source_coded, s.source_codes, s.plain_text, s.word_count,
                               t.status, t.target, t.version, t.article_id, a.title,
                               (SELECT c.body FROM translation_comment c WHERE c.translation_id = t.id
                                ORDER BY c.id DESC LIMIT 1) AS last_comment,
                               p.id AS prev_id, p.source_coded AS prev_source_coded, p.source_codes AS prev_source_codes,
                               pt.target AS prev_target, pt.status AS prev_status,
                               n.id AS next_id, n.source_coded AS next_source_coded, n.source_codes AS next_source_codes,
                               nt.target AS next_target, nt.status AS next_status,
                               cast(ms.suggestions AS text) AS suggestions
                        FROM translation t
                        JOIN segment s ON s.id = t.segment_id
                        JOIN article a ON a.id = t.article_id
                        LEFT JOIN segment p ON p.revision_id = s.revision_id AND p.position = s.position - 1
                        LEFT JOIN translation pt ON pt.segment_id = p.id AND pt.lang = t.lang
                        LEFT JOIN segment n ON n.revision_id = s.revision_id AND n.position = s.position + 1
                        LEFT JOIN translation nt ON nt.segment_id = n.id AND nt.lang = t.lang
                        LEFT JOIN memory_suggestion ms ON ms.segment_id = t.segment_id AND ms.lang = t.lang
                        WHERE t.id IN (:ids)
                        ORDER BY t.position""", Tuple.class)
                .setParameter("ids", ids)).stream().map(ClaimedRow::of).toList();
    }

    /** How much work waits in a language, by status: segments and words. */
    record WaitingWork(Map<Status, Integer> segments, Map<Status, Integer> words) {
    }

    /** How much work waits in a language, summed from the per-article progress rows. */
    WaitingWork waiting(String lang) {
        StringBuilder sums = new StringBuilder();
        for (Status status : Status.COUNTED) {
            sums.append(sums.isEmpty() ? "" : ", ").append("coalesce(sum(segments_").append(status.column())
                    .append("), 0) AS segments_").append(status.column()).append(", coalesce(sum(words_")
                    .append(status.column()).append("), 0) AS words_").append(status.column());
        }
        Tuple row = Rows.one(em.createNativeQuery("SELECT " + sums + " FROM live_progress WHERE lang = ?1", Tuple.class)
                .setParameter(1, lang));
        Map<Status, Integer> segments = new EnumMap<>(Status.class);
        Map<Status, Integer> words = new EnumMap<>(Status.class);
        for (Status status : Status.COUNTED) {
            segments.put(status, Rows.integer(row, "segments_" + status.column()));
            words.put(status, Rows.integer(row, "words_" + status.column()));
        }
        return new WaitingWork(segments, words);
    }

    int claimedBy(long userId, String lang) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM translation WHERE claimed_by = ?1 AND lang = ?2"
                        + " AND claim_expires_at > now()")
                .setParameter(1, userId).setParameter(2, lang).getSingleResult()).intValue();
    }
}
