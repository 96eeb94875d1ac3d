package dev.tessera.web;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.article.ArticleQueries;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.article.ImportCommand;
import dev.tessera.article.ImportConfig;
import dev.tessera.article.ImportForm;
import dev.tessera.article.SegmentFixes;
import dev.tessera.article.SourceUpdate;
import dev.tessera.article.SourceUpdateViews.SourceUpdateView;
import dev.tessera.auth.CurrentUser;
import dev.tessera.common.WordDiff;
import dev.tessera.auth.Role;
import dev.tessera.exchange.ExchangeRequests;
import dev.tessera.exchange.ImportReport;
import dev.tessera.exchange.XliffImport;
import dev.tessera.translation.Actors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The forms of the article page that change it: a new revision of the source (editors), an
 * XLIFF file back from a CAT tool (anyone, in their languages), and an editor's split or
 * merge of a segment. Each goes through the same service as its API endpoint; the answer
 * page shows what happened (kept, stale, new per language; applied and refused units).
 */
@Path("/articles/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticleChangePages {

    /** The marker an editor puts into the segment's text where it is to be cut. */
    static final String CUT = "|";

    /** One target language after a source update: what became of its translations. */
    public record LanguageOutcome(String name, int kept, int moved, int stale, int added, int removed) {
    }

    /** A changed sentence that kept its old target: its place (counted from 1), similarity and word diff. */
    public record ChangedSentence(int number, int score, List<WordDiff.Piece> diff) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance updated(PageFrame frame, ArticleView article, boolean changed,
                                               List<LanguageOutcome> languages, List<ChangedSentence> changedSentences);

        static native TemplateInstance imported(PageFrame frame, ArticleView article, ImportReport report,
                                                String languageName);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final ArticleQueries articles;
    private final SourceUpdate sourceUpdate;
    private final SegmentFixes fixes;
    private final XliffImport xliff;
    private final ExchangeRequests exchange;
    private final ImportConfig config;
    private final CurrentUser user;

    public ArticleChangePages(Visitor visitor, UiLocale ui, ArticleQueries articles, SourceUpdate sourceUpdate,
                              SegmentFixes fixes, XliffImport xliff, ExchangeRequests exchange, ImportConfig config,
                              CurrentUser user) {
        this.visitor = visitor;
        this.ui = ui;
        this.articles = articles;
        this.sourceUpdate = sourceUpdate;
        this.fixes = fixes;
        this.xliff = xliff;
        this.exchange = exchange;
        this.config = config;
        this.user = user;
    }

    @POST
    @Path("source")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    public TemplateInstance newRevision(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw Problems.invalid(ErrorCode.VALIDATION_FAILED, "file", "form", "a document file is required");
        }
        ImportForm.checkSize(file.size(), config);
        SourceUpdateView update = sourceUpdate.update(id, ImportCommand.newSource(Files.readAllBytes(file.uploadedFile()),
                file.fileName(), file.contentType(), null), user.id());
        List<LanguageOutcome> outcomes = update.languages().stream().map(l -> new LanguageOutcome(
                ui.languageName(l.lang()), l.kept(), l.moved(), l.stale(), l.added(), l.removed())).toList();
        List<ChangedSentence> changed = update.staleSegments().stream()
                .map(s -> new ChangedSentence(s.position() + 1, s.score(), s.diff())).toList();
        return Templates.updated(visitor.frame(update.article().title(), "article"), update.article(), update.changed(),
                outcomes, changed).setLocale(ui.locale());
    }

    @POST
    @Path("xliff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance importXliff(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        byte[] bytes = exchange.upload(file);
        ImportReport report = xliff.importFile(id, file.fileName(), bytes, Actors.of(user));
        ArticleView article = articles.get(id);
        return Templates.imported(visitor.frame(article.title(), "article"), article, report,
                ui.languageName(report.lang())).setLocale(ui.locale());
    }

    /** Splits where the editor put {@value #CUT} into the segment's text (which must otherwise be unchanged). */
    @POST
    @Path("segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    public Response split(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
                          @FormParam("text") String text, @FormParam("original") String original,
                          @FormParam("back") String back) {
        fixes.split(id, segmentId, cutOffset(text, original), user.id());
        return Response.seeOther(URI.create(backTo(id, back))).build();
    }

    @POST
    @Path("segments/{segmentId}/merge-next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    public Response mergeNext(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
                              @FormParam("back") String back) {
        fixes.mergeNext(id, segmentId, user.id());
        return Response.seeOther(URI.create(backTo(id, back))).build();
    }

    /**
     * The character offset of the one cut marker in {@code text}, which without the marker must be
     * {@code original} (the plain text the form showed): anything else is refused naming {@code text}.
     */
    static int cutOffset(String text, String original) {
        if (text == null || original == null) {
            throw Problems.invalid(ErrorCode.VALIDATION_FAILED, "text", "form", "put " + CUT + " where the segment is to be cut");
        }
        int at = 0;
        while (at < original.length() && at < text.length() && text.charAt(at) == original.charAt(at)) {
            at++;
        }
        if (text.length() != original.length() + 1 || !text.startsWith(CUT, at)
                || !text.substring(at + 1).equals(original.substring(at))) {
            throw Problems.invalid(ErrorCode.VALIDATION_FAILED, "text", "form",
                    "put exactly one " + CUT + " into the unchanged text, where the segment is to be cut");
        }
        return at;
    }

    /** The article page the form came from (its filters and page), never another path. */
    static String backTo(long id, String back) {
        String page = "/articles/" + id;
        return back != null && (back.equals(page) || back.startsWith(page + "?")) && !back.contains("//") ? back : page;
    }
}
