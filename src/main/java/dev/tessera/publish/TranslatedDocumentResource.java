package dev.tessera.publish;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.auth.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downloading an article reassembled in a target language, or a draft preview of it. */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/articles/{id}/translations/{lang}/document")
@Authenticated
@Tag(name = "Articles")
public class TranslatedDocumentResource {

    private final DocumentAssembly assembly;
    private final TranslatedDocuments documents;
    private final CurrentUser currentUser;

    public TranslatedDocumentResource(DocumentAssembly assembly, TranslatedDocuments documents, CurrentUser currentUser) {
        this.assembly = assembly;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The translated document in the original format; draft=true: a preview with unapproved segments in the source language")
    @APIResponse(responseCode = "200", description = "The document, with Content-Type, Content-Disposition and ETag (its SHA-256)")
    @APIResponse(responseCode = "403", description = "NOT_IN_LANGUAGE: a translator or reviewer outside their languages")
    @APIResponse(responseCode = "404", description = "No such article, or not translated into that language")
    @APIResponse(responseCode = "409", description = "LANGUAGE_INCOMPLETE: not every segment is approved yet (draft=true gives a preview)")
    public Response download(@PathParam("id") long id, @PathParam("lang") String lang,
                             @QueryParam("draft") @DefaultValue("false") boolean draft) {
        currentUser.requireLanguage(lang); // the document is the language's translations
        if (draft) {
            DocumentAssembly.Assembled preview = assembly.merge(assembly.load(id, lang));
            return answer(preview.bytes(), preview.sha256(), preview.contentType(), "draft." + preview.fileName())
                    .header("Cache-Control", "no-store").build();
        }
        DocumentAssembly.State state = assembly.state(id, lang);
        if (!state.complete()) {
            throw Problems.builder(ErrorCode.LANGUAGE_INCOMPLETE, state.approved() + " of " + state.segments()
                            + " segments are approved in '" + lang + "'; ask for draft=true for a preview")
                    .with("approved", state.approved()).with("segments", state.segments()).build();
        }
        // Normally stored by the worker; merged here when asked for before the worker got to it.
        TranslatedDocuments.Stored stored = documents.find(id, lang, state.revisionId(), state.targetsUpdatedAt())
                .orElseGet(() -> {
                    DocumentAssembly.Inputs inputs = assembly.load(id, lang);
                    return documents.store(inputs, assembly.merge(inputs));
                });
        return answer(stored.bytes(), stored.sha256(), stored.contentType(), stored.fileName()).build();
    }

    private static Response.ResponseBuilder answer(byte[] bytes, String sha256, String contentType, String fileName) {
        return Response.ok(bytes, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .header("ETag", "\"" + sha256 + "\"");
    }
}
