package dev.tessera.article;

import dev.tessera.api.NulCharacters;
import dev.tessera.api.Problems;
import dev.tessera.article.SourceUpdateViews.SegmentFixView;
import dev.tessera.article.SourceUpdateViews.SourceUpdateView;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Changing what an article's source is: a new revision (by article id, or by the publishing
 * system's external id, which also creates), and an editor's fixes of the segmentation.
 */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_ID, Role.ADMIN_ID})
@Tag(name = "Articles")
public class ArticleSourceResource {

    /** A split: the character offset in the segment's plain text where the second part starts. */
    public record SplitRequest(@NotNull Integer offset) {
    }

    private final SourceUpdate sourceUpdate;
    private final SegmentFixes fixes;
    private final ArticleQueries queries;
    private final CurrentUser currentUser;
    private final ImportConfig config;

    public ArticleSourceResource(SourceUpdate sourceUpdate, SegmentFixes fixes, ArticleQueries queries,
                                 CurrentUser currentUser, ImportConfig config) {
        this.sourceUpdate = sourceUpdate;
        this.fixes = fixes;
        this.queries = queries;
        this.currentUser = currentUser;
        this.config = config;
    }

    @PUT
    @Path("/by-external-id/{externalId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create an article from the raw document in the body, or make the bytes the source of the article with this external id")
    @APIResponse(responseCode = "201", description = "Imported: the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.ArticleView.class)))
    @APIResponse(responseCode = "200", description = "The article existed: the source update (changed=false when the bytes were the same)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceUpdateView.class)))
    @APIResponse(responseCode = "400", description = "Unknown language or invalid field (named)")
    @APIResponse(responseCode = "409", description = "The article is written in another source language")
    @APIResponse(responseCode = "413", description = "Document over the size limit")
    @APIResponse(responseCode = "415", description = "Unknown or unsupported format")
    @APIResponse(responseCode = "422", description = "Not a valid document of its format, unsafe XML, or nothing to translate")
    public Response upsertByExternalId(@PathParam("externalId") String externalId,
                                       @QueryParam("sourceLang") String sourceLang,
                                       @QueryParam("targetLangs") List<String> targetLangs,
                                       @QueryParam("title") String title, @QueryParam("format") String format,
                                       @QueryParam("fileName") String fileName,
                                       @QueryParam("priority") String priority, @QueryParam("dueDate") String dueDate,
                                       @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        byte[] bytes = ArticleResource.readLimited(config, body);
        ImportCommand command = new ImportCommand(bytes, fileName, contentType, format,
                ImportForm.required("sourceLang", sourceLang), ImportForm.splitLanguages(targetLangs),
                externalId, title, ImportForm.priority(priority), ImportForm.dueDate(dueDate));
        SourceUpdate.Upserted upserted = sourceUpdate.upsert(command, currentUser.id());
        if (upserted.created()) {
            return ArticleResource.answer(queries, new ArticleImporter.Outcome(upserted.articleId(), true));
        }
        return Response.ok(upserted.update()).build();
    }

    @PUT
    @Path("/{id}/source")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "A new revision of the source (multipart: file, optional format); translations carried over by sentence")
    @APIResponse(responseCode = "200", description = "Kept, moved, stale, new and removed segments per language; changed=false for the same bytes")
    @APIResponse(responseCode = "400", description = "Missing file")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "413", description = "Document over the size limit")
    @APIResponse(responseCode = "415", description = "Unknown or unsupported format")
    @APIResponse(responseCode = "422", description = "Not a valid document of its format, unsafe XML, or nothing to translate")
    public SourceUpdateView updateSource(@PathParam("id") long id, @RestForm("file") FileUpload file,
                                         @RestForm String format) throws IOException {
        if (file == null) {
            throw Problems.invalidField("file", "a document file is required");
        }
        ImportForm.checkSize(file.size(), config);
        NulCharacters.refuse("file", "form", file.fileName());
        NulCharacters.refuse("format", "form", format);
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        return sourceUpdate.update(id, ImportCommand.newSource(bytes, file.fileName(), file.contentType(),
                ImportForm.blankToNull(format)), currentUser.id());
    }

    @PUT
    @Path("/{id}/source")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new revision of the source from the raw document in the body (format: the query's, the file name's, else the article's)")
    @APIResponse(responseCode = "200", description = "Kept, moved, stale, new and removed segments per language; changed=false for the same bytes")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "413", description = "Document over the size limit")
    @APIResponse(responseCode = "415", description = "Unknown or unsupported format")
    @APIResponse(responseCode = "422", description = "Not a valid document of its format, unsafe XML, or nothing to translate")
    public SourceUpdateView updateSourceRaw(@PathParam("id") long id, @QueryParam("format") String format,
                                            @QueryParam("fileName") String fileName,
                                            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        byte[] bytes = ArticleResource.readLimited(config, body);
        return sourceUpdate.update(id, ImportCommand.newSource(bytes, ImportForm.blankToNull(fileName), contentType,
                ImportForm.blankToNull(format)), currentUser.id());
    }

    @POST
    @Path("/{id}/segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split a segment of the current revision at a character offset of its plain text")
    @APIResponse(responseCode = "200", description = "The two segments; translations with a target became STALE")
    @APIResponse(responseCode = "400", description = "Offset missing or not strictly inside the text")
    @APIResponse(responseCode = "404", description = "No such article or segment")
    @APIResponse(responseCode = "410", description = "The segment is not in the article's current revision")
    @APIResponse(responseCode = "422", description = "An inline-code pair would be cut in two")
    public SegmentFixView split(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
                                @Valid @NotNull SplitRequest request) {
        return fixes.split(id, segmentId, request.offset(), currentUser.id());
    }

    @POST
    @Path("/{id}/segments/{segmentId}/merge-next")
    @Operation(summary = "Join a segment with the next segment of the same text unit")
    @APIResponse(responseCode = "200", description = "The joined segment; translations with a target became STALE")
    @APIResponse(responseCode = "404", description = "No such article or segment")
    @APIResponse(responseCode = "409", description = "The segment is the last one, or the next one is in another text unit")
    @APIResponse(responseCode = "410", description = "The segment is not in the article's current revision")
    public SegmentFixView mergeNext(@PathParam("id") long id, @PathParam("segmentId") long segmentId) {
        return fixes.mergeNext(id, segmentId, currentUser.id());
    }
}
