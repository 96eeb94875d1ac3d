package dev.tessera.progress;

import dev.tessera.api.PageRequest;
import dev.tessera.language.Languages;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Progress")
public class ProgressResource {

    private final ProgressQueries queries;
    private final Languages languages;

    public ProgressResource(ProgressQueries queries, Languages languages) {
        this.queries = queries;
        this.languages = languages;
    }

    @GET
    @Operation(summary = "Completeness per language over all articles, and per article (paged, sorted by percent approved)")
    @APIResponse(responseCode = "200", description = "Totals per language and a page of articles")
    @APIResponse(responseCode = "400", description = "Unknown language or invalid parameter (named)")
    public ProgressQueries.Overview overview(@QueryParam("lang") String lang,
                                             @QueryParam("sort") @DefaultValue("percentApproved")
                                             @Pattern(regexp = "-?percentApproved") String sort,
                                             @Valid @BeanParam PageRequest page) {
        return queries.overview(lang == null ? null : languages.require("lang", lang), !sort.startsWith("-"), page);
    }
}
