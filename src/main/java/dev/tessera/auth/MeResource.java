package dev.tessera.auth;

import dev.tessera.auth.AccountViews.ChangePassword;
import dev.tessera.auth.AccountViews.Me;
import dev.tessera.auth.AccountViews.UserView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts")
public class MeResource {

    private final CurrentUser currentUser;
    private final Accounts accounts;

    public MeResource(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "The signed-in user or the owner of the token")
    @APIResponse(responseCode = "200", description = "The current user")
    public Me me() {
        UserView user = accounts.get(currentUser.id());
        return new Me(user.id(), user.username(), user.displayName(), user.roles(), user.languages(),
                currentUser.tokenId().isPresent() ? "token" : "session");
    }

    @PUT
    @Path("/password")
    @Operation(summary = "Change one's own password")
    @APIResponse(responseCode = "204", description = "Changed; every other session of the user has ended")
    @APIResponse(responseCode = "400", description = "Current password wrong or new one too short")
    public void changePassword(@Valid @NotNull ChangePassword request) {
        accounts.changePassword(currentUser.id(), request, currentUser.sessionId());
    }
}
