package dev.tessera.progress;

import dev.tessera.common.Rows;
import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completeness for editors, read only from the progress rows: every figure is a sum of shard
 * rows (per article, or per language over all articles), never a count over translations.
 * Sums over articles read {@code live_progress} (V12): archived articles and languages removed
 * from an article's targets are left out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressQueries {

    /** One article's completeness over its target languages. */
    public record ArticleProgress(long articleId, String title, double percentApproved, List<ProgressView> languages) {
    }

    public record Overview(List<ProgressView> languages, Page<ArticleProgress> articles) {
    }

    private final EntityManager em;

    public ProgressQueries(EntityManager em) {
        this.em = em;
    }

    /** @param ascending sort articles by percent approved, lowest first (else highest first) */
    public Overview overview(String lang, boolean ascending, PageRequest page) {
        List<ProgressView> languages = languageTotals(lang);

        String filter = lang != null ? " WHERE p.lang = :lang" : "";
        String percent = "coalesce(sum(p.words_approved)::float8 / nullif(sum(p.words_total), 0), 0)";
        Query ids = em.createNativeQuery("SELECT p.article_id, " + percent + " AS pct FROM live_progress p" + filter
                + " GROUP BY p.article_id ORDER BY pct " + (ascending ? "ASC" : "DESC") + ", p.article_id"
                + " LIMIT :limit OFFSET :offset", Tuple.class);
        Query count = em.createNativeQuery("SELECT count(DISTINCT p.article_id) FROM live_progress p" + filter);
        if (lang != null) {
            ids.setParameter("lang", lang);
            count.setParameter("lang", lang);
        }
        ids.setParameter("limit", page.size).setParameter("offset", page.offset());
        Map<Long, Double> percents = new LinkedHashMap<>();
        for (Tuple r : Rows.of(ids)) {
            percents.put(Rows.id(r, "article_id"), Math.floor(r.get("pct", Number.class).doubleValue() * 1000) / 10);
        }
        List<ArticleProgress> articles = articles(percents, lang);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Overview(languages, new Page<>(articles, page.page, page.size, total));
    }

    /** Segments and words by status per target language over all articles (one language when given). */
    public List<ProgressView> languageTotals(String lang) {
        Query totals = em.createNativeQuery("SELECT lang, " + Progress.SUMS + " FROM live_progress"
                + (lang != null ? " WHERE lang = :lang" : "") + " GROUP BY lang ORDER BY lang", Tuple.class);
        if (lang != null) {
            totals.setParameter("lang", lang);
        }
        List<ProgressView> languages = new ArrayList<>();
        for (Tuple r : Rows.of(totals)) {
            languages.add(ProgressView.of(Progress.of(0L, Rows.text(r, "lang"), r)));
        }
        return languages;
    }

    private List<ArticleProgress> articles(Map<Long, Double> percents, String lang) {
        if (percents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(percents.keySet());
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Tuple r : Rows.of(em.createNativeQuery("SELECT id, title FROM article WHERE id IN (:ids)", Tuple.class)
                .setParameter("ids", ids))) {
            titles.put(Rows.id(r, "id"), Rows.text(r, "title"));
        }
        Map<Long, List<ProgressView>> rows = new LinkedHashMap<>();
        for (Progress p : forArticles(ids)) {
            if (lang == null || lang.equals(p.key().lang())) {
                rows.computeIfAbsent(p.key().articleId(), k -> new ArrayList<>()).add(ProgressView.of(p));
            }
        }
        return ids.stream().map(id -> new ArticleProgress(id, titles.get(id),
                rows.getOrDefault(id, List.of()).stream().allMatch(ProgressView::complete) ? 100.0 : Math.min(99.9, percents.get(id)),
                rows.getOrDefault(id, List.of()))).toList();
    }

    /**
     * Each article's progress per language (its shard rows summed), by article then language;
     * archived articles too, but only in their current target languages.
     */
    public List<Progress> forArticles(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Progress> rows = new ArrayList<>();
        for (Tuple r : Rows.of(em.createNativeQuery("SELECT article_id, lang, " + Progress.SUMS + " FROM progress p"
                        + " WHERE article_id IN (:ids) AND lang = ANY (SELECT unnest(a.target_langs) FROM article a"
                        + " WHERE a.id = p.article_id) GROUP BY article_id, lang ORDER BY article_id, lang", Tuple.class)
                .setParameter("ids", articleIds))) {
            rows.add(Progress.of(Rows.id(r, "article_id"), Rows.text(r, "lang"), r));
        }
        return rows;
    }
}
