package dev.tessera.translation;

import dev.tessera.auth.CurrentUser;
import dev.tessera.language.Languages;
import dev.tessera.translation.check.CheckResult;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The checks of a translation, run without saving (the reviewer workbench shows their warnings). */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/segments/{segmentId}/translations/{lang}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Translations")
public class TranslationCheckResource {

    /**
     * @param target     the text to check in the inline notation; null checks the stored target
     * @param submitting check as a submission (the default) rather than a draft
     */
    public record CheckRequest(@Size(max = 100_000) String target, Boolean submitting) {
    }

    /** Every finding, errors first: {@code checkId}, {@code severity} (ERROR or WARNING), {@code message}. */
    public record CheckReport(List<CheckResult> checks, boolean passes) {
    }

    private final TranslationChecking checking;
    private final CurrentUser currentUser;
    private final Languages languages;

    public TranslationCheckResource(TranslationChecking checking, CurrentUser currentUser, Languages languages) {
        this.checking = checking;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @POST
    @Operation(summary = "Run the checks on a target (given, or the stored one) without saving anything")
    @APIResponse(responseCode = "200", description = "The findings (errors first, then warnings) and whether a submit would pass")
    @APIResponse(responseCode = "400", description = "Unknown language, or a target over 100,000 characters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "NOT_IN_LANGUAGE: not one of the user's languages")
    @APIResponse(responseCode = "404", description = "No such segment or language")
    public CheckReport check(@PathParam("segmentId") long segmentId, @PathParam("lang") String lang,
                             @Valid CheckRequest request) {
        String code = languages.require("lang", lang);
        currentUser.requireLanguage(code);
        CheckRequest body = request == null ? new CheckRequest(null, null) : request;
        List<CheckResult> results = checking.check(segmentId, code, body.target(),
                body.submitting() == null || body.submitting());
        return new CheckReport(results, !dev.tessera.translation.check.Checks.hasErrors(results));
    }
}
