package dev.tessera.publish;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.SecretShownOnce;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.publish.WebhookViews.CreateEndpoint;
import dev.tessera.publish.WebhookViews.CreatedEndpoint;
import dev.tessera.publish.WebhookViews.DeliveryView;
import dev.tessera.publish.WebhookViews.EndpointView;
import dev.tessera.publish.WebhookViews.RotatedSecret;
import dev.tessera.publish.WebhookViews.TestQueued;
import dev.tessera.publish.WebhookViews.UpdateEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Webhook endpoints and their delivery logs (admin). */
// Alike by shape only: its methods look like other resources' (OpenAPI annotations over one service call).
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ID)
@Tag(name = "Webhooks")
public class WebhookResource {

    private final WebhookEndpoints endpoints;
    private final DeliveryLog log;
    private final CurrentUser currentUser;

    public WebhookResource(WebhookEndpoints endpoints, DeliveryLog log, CurrentUser currentUser) {
        this.endpoints = endpoints;
        this.log = log;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Create an endpoint (URL, description, eventTypes, active); its secret is shown only here")
    @APIResponse(responseCode = "201", description = "Created; the body holds the whsec_ secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedEndpoint.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): URL not http(s), unresolvable or private; unknown event type")
    @SecretShownOnce
    public Response create(@Valid @NotNull CreateEndpoint request) {
        CreatedEndpoint created = endpoints.create(request, currentUser.id());
        return Response.created(URI.create("/api/webhooks/" + created.endpoint().id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List endpoints (never their secrets)")
    @APIResponse(responseCode = "200", description = "A page of endpoints, with whether each is active and why not")
    public Page<EndpointView> list(@Valid @BeanParam PageRequest page) {
        return endpoints.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint; a disabled one carries disabledReason")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public EndpointView get(@PathParam("id") long id) {
        return endpoints.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change URL, description, event types, or disable/enable (active)")
    @APIResponse(responseCode = "200", description = "The changed endpoint")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public EndpointView update(@PathParam("id") long id, @Valid @NotNull UpdateEndpoint request) {
        return endpoints.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response delete(@PathParam("id") long id) {
        endpoints.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Make a new secret (shown only here); the old one still signs, as a second signature, for 24 h")
    @APIResponse(responseCode = "200", description = "The new secret and until when the old one is used too")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @SecretShownOnce
    public RotatedSecret rotate(@PathParam("id") long id) {
        return endpoints.rotate(id);
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a webhook.test message to this endpoint only")
    @APIResponse(responseCode = "202", description = "Queued; it appears in the delivery log")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response test(@PathParam("id") long id) {
        TestQueued queued = endpoints.test(id);
        return Response.accepted(queued).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The endpoint's deliveries, newest first, each with every attempt")
    @APIResponse(responseCode = "200", description = "A page of deliveries: status, webhook-id, attempts (time, status code, duration, error, response excerpt)")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Page<DeliveryView> deliveries(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        endpoints.get(id);
        return log.page(id, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a delivery again now (same webhook-id, a fresh retry schedule)")
    @APIResponse(responseCode = "202", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery")
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        endpoints.redeliver(id, deliveryId);
        return Response.accepted().build();
    }
}
