package dev.tessera.web;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ArticleQueries;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.article.DocumentProblems;
import dev.tessera.document.DocumentException;
import dev.tessera.article.ArticleViews.SegmentTranslation;
import dev.tessera.article.ArticleViews.SegmentView;
import dev.tessera.article.ImportConfig;
import dev.tessera.article.ImportForm;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
import dev.tessera.status.Status;
import dev.tessera.web.PageFrame.Link;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The import page and the article page. Importing is a plain multipart form that answers with
 * a redirect to the new article; a refused document shows the form again with the reason.
 */
@Path("/articles")
@Authenticated
public class ArticlePages {

    static final int SEGMENTS_PER_PAGE = 50;

    /** A target language on the article page: its bar and where its documents are. */
    public record LanguageBox(ProgressBar bar, String counts, String document, String draft) {
    }

    /** One cell of the segments table: a target language's status and text. */
    public record Cell(String lang, String status, String statusName, String target) {
    }

    /** A row of the segments table; {@code id} and {@code plainText} feed the editors' split and merge forms. */
    public record SegmentRow(long id, int position, String source, String plainText, List<Cell> cells) {
    }

    public record ImportFields(String sourceLang, List<String> targetLangs, String priority, String dueDate,
                               String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageFrame frame, List<Link> languages, ImportFields fields, String error,
                                            String maxSize);

        static native TemplateInstance article(PageFrame frame, ArticleView article, String source, String due,
                                               List<LanguageBox> languages, List<SegmentRow> segments,
                                               List<Link> langFilter, List<Link> statusFilter, String pageSummary,
                                               String previous, String next, boolean editor, List<Link> xliff,
                                               String back);

        static native TemplateInstance article$segments(ArticleView article, List<SegmentRow> segments,
                                                        String pageSummary, String previous, String next,
                                                        boolean editor, String back);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final UiText text;
    private final ArticleQueries articles;
    private final ArticleImporter importer;
    private final ImportConfig config;
    private final Languages languages;
    private final CurrentUser user;

    public ArticlePages(Visitor visitor, UiLocale ui, UiText text, ArticleQueries articles, ArticleImporter importer,
                        ImportConfig config, Languages languages, CurrentUser user) {
        this.visitor = visitor;
        this.ui = ui;
        this.text = text;
        this.articles = articles;
        this.importer = importer;
        this.config = config;
        this.languages = languages;
        this.user = user;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    public TemplateInstance importForm() {
        String source = languages.codes().get(0);
        return form(new ImportFields(source, languages.codes().stream().filter(l -> !l.equals(source)).toList(),
                "0", "", ""), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    public Response importArticle(@BeanParam ImportForm form) throws IOException {
        try {
            long id = importer.importArticle(form.command(config), user.id()).articleId();
            return Response.seeOther(URI.create("/articles/" + id)).build();
        } catch (HttpProblem problem) {
            return refused(form, problem.getStatusCode(), problem.getDetail());
        } catch (DocumentException problem) {
            return refused(form, DocumentProblems.codeOf(problem).status(), problem.getMessage());
        }
    }

    /** The form again, filled in as it was sent, with the reason of the refusal. */
    private Response refused(ImportForm form, int status, String reason) {
        ImportFields fields = new ImportFields(form.sourceLang, form.targetLangs == null ? List.of() : form.targetLangs,
                form.priority, form.dueDate, form.title);
        return Response.status(status).entity(form(fields, reason)).build();
    }

    private TemplateInstance form(ImportFields fields, String error) {
        List<Link> langs = languages.codes().stream().map(l -> new Link(l, ui.languageName(l), false)).toList();
        return Templates.form(visitor.frame(text.importArticle(), "import"), langs, fields, error,
                ui.number(config.maxDocumentSize().asLongValue() / (1024 * 1024)) + " MB").setLocale(ui.locale());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance article(@PathParam("id") long id, @QueryParam("lang") String lang,
                                    @QueryParam("status") String status, @QueryParam("page") int page,
                                    @HeaderParam("HX-Request") String htmx) {
        ArticleView article = articles.get(id);
        // Translators and reviewers see the translations of their own languages only, as in the API.
        java.util.Set<String> visible = new java.util.HashSet<>(visitor.workLanguages());
        String filterLang = lang != null && article.targetLangs().contains(lang) && visible.contains(lang) ? lang : null;
        String filterStatus = Arrays.stream(Status.values()).anyMatch(s -> s.name().equals(status)) ? status : null;
        PageRequest request = new PageRequest();
        request.page = Math.max(0, page);
        request.size = SEGMENTS_PER_PAGE;
        Page<SegmentView> segments = articles.segments(id, filterLang, visible, filterStatus, request);
        List<SegmentRow> rows = segments.items().stream().map(s -> row(s, article.targetLangs())).toList();
        long pages = Math.max(1, (segments.total() + SEGMENTS_PER_PAGE - 1) / SEGMENTS_PER_PAGE);
        String base = "/articles/" + id + "?" + (filterLang != null ? "lang=" + filterLang + "&" : "")
                + (filterStatus != null ? "status=" + filterStatus + "&" : "") + "page=";
        String previous = request.page > 0 ? base + (request.page - 1) : null;
        String next = request.page + 1 < pages ? base + (request.page + 1) : null;
        String summary = text.pageOf(ui.number(request.page + 1L), ui.number(pages), ui.number(segments.total()));
        String back = base + request.page;
        if (htmx != null) {
            return Templates.article$segments(article, rows, summary, previous, next, visitor.editor(), back)
                    .setLocale(ui.locale());
        }
        List<LanguageBox> boxes = article.progress().stream().map(p -> {
            var s = p.segmentsByStatus();
            String counts = text.articleCounts(ui.number(s.get("APPROVED")), ui.number(s.get("TRANSLATED")),
                    ui.number(p.segments()));
            String document = "/api/articles/" + id + "/translations/" + p.lang() + "/document";
            return new LanguageBox(ProgressBar.of(p, ui, text), counts, p.complete() ? document : null,
                    document + "?draft=true");
        }).toList();
        // XLIFF export links for the target languages this person may work in
        List<Link> xliff = article.targetLangs().stream().filter(visible::contains)
                .map(l -> new Link("/api/articles/" + id + "/xliff?lang=" + l, ui.languageName(l), false)).toList();
        List<Link> langFilter = article.targetLangs().stream()
                .map(l -> new Link(l, ui.languageName(l), l.equals(filterLang))).toList();
        List<Link> statusFilter = new ArrayList<>();
        for (Status s : Status.values()) {
            statusFilter.add(new Link(s.name(), DashboardPage.statusName(text, s.name()), s.name().equals(filterStatus)));
        }
        return Templates.article(visitor.frame(article.title(), "article"), article, ui.languageName(article.sourceLang()),
                ui.date(article.dueDate()), boxes, rows, langFilter, statusFilter, summary, previous, next,
                visitor.editor(), xliff, back).setLocale(ui.locale());
    }

    private SegmentRow row(SegmentView s, List<String> targets) {
        List<Cell> cells = new ArrayList<>();
        for (String lang : targets) {
            SegmentTranslation t = s.translations().get(lang);
            if (t != null) {
                cells.add(new Cell(lang, t.status().toLowerCase(java.util.Locale.ROOT),
                        DashboardPage.statusName(text, t.status()), t.target()));
            }
        }
        return new SegmentRow(s.id(), s.position() + 1, s.source(), s.plainText(), cells); // people count from 1
    }
}
