package dev.tessera.exchange;

import dev.tessera.api.Problems;
import dev.tessera.common.Rows;
import dev.tessera.article.Article;
import dev.tessera.document.SegmentContent;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
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
        List<Tuple> result = Rows.of(em.createNativeQuery("""
                        SELECT s.id AS segment_id, s.text_unit_id, s.okapi_segment_id, s.source_coded, s.source_codes,
                               s.source_hash, t.id AS translation_id, t.status, t.target, t.version
                        FROM segment s JOIN translation t ON t.segment_id = s.id AND t.lang = ?2
                        WHERE s.revision_id = ?1 ORDER BY s.position""", Tuple.class)
                .setParameter(1, article.currentRevisionId).setParameter(2, lang));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Tuple r : result) {
            Row row = new Row(Rows.id(r, "segment_id"), Rows.text(r, "text_unit_id"), Rows.text(r, "okapi_segment_id"),
                    new SegmentContent(Rows.text(r, "source_coded"), Rows.text(r, "source_codes")),
                    Rows.text(r, "source_hash"), Rows.id(r, "translation_id"), Status.valueOf(Rows.text(r, "status")),
                    Rows.text(r, "target"), Rows.integer(r, "version"));
            rows.put(row.key(), row);
        }
        return rows;
    }

    /** Comments on the article's translations into {@code lang}, as notes "author: text", by translation id. */
    Map<Long, List<String>> notes(long articleId, String lang) {
        List<Tuple> result = Rows.of(em.createNativeQuery("""
                        SELECT c.translation_id, u.display_name, c.created_at, c.body
                        FROM translation_comment c JOIN translation t ON t.id = c.translation_id
                        JOIN app_user u ON u.id = c.author_id
                        WHERE t.article_id = ?1 AND t.lang = ?2 ORDER BY c.id""", Tuple.class)
                .setParameter(1, articleId).setParameter(2, lang));
        Map<Long, List<String>> notes = new LinkedHashMap<>();
        for (Tuple r : result) {
            notes.computeIfAbsent(Rows.id(r, "translation_id"), k -> new ArrayList<>())
                    .add(Rows.text(r, "display_name") + " (" + r.get("created_at") + "): " + Rows.text(r, "body"));
        }
        return notes;
    }
}
