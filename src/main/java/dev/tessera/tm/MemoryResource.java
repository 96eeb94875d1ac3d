package dev.tessera.tm;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
import dev.tessera.memory.Concordance;
import dev.tessera.memory.MemorySuggestions;
import dev.tessera.memory.MemoryViews.ConcordanceHit;
import dev.tessera.memory.MemoryViews.Suggestion;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The memory's lookups: suggestions for a text and concordance search. Who may look: anyone
 * who works in one of the pair's languages (editors and admins in all), since translators are
 * given target languages and read sources of any language.
 */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/memory")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Memory")
public class MemoryResource {

    public static final int MAX_TEXT = 5000;

    private final MemorySuggestions suggestions;
    private final Concordance concordance;
    private final CurrentUser currentUser;
    private final Languages languages;

    public MemoryResource(MemorySuggestions suggestions, Concordance concordance, CurrentUser currentUser,
                          Languages languages) {
        this.suggestions = suggestions;
        this.concordance = concordance;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Memory matches for a text, best first: score 0-100 (101 with the same neighbouring segments), "
            + "target with the text's inline codes, word differences")
    @APIResponse(responseCode = "200", description = "Up to limit suggestions; empty when none reaches minScore")
    @APIResponse(responseCode = "400", description = "Unknown language, same source and target, missing text (named)")
    @APIResponse(responseCode = "403", description = "NOT_IN_LANGUAGE: works in neither language of the pair")
    @APIResponse(responseCode = "404", description = "No segment with that segmentId")
    public List<Suggestion> suggest(@QueryParam("sourceLang") String sourceLang,
                                    @QueryParam("targetLang") String targetLang,
                                    @QueryParam("text") @NotBlank @Size(max = MAX_TEXT) String text,
                                    @QueryParam("segmentId") Long segmentId,
                                    @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit,
                                    @QueryParam("minScore") @DefaultValue("" + MemorySuggestions.DEFAULT_MIN_SCORE)
                                    @Min(1) @Max(101) int minScore) {
        String source = languages.require("sourceLang", sourceLang);
        String target = languages.require("targetLang", targetLang);
        if (source.equals(target)) {
            throw Problems.invalidField("targetLang", "must differ from sourceLang");
        }
        if (!currentUser.worksIn(source) && !currentUser.worksIn(target)) {
            throw Problems.notInLanguage(target); // neither the source nor the target language
        }
        MemorySuggestions.Context context = segmentId == null ? null : suggestions.contextOf(segmentId);
        return suggestions.suggest(source, target, text, context, limit, minScore);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Concordance: memory entries whose text in a language contains a phrase (case ignored)")
    @APIResponse(responseCode = "200", description = "One page of entries, newest first")
    @APIResponse(responseCode = "400", description = "Unknown language, or a phrase shorter than 2 characters (named)")
    public Page<ConcordanceHit> search(@QueryParam("q") @NotBlank @Size(min = 2, max = 200) String q,
                                       @QueryParam("lang") String lang, @Valid @BeanParam PageRequest page) {
        String language = languages.require("lang", lang);
        boolean everything = currentUser.has(Role.EDITOR) || currentUser.has(Role.ADMIN);
        Set<String> visible = everything ? null : currentUser.languages();
        return concordance.search(q.strip(), language, visible, page.page, page.size);
    }
}
