package dev.tessera.web;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.SecretShownOnce;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.events.EventTypes;
import dev.tessera.publish.DeliveryLog;
import dev.tessera.publish.WebhookEndpoints;
import dev.tessera.publish.WebhookViews.AttemptView;
import dev.tessera.publish.WebhookViews.CreateEndpoint;
import dev.tessera.publish.WebhookViews.CreatedEndpoint;
import dev.tessera.publish.WebhookViews.DeliveryView;
import dev.tessera.publish.WebhookViews.EndpointView;
import dev.tessera.publish.WebhookViews.UpdateEndpoint;
import dev.tessera.web.AdminForms.Choice;
import dev.tessera.web.PageFrame.Link;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Webhook endpoints (admins only): the list with the ones that fail or are disabled marked,
 * adding one (its signing secret on the answer page only), enabling and disabling, a test
 * message, and an endpoint's delivery log with every attempt and a redeliver button. The
 * rules (address guard, event types, retry schedule) stay in {@code publish}.
 */
@Path("/admin/webhooks")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class AdminWebhooksPage {

    static final int DELIVERIES_PER_PAGE = 25;

    public record EndpointRow(long id, String url, String description, String events, boolean active,
                              String disabledReason, int failures) {
    }

    public record AttemptRow(String line, String result, boolean ok, String excerpt) {
    }

    public record DeliveryRow(long id, String webhookId, String eventType, String status, String statusName,
                              String created, String next, String lastResult, List<AttemptRow> attempts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(PageFrame frame, List<Link> tabs, String notice, String secret,
                                                List<EndpointRow> endpoints, List<Choice> events);

        static native TemplateInstance webhook(PageFrame frame, List<Link> tabs, String notice, EndpointRow endpoint,
                                               List<DeliveryRow> deliveries, String pageSummary, String previous,
                                               String next);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final UiText text;
    private final AdminText adm;
    private final WebhookEndpoints endpoints;
    private final DeliveryLog log;
    private final CurrentUser currentUser;
    private final Validator validator;

    public AdminWebhooksPage(Visitor visitor, UiLocale ui, UiText text, AdminText adm, WebhookEndpoints endpoints,
                             DeliveryLog log, CurrentUser currentUser, Validator validator) {
        this.visitor = visitor;
        this.ui = ui;
        this.text = text;
        this.adm = adm;
        this.endpoints = endpoints;
        this.log = log;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @GET
    public TemplateInstance webhooks(@QueryParam("done") String done) {
        return list(AdminForms.notice(adm, done), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SecretShownOnce
    public Response create(@FormParam("url") String url, @FormParam("description") String description,
                           @FormParam("eventTypes") List<String> eventTypes) {
        CreateEndpoint request = AdminForms.valid(validator, new CreateEndpoint(url, AdminForms.blankToNull(description),
                eventTypes == null || eventTypes.isEmpty() ? List.of() : eventTypes, true));
        CreatedEndpoint created = endpoints.create(request, currentUser.id());
        return Response.status(Response.Status.CREATED).entity(list(adm.doneCreated(), created.secret())).build();
    }

    private TemplateInstance list(String notice, String secret) {
        PageRequest request = new PageRequest();
        request.size = PageRequest.MAX_SIZE;
        List<EndpointRow> rows = endpoints.list(request).items().stream().map(this::row).toList();
        List<Choice> events = EventTypes.SUBSCRIBABLE.stream().map(e -> new Choice(e, e, true)).toList();
        return Templates.webhooks(visitor.frame(adm.webhooks(), "admin"), AdminForms.tabs(adm, "webhooks"), notice,
                secret, rows, events).setLocale(ui.locale());
    }

    @GET
    @Path("{id}")
    public TemplateInstance webhook(@PathParam("id") long id, @QueryParam("page") int page,
                                    @QueryParam("done") String done) {
        EndpointRow endpoint = row(endpoints.get(id));
        PageRequest request = new PageRequest();
        request.page = Math.min(Math.max(0, page), PageRequest.MAX_PAGE);
        request.size = DELIVERIES_PER_PAGE;
        Page<DeliveryView> deliveries = log.page(id, request);
        long pages = Math.max(1, (deliveries.total() + DELIVERIES_PER_PAGE - 1) / DELIVERIES_PER_PAGE);
        String base = "/admin/webhooks/" + id + "?page=";
        String previous = request.page > 0 ? base + (request.page - 1) : null;
        String next = request.page + 1 < pages ? base + (request.page + 1) : null;
        String summary = text.pageOf(ui.number(request.page + 1L), ui.number(pages), ui.number(deliveries.total()));
        return Templates.webhook(visitor.frame(adm.endpointNumber(id), "admin"),
                AdminForms.tabs(adm, "webhooks"), AdminForms.notice(adm, done), endpoint,
                deliveries.items().stream().map(this::delivery).toList(), summary, previous, next).setLocale(ui.locale());
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") long id, @FormParam("active") String active) {
        boolean on = AdminForms.flag("active", active);
        endpoints.update(id, new UpdateEndpoint(null, null, null, on));
        return AdminForms.done("/admin/webhooks/" + id, on ? "enabled" : "disabled");
    }

    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("id") long id) {
        endpoints.test(id);
        return AdminForms.done("/admin/webhooks/" + id, "test");
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        endpoints.redeliver(id, deliveryId);
        return AdminForms.done("/admin/webhooks/" + id, "redeliver");
    }

    private EndpointRow row(EndpointView e) {
        return new EndpointRow(e.id(), e.url(), e.description(), String.join(", ", e.eventTypes()), e.active(),
                e.disabledReason(), e.consecutiveFailures());
    }

    private DeliveryRow delivery(DeliveryView d) {
        List<AttemptRow> attempts = d.attemptLog().stream().map(this::attempt).toList();
        String last = d.lastStatusCode() != null ? "HTTP " + d.lastStatusCode()
                : d.lastError() != null ? d.lastError() : "—";
        return new DeliveryRow(d.id(), d.webhookId(), d.eventType(), d.status().toLowerCase(java.util.Locale.ROOT),
                statusName(d.status()), ui.dateTime(d.createdAt()), ui.dateTime(d.nextAttemptAt()), last, attempts);
    }

    private AttemptRow attempt(AttemptView a) {
        String result = a.statusCode() != null ? "HTTP " + a.statusCode() : a.error() == null ? "—" : a.error();
        boolean ok = a.statusCode() != null && a.statusCode() >= 200 && a.statusCode() < 300;
        return new AttemptRow(adm.attemptLine(ui.number(a.attempt()), ui.dateTime(a.startedAt()), ui.number(a.durationMs())),
                result, ok, a.responseExcerpt());
    }

    private String statusName(String status) {
        return switch (status) {
            case "SUCCEEDED" -> adm.statusSucceeded();
            case "FAILED" -> adm.statusFailed();
            default -> adm.statusPending();
        };
    }
}
