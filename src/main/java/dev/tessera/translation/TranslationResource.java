package dev.tessera.translation;

import dev.tessera.auth.CurrentUser;
import dev.tessera.language.Languages;
import dev.tessera.translation.TranslationViews.ApproveRequest;
import dev.tessera.translation.TranslationViews.CommentRequest;
import dev.tessera.translation.TranslationViews.CommentView;
import dev.tessera.translation.TranslationViews.DetailView;
import dev.tessera.translation.TranslationViews.RejectRequest;
import dev.tessera.translation.TranslationViews.SaveRequest;
import dev.tessera.translation.TranslationViews.SavedView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/segments/{segmentId}/translations/{lang}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Translations")
public class TranslationResource {

    private final TranslationWorkflow workflow;
    private final CurrentUser currentUser;
    private final Languages languages;

    public TranslationResource(TranslationWorkflow workflow, CurrentUser currentUser, Languages languages) {
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @GET
    @Operation(summary = "A segment's translation with its source, history and comments")
    @APIResponse(responseCode = "200", description = "The translation")
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "NOT_IN_LANGUAGE: not one of the user's languages")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    public DetailView get(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang) {
        String code = languages.require("lang", lang);
        currentUser.requireLanguage(code); // the translation, its history and comments are the language's
        return workflow.detail(segmentId, code);
    }

    @PUT
    @Operation(summary = "Save (DRAFT) or submit (TRANSLATED) a target, starting from a version")
    @APIResponse(responseCode = "200", description = "Saved; warnings of the checks included")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not in the user's languages, or role missing")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    @APIResponse(responseCode = "409", description = "Stale version, held by another translator, or approved; body has the current state")
    @APIResponse(responseCode = "422", description = "Failed checks (inline codes, empty target), listed")
    public SavedView save(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang,
                          @Valid @NotNull SaveRequest request) {
        return workflow.save(segmentId, languages.require("lang", lang), request, Actors.of(currentUser));
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve a submitted translation (reviewers, editors, admins)")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not a reviewer in this language, or one's own translation")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    @APIResponse(responseCode = "409", description = "Stale version or not submitted; body has the current state")
    public SavedView approve(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang,
                             @Valid @NotNull ApproveRequest request) {
        return workflow.approve(segmentId, languages.require("lang", lang), request.version(), Actors.of(currentUser));
    }

    @POST
    @Path("/reject")
    @Operation(summary = "Send a submitted or approved translation back to the translator, with a comment")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "Comment missing or invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not a reviewer in this language")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    @APIResponse(responseCode = "409", description = "Stale version or nothing to reject; body has the current state")
    public SavedView reject(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang,
                            @Valid @NotNull RejectRequest request) {
        return workflow.reject(segmentId, languages.require("lang", lang), request.version(), request.comment(),
                Actors.of(currentUser));
    }

    @POST
    @Path("/comments")
    @Operation(summary = "Comment on a segment in a language")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "Empty comment")
    @APIResponse(responseCode = "403", description = "Not in the user's languages")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    public Response comment(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang,
                            @Valid @NotNull CommentRequest request) {
        CommentView comment = workflow.comment(segmentId, languages.require("lang", lang), request.body(),
                Actors.of(currentUser));
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }
}
