package dev.tessera.exchange;

import dev.tessera.api.Problems;
import dev.tessera.article.Article;
import dev.tessera.document.SegmentContent;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current revision's segments of an article with their translation into one language, in
 * document order, read in one statement: what an export writes and what an import checks
 * each unit against.
 */
@ApplicationScoped
class ArticleSegments {

    /** One segment and its translation; {@code key} is the id its XLIFF unit carries. */
    record Row(long segmentId, String textUnitId, String okapiSegmentId, SegmentContent source, String sourceHash,
               long translationId, Status status, String target, int version) {
        String key() {
            return textUnitId + ":" + okapiSegmentId;
        }
    }

    private final EntityManager em;

    ArticleSegments(EntityManager em) {
        this.em = em;
    }

    Article article(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        if (article.currentRevisionId == null) {
            throw Problems.notFound("Article", articleId);
        }
        return article;
    }

    /** Every segment of the current revision with its translation into {@code lang}, by key, in order. */
    Map<String, Row> rows(Article article, String lang) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        SELECT s.id, s.text_unit_id, s.okapi_segment_id, s.source_coded, s.source_codes, s.source_hash,
                               t.id, t.status, t.target, t.version
                        FROM segment s JOIN translation t ON t.segment_id = s.id AND t.lang = ?2
                        WHERE s.revision_id = ?1 ORDER BY s.position""")
                .setParameter(1, article.currentRevisionId).setParameter(2, lang).getResultList();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Object[] r : result) {
            Row row = new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    new SegmentContent((String) r[3], (String) r[4]), (String) r[5], ((Number) r[6]).longValue(),
                    Status.valueOf((String) r[7]), (String) r[8], ((Number) r[9]).intValue());
            rows.put(row.key(), row);
        }
        return rows;
    }

    /** Comments on the article's translations into {@code lang}, as notes "author: text", by translation id. */
    Map<Long, List<String>> notes(long articleId, String lang) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        SELECT c.translation_id, u.display_name, c.created_at, c.body
                        FROM translation_comment c JOIN translation t ON t.id = c.translation_id
                        JOIN app_user u ON u.id = c.author_id
                        WHERE t.article_id = ?1 AND t.lang = ?2 ORDER BY c.id""")
                .setParameter(1, articleId).setParameter(2, lang).getResultList();
        Map<Long, List<String>> notes = new LinkedHashMap<>();
        for (Object[] r : result) {
            notes.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(r[1] + " (" + r[2] + "): " + r[3]);
        }
        return notes;
    }
}
