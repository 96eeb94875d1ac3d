package dev.tessera.web;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.article.ArticleFilter;
import dev.tessera.article.ArticleFilter.Sort;
import dev.tessera.article.ArticleQueries;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.auth.CurrentUser;
import dev.tessera.language.Languages;
import dev.tessera.progress.ProgressQueries;
import dev.tessera.progress.ProgressView;
import dev.tessera.queue.ClaimingSegments;
import dev.tessera.queue.QueueViews.Waiting;
import dev.tessera.status.Status;
import dev.tessera.web.PageFrame.Link;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard: for editors the languages × status summary and the articles table (filtered,
 * sorted and paged in the database, counts read from the progress rows); for translators and
 * reviewers the way into their workbenches with the amount waiting. htmx asks for the table
 * alone when a filter, a sort or a page changes; without JavaScript the same URL gives the page.
 */
@Path("/")
@Authenticated
public class DashboardPage {

    static final int PAGE_SIZE = 25;

    /** One language's totals over all articles. */
    public record LanguageRow(String name, String segNew, String segWork, String segReview, String segApproved,
                              String wordsNew, String wordsWork, String wordsReview, String wordsApproved,
                              ProgressBar bar) {
    }

    public record ArticleRow(long id, String title, String source, List<ProgressBar> bars, String due, boolean late,
                             int priority, String imported) {
    }

    /** A way into a workbench: "Translate Turkish — 12 segments (340 words) waiting". */
    public record WorkCard(String href, String label, String amount, boolean empty) {
    }

    /** A sortable column header. */
    public record Column(String label, String href, String ariaSort) {
    }

    public record Filters(String lang, String status, boolean overdue, String q, List<Link> languages,
                          List<Link> statuses) {
    }

    public record Pager(String summary, String previous, String next) {
    }

    public record Table(Filters filters, List<Column> columns, List<ArticleRow> rows, Pager pager, boolean empty,
                        boolean filtered) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageFrame frame, List<WorkCard> work, List<LanguageRow> languages,
                                             Table table, boolean nothingYet);

        static native TemplateInstance index$articles(Table table);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final UiText text;
    private final ArticleQueries articles;
    private final ProgressQueries progress;
    private final ClaimingSegments queue;
    private final CurrentUser user;
    private final Languages languages;

    public DashboardPage(Visitor visitor, UiLocale ui, UiText text, ArticleQueries articles, ProgressQueries progress,
                         ClaimingSegments queue, CurrentUser user, Languages languages) {
        this.visitor = visitor;
        this.ui = ui;
        this.text = text;
        this.articles = articles;
        this.progress = progress;
        this.queue = queue;
        this.user = user;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("lang") String lang, @QueryParam("status") String status,
                                  @QueryParam("overdue") String overdue, @QueryParam("q") String q,
                                  @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                                  @QueryParam("page") int page, @HeaderParam("HX-Request") String htmx) {
        Query query = new Query(languages.isKnown(lang) ? lang : null, status(status), overdue != null && !overdue.isBlank(),
                q == null ? "" : q.strip(), Sort.fromId(sort), dir == null ? null : "desc".equals(dir), Math.max(0, page));
        Table table = visitor.editor() ? table(query) : null;
        if (htmx != null && table != null) {
            return Templates.index$articles(table).setLocale(ui.locale());
        }
        List<LanguageRow> totals = visitor.editor() ? languageRows() : List.of();
        boolean nothingYet = visitor.editor() && table.empty() && !table.filtered();
        return Templates.index(visitor.frame(text.dashboard(), "dashboard"), workCards(), totals, table, nothingYet)
                .setLocale(ui.locale());
    }

    /** The request's filter, sort and page; {@code descending} null means the sort's natural direction. */
    record Query(String lang, String status, boolean overdue, String q, Sort sort, Boolean descending, int page) {

        boolean descendingOrDefault() {
            return descending != null ? descending : sort == Sort.CREATED || sort == Sort.PRIORITY;
        }

        String href(Sort sort, Boolean descending, int page) {
            StringBuilder href = new StringBuilder("/?");
            if (lang != null) {
                href.append("lang=").append(lang).append('&');
            }
            if (status != null) {
                href.append("status=").append(status).append('&');
            }
            if (overdue) {
                href.append("overdue=1&");
            }
            if (!q.isEmpty()) {
                href.append("q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
            href.append("sort=").append(sort.id());
            if (descending != null) {
                href.append("&dir=").append(descending ? "desc" : "asc");
            }
            return page > 0 ? href.append("&page=").append(page).toString() : href.toString();
        }
    }

    private Table table(Query query) {
        PageRequest request = new PageRequest();
        request.page = query.page();
        request.size = PAGE_SIZE;
        boolean descending = query.descendingOrDefault();
        // titles in the page language's alphabetical order
        Page<ArticleView> found = articles.list(new ArticleFilter(query.lang(), query.status(), query.q(),
                query.overdue(), query.sort(), descending, ui.locale()), request);
        LocalDate today = LocalDate.now();
        List<ArticleRow> rows = found.items().stream().map(a -> new ArticleRow(a.id(), a.title(),
                ui.languageName(a.sourceLang()), a.progress().stream().map(p -> ProgressBar.of(p, ui, text)).toList(),
                ui.date(a.dueDate()), a.dueDate() != null && a.dueDate().isBefore(today)
                && a.progress().stream().anyMatch(p -> !p.complete()), a.priority(),
                ui.date(LocalDate.ofInstant(a.createdAt(), java.time.ZoneId.systemDefault())))).toList();
        List<Column> columns = List.of(column(query, Sort.TITLE, text.columnTitle()),
                column(query, Sort.PROGRESS, text.columnProgress()), column(query, Sort.DUE, text.columnDue()),
                column(query, Sort.PRIORITY, text.columnPriority()), column(query, Sort.CREATED, text.columnImported()));
        long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        Pager pager = new Pager(text.pageOf(ui.number(query.page() + 1L), ui.number(Math.max(1, pages)),
                ui.number(found.total())),
                query.page() > 0 ? query.href(query.sort(), query.descending(), query.page() - 1) : null,
                query.page() + 1 < pages ? query.href(query.sort(), query.descending(), query.page() + 1) : null);
        return new Table(filters(query), columns, rows, pager, rows.isEmpty(),
                query.lang() != null || query.status() != null || query.overdue() || !query.q().isEmpty());
    }

    private Column column(Query query, Sort sort, String label) {
        boolean current = query.sort() == sort;
        boolean descending = query.descendingOrDefault();
        String ariaSort = current ? (descending ? "descending" : "ascending") : null;
        Boolean next = current ? Boolean.valueOf(!descending) : null;
        return new Column(label, query.href(sort, next, 0), ariaSort);
    }

    private Filters filters(Query query) {
        List<Link> langs = new ArrayList<>();
        for (String code : languages.codes()) {
            langs.add(new Link(code, ui.languageName(code), code.equals(query.lang())));
        }
        List<Link> statuses = Arrays.stream(Status.values())
                .map(s -> new Link(s.name(), statusName(text, s.name()), s.name().equals(query.status()))).toList();
        return new Filters(query.lang(), query.status(), query.overdue(), query.q(), langs, statuses);
    }

    static String statusName(UiText text, String status) {
        return switch (status) {
            case "NEW" -> text.statusNew();
            case "DRAFT" -> text.statusDraft();
            case "TRANSLATED" -> text.statusTranslated();
            case "REJECTED" -> text.statusRejected();
            case "APPROVED" -> text.statusApproved();
            default -> text.statusStale();
        };
    }

    private List<LanguageRow> languageRows() {
        List<LanguageRow> rows = new ArrayList<>();
        for (ProgressView p : progress.languageTotals(null)) {
            var s = p.segmentsByStatus();
            var w = p.wordsByStatus();
            rows.add(new LanguageRow(ui.languageName(p.lang()), ui.number(s.get("NEW")),
                    ui.number(s.get("DRAFT") + s.get("REJECTED") + s.get("STALE")), ui.number(s.get("TRANSLATED")),
                    ui.number(s.get("APPROVED")), ui.number(w.get("NEW")),
                    ui.number(w.get("DRAFT") + w.get("REJECTED") + w.get("STALE")), ui.number(w.get("TRANSLATED")),
                    ui.number(w.get("APPROVED")), ProgressBar.of(p, ui, text)));
        }
        return rows;
    }

    private List<WorkCard> workCards() {
        List<WorkCard> cards = new ArrayList<>();
        if (!visitor.translates() && !visitor.reviews()) {
            return cards;
        }
        for (String lang : visitor.workLanguages()) {
            Waiting waiting = queue.waiting(user, lang);
            String name = ui.languageName(lang);
            if (visitor.translates()) {
                int segments = waiting.rejected() + waiting.stale() + waiting.draft() + waiting.newSegments();
                cards.add(new WorkCard("/translate/" + lang, text.translateInto(name),
                        text.waitingAmount(ui.number(segments), ui.number(waiting.words())), segments == 0));
            }
            if (visitor.reviews()) {
                cards.add(new WorkCard("/review/" + lang, text.reviewIn(name),
                        text.waitingAmount(ui.number(waiting.awaitingReview()), ui.number(waiting.awaitingReviewWords())),
                        waiting.awaitingReview() == 0));
            }
        }
        return cards;
    }

    private static String status(String value) {
        return value != null && Arrays.stream(Status.values()).anyMatch(s -> s.name().equals(value)) ? value : null;
    }
}
