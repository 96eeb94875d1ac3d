package dev.tessera.auth;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.SecretShownOnce;
import dev.tessera.auth.AccountViews.CreateToken;
import dev.tessera.auth.AccountViews.CreatedToken;
import dev.tessera.auth.AccountViews.TokenView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts")
public class TokenResource {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    public TokenResource(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List one's own tokens; admins may pass userId or all=true")
    @APIResponse(responseCode = "200", description = "A page of tokens, newest first (never the secret)")
    @APIResponse(responseCode = "403", description = "Another user's tokens asked for by a non-admin")
    public Page<TokenView> list(@QueryParam("userId") Long userId, @QueryParam("all") @DefaultValue("false") boolean all,
                                @Valid @BeanParam PageRequest page) {
        return tokens.list(currentUser, userId, all, page);
    }

    @POST
    @Operation(summary = "Create a token (for oneself, or for userId by an admin); the token is shown only here")
    @APIResponse(responseCode = "201", description = "Created; the body holds the token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in the answer)")
    @APIResponse(responseCode = "403", description = "A token for another user asked for by a non-admin")
    @APIResponse(responseCode = "404", description = "No such user")
    @SecretShownOnce
    public Response create(@Valid @NotNull CreateToken request) {
        CreatedToken created = tokens.create(request, currentUser);
        return Response.created(URI.create("/api/tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token (one's own; admins any)")
    @APIResponse(responseCode = "200", description = "The revoked token")
    @APIResponse(responseCode = "403", description = "Another user's token, and not an admin")
    @APIResponse(responseCode = "404", description = "No such token")
    public TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id, currentUser);
    }
}
