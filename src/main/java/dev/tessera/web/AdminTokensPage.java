package dev.tessera.web;

import dev.tessera.api.PageRequest;
import dev.tessera.api.SecretShownOnce;
import dev.tessera.auth.AccountViews.CreateToken;
import dev.tessera.auth.AccountViews.CreatedToken;
import dev.tessera.auth.AccountViews.UserView;
import dev.tessera.auth.Accounts;
import dev.tessera.auth.ApiTokens;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * API tokens of every user (admins only): the list, creating one for a user — its secret is
 * on the answer page and nowhere else, never cached — and revoking. {@link ApiTokens} keeps
 * the rules; this page only turns form fields into its requests.
 */
@Path("/admin/tokens")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class AdminTokensPage {

    public record TokenRow(long id, String user, String name, String prefix, String created, String expires,
                           String lastUsed, boolean revoked, boolean expired) {
    }

    /** A token just made: for whom, and the secret itself, shown this once. */
    public record NewToken(String user, String name, String secret) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(PageFrame frame, List<Link> tabs, String notice, NewToken created,
                                              List<TokenRow> tokens, List<Choice> users);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final AdminText adm;
    private final ApiTokens tokens;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Validator validator;

    public AdminTokensPage(Visitor visitor, UiLocale ui, AdminText adm, ApiTokens tokens, Accounts accounts,
                           CurrentUser currentUser, Validator validator) {
        this.visitor = visitor;
        this.ui = ui;
        this.adm = adm;
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @GET
    public TemplateInstance tokens(@QueryParam("done") String done) {
        return page(AdminForms.notice(adm, done), null);
    }

    // Alike by shape with AdminWebhooksPage.create: validate a form, create through the API's
    // service, show the secret once; the fields and the services differ.
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SecretShownOnce
    public Response create(@FormParam("userId") Long userId, @FormParam("name") String name,
                           @FormParam("expiresOn") String expiresOn) {
        if (userId == null) {
            throw AdminForms.invalid("userId", "choose the user the token acts as");
        }
        CreateToken request = AdminForms.valid(validator, new CreateToken(name, expiresAt(expiresOn), userId));
        CreatedToken created = tokens.create(request, currentUser);
        String owner = accounts.get(created.userId()).username();
        return Response.status(Response.Status.CREATED)
                .entity(page(null, new NewToken(owner, created.name(), created.token()))).build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id, currentUser);
        return AdminForms.done("/admin/tokens", "revoked");
    }

    private TemplateInstance page(String notice, NewToken created) {
        List<UserView> people = AdminForms.allUsers(accounts);
        Map<Long, String> names = people.stream().collect(Collectors.toMap(UserView::id, UserView::username));
        PageRequest request = new PageRequest();
        request.size = PageRequest.MAX_SIZE;
        Instant now = Instant.now();
        List<TokenRow> rows = tokens.list(currentUser, null, true, request).items().stream().map(t -> new TokenRow(
                t.id(), names.getOrDefault(t.userId(), "#" + t.userId()), t.name(), t.prefix(), ui.dateTime(t.createdAt()),
                t.expiresAt() == null ? adm.never() : ui.dateTime(t.expiresAt()),
                t.lastUsedAt() == null ? "—" : ui.dateTime(t.lastUsedAt()), t.revokedAt() != null,
                t.expiresAt() != null && t.expiresAt().isBefore(now))).toList();
        List<Choice> owners = people.stream().filter(UserView::enabled)
                .map(u -> new Choice(Long.toString(u.id()), u.displayName() + " (" + u.username() + ")",
                        u.id() == currentUser.id()))
                .sorted(java.util.Comparator.comparing(Choice::label, java.text.Collator.getInstance(ui.locale())))
                .toList();
        return Templates.tokens(visitor.frame(adm.apiTokens(), "admin"), AdminForms.tabs(adm, "tokens"), notice,
                created, rows, owners).setLocale(ui.locale());
    }

    /** The last day the token works, as a date field sends it: it stops at the end of that day (UTC). */
    static Instant expiresAt(String expiresOn) {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw AdminForms.invalid("expiresOn", "must be a date (yyyy-mm-dd)");
        }
    }
}
