package dev.tessera.web;

import dev.tessera.language.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The translator and reviewer workbenches. The page is a light shell; its script works the
 * queue through the JSON API (claim, save, submit, approve, reject) with the session cookie
 * and the CSRF header, because the editor, the autosave and the local copy of typed text live
 * in the browser. Who may claim in which language is decided by the queue, as for any client.
 */
@Path("/")
@Authenticated
public class WorkbenchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance translate(PageFrame frame, String lang, String langName);

        static native TemplateInstance review(PageFrame frame, String lang, String langName);
    }

    private final Visitor visitor;
    private final UiLocale ui;
    private final UiText text;
    private final Languages languages;

    public WorkbenchPages(Visitor visitor, UiLocale ui, UiText text, Languages languages) {
        this.visitor = visitor;
        this.ui = ui;
        this.text = text;
        this.languages = languages;
    }

    @GET
    @Path("translate/{lang}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance translate(@PathParam("lang") String lang) {
        String code = languages.require("lang", lang);
        String name = ui.languageName(code);
        return Templates.translate(visitor.frame(text.translateInto(name), "translate/" + code), code, name)
                .setLocale(ui.locale());
    }

    @GET
    @Path("review/{lang}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance review(@PathParam("lang") String lang) {
        String code = languages.require("lang", lang);
        String name = ui.languageName(code);
        return Templates.review(visitor.frame(text.reviewIn(name), "review/" + code), code, name)
                .setLocale(ui.locale());
    }
}
