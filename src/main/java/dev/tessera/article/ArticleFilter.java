package dev.tessera.article;

import java.util.Locale;

/**
 * How an article list is narrowed and ordered.
 *
 * @param lang       a language the article is written or translated in; null for any
 * @param status     a translation status present in that language (or any); null for any
 * @param text       words of the title or the external id; null for any
 * @param overdue    only articles past their due date that are not yet complete
 * @param sort       the order: {@link Sort#CREATED} (newest first by default), title, due date,
 *                   priority, or share approved
 * @param descending whether the order is reversed
 * @param collation  the language whose alphabetical order a title sort follows (the page's
 *                   language); null for the database's own order of lower-cased titles
 */
public record ArticleFilter(String lang, String status, String text, boolean overdue, Sort sort, boolean descending,
                            Locale collation) {

    public ArticleFilter(String lang, String status, String text, boolean overdue, Sort sort, boolean descending) {
        this(lang, status, text, overdue, sort, descending, null);
    }

    /** The orders an article list offers, each with a tie-break on the id so pages never overlap. */
    public enum Sort {
        CREATED("a.created_at"),
        TITLE("lower(a.title)"),
        DUE("a.due_date"),
        PRIORITY("a.priority"),
        PROGRESS("(SELECT coalesce(sum(p.words_approved)::float8 / nullif(sum(p.words_total), 0), 0)"
                + " FROM live_progress p WHERE p.article_id = a.id)");

        private final String expression;

        Sort(String expression) {
            this.expression = expression;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sort fromId(String id) {
            for (Sort sort : values()) {
                if (sort.id().equals(id)) {
                    return sort;
                }
            }
            return CREATED;
        }

        String orderBy(boolean descending) {
            return orderBy(descending, null);
        }

        /** The order; a title sort in {@code collation} (a quoted SQL collation name) when one is given. */
        String orderBy(boolean descending, String collation) {
            String direction = descending ? " DESC" : " ASC";
            String nulls = this == DUE ? " NULLS LAST" : "";
            String by = this == TITLE && collation != null ? "a.title COLLATE " + collation : expression;
            return " ORDER BY " + by + direction + nulls + ", a.id" + direction;
        }
    }

    /** The list of the API: newest first, no overdue filter. */
    public static ArticleFilter of(String lang, String status, String text) {
        return new ArticleFilter(lang, status, text, false, Sort.CREATED, true);
    }
}
