package dev.tessera.article;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.article.ArticleViews.RevisionView;
import dev.tessera.article.ArticleViews.SegmentTranslation;
import dev.tessera.article.ArticleViews.SegmentView;
import dev.tessera.common.Rows;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.progress.ProgressQueries;
import dev.tessera.progress.ProgressView;
import dev.tessera.status.Status;
import dev.tessera.translation.SourceChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading articles, their segments and their sources; counts come from progress rows. */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueries {

    private final EntityManager em;
    private final ProgressQueries progressQueries;
    private final TitleCollation titleCollation;

    public ArticleQueries(EntityManager em, ProgressQueries progressQueries, TitleCollation titleCollation) {
        this.em = em;
        this.progressQueries = progressQueries;
        this.titleCollation = titleCollation;
    }

    /** Filters: a language (source or target), a status present in that language (or any), a text in title or external id. */
    public Page<ArticleView> list(String lang, String status, String text, PageRequest page) {
        return list(ArticleFilter.of(lang, status, text), page);
    }

    /**
     * A page of articles, narrowed and ordered by {@code filter}. Status, overdue and progress
     * order read the progress rows (indexed by article), never the translations.
     */
    public Page<ArticleView> list(ArticleFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE a.current_revision_id IS NOT NULL AND a.archived_at IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        String lang = filter.lang();
        if (lang != null) {
            where.append(" AND (a.source_lang = :lang OR :lang = ANY (a.target_langs))");
            params.put("lang", lang);
        }
        if (filter.status() != null) {
            String column = "p.segments_" + Status.valueOf(filter.status()).column();
            where.append(" AND (SELECT sum(").append(column).append(") FROM live_progress p WHERE p.article_id = a.id")
                    .append(lang != null ? " AND p.lang = :lang" : "").append(") > 0");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (a.title ILIKE :text OR a.external_id ILIKE :text)");
            params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.overdue()) {
            where.append(" AND a.due_date < current_date AND (SELECT sum(p.segments_approved) < sum(p.segments_total)"
                    + " FROM live_progress p WHERE p.article_id = a.id)");
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM article a" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        boolean byTitle = filter.sort() == ArticleFilter.Sort.TITLE && filter.collation() != null;
        String collation = byTitle ? titleCollation.sqlName(filter.collation()) : null;
        if (byTitle && collation == null) {
            // no ICU collation on this server: the matching titles put in order in Java
            Query titles = em.createNativeQuery("SELECT a.id, a.title FROM article a" + where, Tuple.class);
            params.forEach(titles::setParameter);
            List<TitleCollation.Titled> all = Rows.of(titles).stream()
                    .map(r -> new TitleCollation.Titled(Rows.id(r, "id"), Rows.text(r, "title"))).toList();
            List<Long> ordered = TitleCollation.order(all, filter.collation(), filter.descending());
            int from = (int) Math.min(ordered.size(), page.offset());
            return new Page<>(views(ordered.subList(from, Math.min(ordered.size(), from + page.size))), page.page,
                    page.size, total);
        }
        Query ids = em.createNativeQuery("SELECT a.id FROM article a" + where
                + filter.sort().orderBy(filter.descending(), collation) + " LIMIT :limit OFFSET :offset", Long.class);
        params.forEach(ids::setParameter);
        ids.setParameter("limit", page.size).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Long> articleIds = ids.getResultList();
        return new Page<>(views(articleIds), page.page, page.size, total);
    }

    public ArticleView get(long id) {
        List<ArticleView> found = views(List.of(id));
        if (found.isEmpty()) {
            throw Problems.notFound("Article", id);
        }
        return found.get(0);
    }

    public List<ProgressView> progress(long articleId) {
        return get(articleId).progress();
    }

    private List<ArticleView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> articles = Article.<Article>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, Revision> revisions = Revision.<Revision>list("id in ?1",
                        articles.values().stream().map(a -> a.currentRevisionId).toList()).stream()
                .collect(Collectors.toMap(r -> r.articleId, r -> r));
        Map<Long, List<ProgressView>> progress = progressQueries.forArticles(ids).stream()
                .collect(Collectors.groupingBy(p -> p.key().articleId(), LinkedHashMap::new,
                        Collectors.mapping(ProgressView::of, Collectors.toList())));
        List<ArticleView> views = new ArrayList<>();
        for (Long id : ids) {
            Article a = articles.get(id);
            if (a == null || a.currentRevisionId == null) {
                continue;
            }
            Revision r = revisions.get(id);
            views.add(new ArticleView(a.id, a.externalId, a.title, a.sourceLang, List.of(a.targetLangs), a.format,
                    a.priority, a.dueDate, a.createdAt, RevisionView.of(r),
                    ordered(progress.getOrDefault(id, List.of()), a.targetLangs), a.archivedAt != null, a.archivedAt));
        }
        return views;
    }

    private static List<ProgressView> ordered(List<ProgressView> rows, String[] targets) {
        List<String> order = List.of(targets);
        return rows.stream().sorted(Comparator.comparingInt(p -> order.indexOf(p.lang()))).toList();
    }

    /** The current revision's segments at positions [from, from + count), with their translations into every target language. */
    public List<SegmentView> segmentRange(long articleId, int from, int count) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        return segmentRows(articleId, null, Set.of(article.targetLangs), null, count, from).items();
    }

    /**
     * A page of the current revision's segments, in document order, with their translations into
     * {@code lang} (when given) and only into the {@code visible} languages (the reader's).
     */
    public Page<SegmentView> segments(long articleId, String lang, Set<String> visible, String status, PageRequest page) {
        Page<SegmentView> rows = segmentRows(articleId, lang, visible, status, page.size, page.offset());
        return new Page<>(rows.items(), page.page, page.size, rows.total());
    }

    private Page<SegmentView> segmentRows(long articleId, String lang, Set<String> visible, String status, int limit,
                                          long offset) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        String langs = (lang != null ? " AND t.lang = :lang" : "") + " AND t.lang IN (:visible)";
        String filter = status == null ? "" : " AND EXISTS (SELECT 1 FROM translation t WHERE t.segment_id = s.id"
                + " AND t.status = :status" + langs + ")";
        Query count = em.createNativeQuery("SELECT count(*) FROM segment s WHERE s.revision_id = :rev" + filter);
        Query rows = em.createNativeQuery(
                "SELECT s.id, s.position, s.text_unit_id, s.okapi_segment_id, s.source_coded, s.source_codes,"
                        + " s.plain_text, s.word_count, t.lang, t.status, t.target, t.version, s.previous_plain_text"
                        + " FROM (SELECT * FROM segment s WHERE s.revision_id = :rev" + filter
                        + " ORDER BY s.position LIMIT :limit OFFSET :offset) s"
                        + " LEFT JOIN translation t ON t.segment_id = s.id" + langs
                        + " ORDER BY s.position, t.lang", Tuple.class);
        List<String> visibleList = visible.isEmpty() ? List.of("") : List.copyOf(visible); // IN () is not SQL
        for (Query q : List.of(count, rows)) {
            q.setParameter("rev", article.currentRevisionId);
            if (status != null) {
                q.setParameter("status", status);
            }
            if (status != null || q == rows) {
                q.setParameter("visible", visibleList);
                if (lang != null) {
                    q.setParameter("lang", lang);
                }
            }
        }
        rows.setParameter("limit", limit).setParameter("offset", offset);
        Map<Long, SegmentView> segments = new LinkedHashMap<>();
        Map<Long, String> previous = new HashMap<>(); // kept only for segments with a STALE translation
        for (Tuple row : Rows.of(rows)) {
            long id = Rows.id(row, "id");
            SegmentView view = segments.computeIfAbsent(id, k -> new SegmentView(id, Rows.integer(row, "position"),
                    Rows.text(row, "text_unit_id"), Rows.text(row, "okapi_segment_id"),
                    InlineNotation.render(new SegmentContent(Rows.text(row, "source_coded"), Rows.text(row, "source_codes"))),
                    Rows.text(row, "plain_text"), Rows.integer(row, "word_count"), new LinkedHashMap<>(), null));
            String rowLang = Rows.text(row, "lang");
            if (rowLang != null) {
                String rowStatus = Rows.text(row, "status");
                view.translations().put(rowLang,
                        new SegmentTranslation(rowStatus, Rows.text(row, "target"), Rows.integer(row, "version")));
                String previousText = Rows.text(row, "previous_plain_text");
                if (Status.STALE.name().equals(rowStatus) && previousText != null) {
                    previous.put(id, previousText);
                }
            }
        }
        List<SegmentView> views = segments.values().stream().map(v -> !previous.containsKey(v.id()) ? v
                : new SegmentView(v.id(), v.position(), v.textUnitId(), v.okapiSegmentId(), v.source(), v.plainText(),
                        v.wordCount(), v.translations(), SourceChange.of(previous.get(v.id()), v.plainText()))).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(views, 0, limit, total);
    }

    /** The current revision's original bytes, as imported. */
    public Revision source(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problems.notFound("Article", articleId));
        Revision revision = Revision.findById(article.currentRevisionId);
        if (revision.original == null) { // also loads the lazy bytes inside the session
            throw new IllegalStateException("Revision " + revision.id + " has no original");
        }
        return revision;
    }
}
