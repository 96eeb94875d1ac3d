package dev.tessera.web;

import dev.tessera.auth.AccountViews.CreateUser;
import dev.tessera.auth.AccountViews.UpdateUser;
import dev.tessera.auth.AccountViews.UserView;
import dev.tessera.auth.Accounts;
import dev.tessera.demo.Demo;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
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
import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * Administration of user accounts (admins only): the list, creating a user, changing roles,
 * working languages and display name, enabling and disabling, and resetting a password. Every
 * change goes through {@link Accounts}, so the rules of the API hold here too (the last admin
 * stays an admin; a new password ends the user's sessions). Also the read-only languages page.
 */
@Path("/admin")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class AdminUsersPage {

    public record UserRow(long id, String username, String displayName, String roles, String languages,
                          boolean enabled, String created) {
    }

    public record LanguageRow(String code, String ownName, String nameHere, String people) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(PageFrame frame, List<Link> tabs, String notice, List<UserRow> users,
                                             List<Choice> roles, List<Choice> languages, boolean demoPresent);

        static native TemplateInstance user(PageFrame frame, List<Link> tabs, String notice, UserView user,
                                            List<Choice> roles, List<Choice> languages);

        static native TemplateInstance languages(PageFrame frame, List<Link> tabs, List<LanguageRow> languages);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final AdminText adm;
    private final Accounts accounts;
    private final Languages languages;
    private final Validator validator;
    private final Demo demo;

    public AdminUsersPage(Visitor visitor, UiLocale ui, AdminText adm, Accounts accounts, Languages languages,
                          Validator validator, Demo demo) {
        this.demo = demo;
        this.visitor = visitor;
        this.ui = ui;
        this.adm = adm;
        this.accounts = accounts;
        this.languages = languages;
        this.validator = validator;
    }

    @GET
    public TemplateInstance users(@QueryParam("done") String done) {
        Collator collator = Collator.getInstance(ui.locale());
        List<UserRow> rows = AdminForms.allUsers(accounts).stream()
                .sorted(Comparator.comparing(UserView::displayName, collator).thenComparing(UserView::username))
                .map(this::row).toList();
        return Templates.users(visitor.frame(adm.users(), "admin"), AdminForms.tabs(adm, "users"),
                AdminForms.notice(adm, done), rows, AdminForms.roleChoices(adm, List.of()), languageChoices(List.of()),
                demo.present())
                .setLocale(ui.locale());
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
                           @FormParam("password") String password, @FormParam("roles") List<String> roles,
                           @FormParam("languages") List<String> langs) {
        CreateUser request = AdminForms.valid(validator, new CreateUser(username == null ? null : username.strip(),
                AdminForms.blankToNull(displayName), password, roles, langs));
        UserView user = accounts.create(request);
        return AdminForms.done("/admin/users/" + user.id(), "created");
    }

    @GET
    @Path("users/{id}")
    public TemplateInstance user(@PathParam("id") long id, @QueryParam("done") String done) {
        UserView user = accounts.get(id);
        return Templates.user(visitor.frame(user.displayName(), "admin"), AdminForms.tabs(adm, "users"),
                AdminForms.notice(adm, done), user, AdminForms.roleChoices(adm, user.roles()),
                languageChoices(user.languages())).setLocale(ui.locale());
    }

    /** The edit form: display name, roles and languages as a whole (an unticked box takes the role away). */
    @POST
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @FormParam("displayName") String displayName,
                           @FormParam("roles") List<String> roles, @FormParam("languages") List<String> langs) {
        accounts.update(id, AdminForms.valid(validator, new UpdateUser(displayName == null ? null : displayName.strip(),
                null, roles, langs, null)));
        return AdminForms.done("/admin/users/" + id, "saved");
    }

    @POST
    @Path("users/{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id, @FormParam("enabled") String enabled) {
        boolean on = AdminForms.flag("enabled", enabled);
        accounts.update(id, new UpdateUser(null, null, null, null, on));
        return AdminForms.done("/admin/users/" + id, on ? "enabled" : "disabled");
    }

    @POST
    @Path("users/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password) {
        if (password == null || password.isEmpty()) {
            throw AdminForms.invalid("password", "must not be blank");
        }
        accounts.update(id, AdminForms.valid(validator, new UpdateUser(null, password, null, null, null)));
        return AdminForms.done("/admin/users/" + id, "password");
    }

    @GET
    @Path("languages")
    public TemplateInstance languages() {
        List<UserView> users = AdminForms.allUsers(accounts);
        List<LanguageRow> rows = languages.codes().stream().map(code -> {
            long translators = users.stream().filter(u -> u.enabled() && u.roles().contains(Role.TRANSLATOR_ID)
                    && u.languages().contains(code)).count();
            long reviewers = users.stream().filter(u -> u.enabled() && u.roles().contains(Role.REVIEWER_ID)
                    && u.languages().contains(code)).count();
            return new LanguageRow(code, Visitor.ownName(code), ui.languageName(code),
                    adm.translatorsReviewers(ui.number(translators), ui.number(reviewers)));
        }).toList();
        return Templates.languages(visitor.frame(adm.languages(), "admin"), AdminForms.tabs(adm, "languages"), rows)
                .setLocale(ui.locale());
    }

    private UserRow row(UserView u) {
        String roles = u.roles().isEmpty() ? adm.none()
                : String.join(", ", u.roles().stream().map(r -> AdminForms.roleName(adm, r)).toList());
        boolean everywhere = u.roles().stream().anyMatch(r -> Role.fromId(r).map(Role::allLanguages).orElse(false));
        String langs = everywhere ? adm.allLanguages() : u.languages().isEmpty() ? adm.none()
                : String.join(", ", u.languages().stream().map(ui::languageName).toList());
        return new UserRow(u.id(), u.username(), u.displayName(), roles, langs, u.enabled(), ui.dateTime(u.createdAt()));
    }

    private List<Choice> languageChoices(List<String> chosen) {
        return languages.codes().stream().map(c -> new Choice(c, ui.languageName(c), chosen.contains(c))).toList();
    }
}
