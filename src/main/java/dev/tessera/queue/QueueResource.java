package dev.tessera.queue;

import dev.tessera.auth.CurrentUser;
import dev.tessera.language.Languages;
import dev.tessera.queue.QueueViews.Claim;
import dev.tessera.queue.QueueViews.Released;
import dev.tessera.queue.QueueViews.Waiting;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/queue")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Queue")
public class QueueResource {

    private final ClaimingSegments claiming;
    private final CurrentUser currentUser;
    private final Languages languages;

    public QueueResource(ClaimingSegments claiming, CurrentUser currentUser, Languages languages) {
        this.claiming = claiming;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @POST
    @Path("/{lang}/claim")
    @Operation(summary = "Claim a run of consecutive segments of one article that need work (or review)",
            description = "Claiming again returns the run one holds, renewed. With ahead=true, the run after the"
                    + " one being worked on is claimed as well (the current run's leases stay until each segment is"
                    + " submitted or the lease runs out), so the next segments are at hand before the last submit;"
                    + " one holds at most two runs, so claiming ahead again returns the same second run. Once the"
                    + " current run is done, the run claimed ahead becomes the current one.")
    @APIResponse(responseCode = "200", description = "The claimed run with context; empty when nothing waits")
    @APIResponse(responseCode = "400", description = "Unknown language or invalid parameter (named)")
    @APIResponse(responseCode = "403", description = "Not in the user's languages, or role missing")
    public Claim claim(@PathParam("lang") String lang,
                       @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(ClaimingSegments.MAX_LIMIT) int limit,
                       @QueryParam("articleId") Long articleId,
                       @QueryParam("role") @DefaultValue("translate") @Pattern(regexp = "translate|review") String role,
                       @Parameter(description = "Claim the next run while keeping the current one (at most two runs"
                               + " held); holding nothing, an ordinary claim")
                       @QueryParam("ahead") @DefaultValue("false") boolean ahead) {
        return claiming.claim(currentUser, languages.require("lang", lang), limit, articleId, "review".equals(role),
                ahead);
    }

    @POST
    @Path("/release")
    @Operation(summary = "Give back every segment one holds (in one language with lang=)")
    @APIResponse(responseCode = "200", description = "How many segments were released")
    @APIResponse(responseCode = "400", description = "Unknown language")
    public Released release(@QueryParam("lang") String lang) {
        return claiming.release(currentUser, lang == null ? null : languages.require("lang", lang));
    }

    @GET
    @Path("/{lang}")
    @Operation(summary = "How much work waits in a language, and how much the user holds")
    @APIResponse(responseCode = "200", description = "Segments and words waiting")
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "Not in the user's languages")
    public Waiting waiting(@PathParam("lang") String lang) {
        return claiming.waiting(currentUser, languages.require("lang", lang));
    }
}
