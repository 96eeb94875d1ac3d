package dev.tessera.article;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.NulCharacters;
import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.article.ArticleViews.ArticleView;
import dev.tessera.article.ArticleViews.SegmentView;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
import dev.tessera.progress.ProgressView;
import dev.tessera.status.Status;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleImporter importer;
    private final ArticleQueries queries;
    private final CurrentUser currentUser;
    private final Languages languages;
    private final ImportConfig config;
    private final ArticleManagement management;

    public ArticleResource(ArticleImporter importer, ArticleQueries queries, CurrentUser currentUser,
                           Languages languages, ImportConfig config, ArticleManagement management) {
        this.management = management;
        this.importer = importer;
        this.queries = queries;
        this.currentUser = currentUser;
        this.languages = languages;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    @Operation(summary = "Import a source article (multipart: file, sourceLang, targetLangs, externalId, title, format, priority, dueDate)")
    @APIResponse(responseCode = "201", description = "Imported: article, revision, segments, translations, progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "The same bytes were imported before: the existing article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Missing file, unknown language or invalid field (named)")
    @APIResponse(responseCode = "409", description = "The external id belongs to an article with another source")
    @APIResponse(responseCode = "413", description = "Document over the size limit, or a DOCX that unpacks too large")
    @APIResponse(responseCode = "415", description = "Unknown or unsupported format")
    @APIResponse(responseCode = "422", description = "Not a valid document of its format, unsafe XML, or nothing to translate")
    public Response importArticle(@BeanParam ImportForm form) throws IOException {
        return answer(queries, importer.importArticle(form.command(config), currentUser.id()));
    }

    @GET
    @Operation(summary = "List articles, newest first; filter by language, status in that language, and text")
    @APIResponse(responseCode = "200", description = "A page of articles with per-language progress")
    @APIResponse(responseCode = "400", description = "Unknown language or status")
    public Page<ArticleView> list(@QueryParam("lang") String lang, @QueryParam("status") String status,
                                  @QueryParam("q") String text, @Valid @BeanParam PageRequest page) {
        return queries.list(lang == null ? null : languages.require("lang", lang), status(status), text, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its current revision and per-language progress")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    @Operation(summary = "Change title, priority, due date or target languages",
            description = "Members left out stay. A new target language gets a NEW translation per segment and its"
                    + " counters; a removed one (needs confirm=true) leaves every queue and count, its translations"
                    + " and history kept; adding it again brings them back.")
    @APIResponse(responseCode = "200", description = "The article as it is now")
    @APIResponse(responseCode = "400", description = "Invalid title, priority, date or language (named)")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "REMOVAL_UNCONFIRMED: a target language would be removed without confirm=true")
    @APIResponse(responseCode = "410", description = "ARTICLE_ARCHIVED: the article is archived")
    public ArticleView patch(@PathParam("id") long id, @QueryParam("confirm") boolean confirm, ArticlePatch patch) {
        if (patch == null) {
            throw Problems.of(ErrorCode.BAD_REQUEST, "A JSON object with the members to change is required");
        }
        return management.patch(id, patch, confirm);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
    @Operation(summary = "Archive an article (admins: purge=true deletes it for good)",
            description = "Archive: its work leaves every queue and every count at once; nothing is deleted and reads"
                    + " say it is archived; saves on it answer 410 ARTICLE_ARCHIVED. purge=true (admins only) deletes"
                    + " the article with its revisions, segments, translations, history, comments, events and documents.")
    @APIResponse(responseCode = "200", description = "Archived: the article as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "204", description = "Purged")
    @APIResponse(responseCode = "404", description = "No such article")
    public Response archive(@PathParam("id") long id, @QueryParam("purge") boolean purge) {
        if (!purge) {
            return Response.ok(management.archive(id, currentUser.id())).build();
        }
        if (!currentUser.has(Role.ADMIN)) {
            throw Problems.of(ErrorCode.ROLE_MISSING, "Only an admin may purge an article; editors archive it");
        }
        management.purge(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "Segments and words by status per target language, read from the progress rows")
    @APIResponse(responseCode = "200", description = "Progress per target language")
    @APIResponse(responseCode = "404", description = "No such article")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return queries.progress(id);
    }

    @GET
    @Path("/{id}/segments")
    @Operation(summary = "The current revision's segments in order, with each target language's status and target")
    @APIResponse(responseCode = "200", description = "A page of segments")
    @APIResponse(responseCode = "400", description = "Unknown language or status")
    @APIResponse(responseCode = "403", description = "NOT_IN_LANGUAGE: lang is not one of the user's languages")
    @APIResponse(responseCode = "404", description = "No such article")
    public Page<SegmentView> segments(@PathParam("id") long id, @QueryParam("lang") String lang,
                                      @QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        if (lang != null) {
            currentUser.requireLanguage(languages.require("lang", lang));
        }
        // Translators and reviewers see the translations of their own languages only.
        Set<String> visible = languages.codes().stream().filter(currentUser::worksIn).collect(Collectors.toSet());
        return queries.segments(id, lang, visible, status(status), page);
    }

    @GET
    @Path("/{id}/source")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The current revision's original document, byte for byte")
    @APIResponse(responseCode = "200", description = "The original bytes with their content type")
    @APIResponse(responseCode = "404", description = "No such article")
    public Response source(@PathParam("id") long id) {
        Revision revision = queries.source(id);
        String name = revision.fileName != null ? revision.fileName : "article-" + id + "." + revision.format;
        return Response.ok(revision.original, revision.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .header("ETag", "\"" + revision.sha256 + "\"")
                .build();
    }

    static Response answer(ArticleQueries queries, ArticleImporter.Outcome outcome) {
        ArticleView view = queries.get(outcome.articleId());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/articles/" + view.id())).entity(view).build();
    }

    /** The body of a raw-document request, read up to one byte over the limit (413 above it). */
    static byte[] readLimited(ImportConfig config, InputStream body) throws IOException {
        long limit = config.maxDocumentSize().asLongValue();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        ImportForm.checkSize(bytes.length, config);
        return bytes;
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Status known = Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (!known.counted()) {
                throw new IllegalArgumentException(known.name());
            }
            return known.name();
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("status", "must be one of "
                    + Arrays.stream(Status.values()).filter(Status::counted).toList());
        }
    }
}
