package dev.tessera.web;

import dev.tessera.api.SecretShownOnce;
import dev.tessera.article.ArticleQueries;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.demo.Demo;
import dev.tessera.demo.DemoAccounts.Credentials;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The demo, for admins: loading it (the empty dashboard's button, or Administration) answers
 * with what was made — the sample articles and the demo accounts created now, whose passwords
 * this page shows once and nothing keeps; removing it goes back to Administration.
 */
@Path("/demo")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class DemoPage {

    /** A sample article as the answer lists it. */
    public record ArticleLink(long id, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance loaded(PageFrame frame, List<ArticleLink> articles, List<Credentials> accounts,
                                              int segmentsWorked);
    }

    private final Demo demo;
    private final ArticleQueries articles;
    private final CurrentUser user;
    private final Visitor visitor;
    private final UiLocale ui;
    private final AdminText adm;

    public DemoPage(Demo demo, ArticleQueries articles, CurrentUser user, Visitor visitor, UiLocale ui, AdminText adm) {
        this.demo = demo;
        this.articles = articles;
        this.user = user;
        this.visitor = visitor;
        this.ui = ui;
        this.adm = adm;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SecretShownOnce
    public TemplateInstance load() {
        Demo.Loaded loaded = demo.load(user.id());
        List<ArticleLink> links = loaded.articleIds().stream()
                .map(id -> new ArticleLink(id, articles.get(id).title())).toList();
        return Templates.loaded(visitor.frame(adm.demoLoaded(), "dashboard"), links, loaded.accounts(),
                loaded.segmentsWorked()).setLocale(ui.locale());
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove() {
        demo.remove();
        return AdminForms.done("/admin", "demo-removed");
    }
}
