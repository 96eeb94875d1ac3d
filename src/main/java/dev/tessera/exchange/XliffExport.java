package dev.tessera.exchange;

import dev.tessera.api.Problems;
import dev.tessera.article.Article;
import dev.tessera.document.XliffFile;
import dev.tessera.document.XliffSegment;
import dev.tessera.document.XliffVersion;
import dev.tessera.document.XliffXml;
import dev.tessera.exchange.ArticleSegments.Row;
import dev.tessera.status.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an article's segments in one target language as an XLIFF file for a CAT tool: each
 * segment a unit keyed by its text unit and segment id, with its source, current target,
 * state, comments as notes, and the source hash and version an import checks. A source-only
 * preview leaves targets, states and notes out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class XliffExport {

    /** An exported file: its name and bytes. */
    public record Exported(String fileName, byte[] bytes) {
    }

    private final ArticleSegments segments;
    private final EntityManager em;

    public XliffExport(ArticleSegments segments, EntityManager em) {
        this.segments = segments;
        this.em = em;
    }

    /**
     * @param statuses   only units in these statuses (all when empty)
     * @param sourceOnly a preview without targets, states or notes
     */
    public Exported export(long articleId, String lang, XliffVersion version, Set<Status> statuses,
                           boolean sourceOnly) {
        Article article = segments.article(articleId);
        String target = List.of(article.targetLangs).stream().filter(l -> l.equalsIgnoreCase(lang)).findFirst()
                .orElseThrow(() -> Problems.invalidField("lang", "article " + articleId + " is not translated into '"
                        + lang + "'; its target languages are " + String.join(", ", article.targetLangs)));
        Map<Long, List<String>> notes = sourceOnly ? Map.of() : segments.notes(articleId, target);
        List<XliffSegment> out = new ArrayList<>();
        for (Row row : segments.rows(article, target).values()) {
            if (!statuses.isEmpty() && !statuses.contains(row.status())) {
                continue;
            }
            Status status = sourceOnly ? Status.NEW : row.status();
            out.add(new XliffSegment(row.textUnitId(), row.okapiSegmentId(), row.source(),
                    sourceOnly ? null : row.target(), StateMapping.state(version, status), status.name(),
                    row.sourceHash(), row.version(), notes.getOrDefault(row.translationId(), List.of())));
        }
        XliffFile file = new XliffFile(article.id, originalName(article), article.sourceLang, target, out);
        return new Exported(fileName(article, target, version), XliffXml.write(version, file));
    }

    /** The ids of articles with work open in {@code lang} (any status but approved), newest first. */
    public List<Long> withOpenWork(String lang) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT DISTINCT t.article_id FROM translation t JOIN article a ON a.id = t.article_id
                        JOIN segment s ON s.id = t.segment_id AND s.revision_id = a.current_revision_id
                        WHERE t.lang = ?1 AND t.status <> 'APPROVED' ORDER BY t.article_id DESC""")
                .setParameter(1, lang).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static String originalName(Article article) {
        return "article-" + article.id + "." + article.format.toLowerCase(Locale.ROOT);
    }

    static String fileName(Article article, String lang, XliffVersion version) {
        return "article-" + article.id + "-" + article.sourceLang + "-" + lang
                + (version == XliffVersion.V2_0 ? ".xliff" : ".xlf");
    }
}
