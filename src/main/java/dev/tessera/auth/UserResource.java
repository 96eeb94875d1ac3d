package dev.tessera.auth;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.auth.AccountViews.CreateUser;
import dev.tessera.auth.AccountViews.UpdateUser;
import dev.tessera.auth.AccountViews.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ID)
@Tag(name = "Accounts")
public class UserResource {

    private final Accounts accounts;

    public UserResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "List users (admin)")
    @APIResponse(responseCode = "200", description = "A page of users, by user name")
    public Page<UserView> list(@Valid @BeanParam PageRequest page) {
        return accounts.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user (admin)")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Operation(summary = "Create a user with roles and working languages (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in the answer)")
    @APIResponse(responseCode = "409", description = "User name taken")
    public Response create(@Valid @NotNull CreateUser request) {
        UserView user = accounts.create(request);
        return Response.created(URI.create("/api/users/" + user.id())).entity(user).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change display name, password, roles, languages, or disable/enable (admin)")
    @APIResponse(responseCode = "200", description = "The changed user")
    @APIResponse(responseCode = "400", description = "Invalid field (named in the answer)")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "It would leave no enabled admin (LAST_ADMIN)")
    public UserView update(@PathParam("id") long id, @Valid @NotNull UpdateUser request) {
        return accounts.update(id, request);
    }
}
