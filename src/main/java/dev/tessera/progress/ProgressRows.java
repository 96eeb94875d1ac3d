package dev.tessera.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Writes the per (article, language) counters. {@link #recount} sets them from the
 * translations of the article's current revision; it runs in the transaction that created
 * those translations (import), so readers never see counters out of step.
 */
@ApplicationScoped
public class ProgressRows {

    private final EntityManager em;

    public ProgressRows(EntityManager em) {
        this.em = em;
    }

    public void recount(long articleId) {
        em.createNativeQuery("""
                        INSERT INTO progress AS p (article_id, lang, segments_total, words_total,
                            segments_new, words_new, segments_draft, words_draft,
                            segments_translated, words_translated, segments_rejected, words_rejected,
                            segments_approved, words_approved, segments_stale, words_stale, updated_at)
                        SELECT t.article_id, t.lang, count(*), coalesce(sum(s.word_count), 0),
                            count(*) FILTER (WHERE t.status = 'NEW'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'NEW'), 0),
                            count(*) FILTER (WHERE t.status = 'DRAFT'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'DRAFT'), 0),
                            count(*) FILTER (WHERE t.status = 'TRANSLATED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'TRANSLATED'), 0),
                            count(*) FILTER (WHERE t.status = 'REJECTED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'REJECTED'), 0),
                            count(*) FILTER (WHERE t.status = 'APPROVED'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'APPROVED'), 0),
                            count(*) FILTER (WHERE t.status = 'STALE'), coalesce(sum(s.word_count) FILTER (WHERE t.status = 'STALE'), 0),
                            now()
                        FROM translation t
                        JOIN segment s ON s.id = t.segment_id
                        JOIN article a ON a.id = t.article_id AND s.revision_id = a.current_revision_id
                        WHERE t.article_id = ?1
                        GROUP BY t.article_id, t.lang
                        ON CONFLICT (article_id, lang) DO UPDATE SET
                            segments_total = excluded.segments_total, words_total = excluded.words_total,
                            segments_new = excluded.segments_new, words_new = excluded.words_new,
                            segments_draft = excluded.segments_draft, words_draft = excluded.words_draft,
                            segments_translated = excluded.segments_translated, words_translated = excluded.words_translated,
                            segments_rejected = excluded.segments_rejected, words_rejected = excluded.words_rejected,
                            segments_approved = excluded.segments_approved, words_approved = excluded.words_approved,
                            segments_stale = excluded.segments_stale, words_stale = excluded.words_stale,
                            updated_at = excluded.updated_at""")
                .setParameter(1, articleId)
                .executeUpdate();
    }
}
