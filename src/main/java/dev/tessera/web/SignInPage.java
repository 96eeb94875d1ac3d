package dev.tessera.web;

import dev.tessera.auth.Accounts;
import dev.tessera.auth.Identities;
import dev.tessera.web.PageFrame.Link;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The sign-in page (the form posts to the container's {@code j_security_check}) and the
 * page-language choice, which works signed in or not. Sign-out is {@code POST /logout}.
 */
@Path("/")
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String uiLang, boolean failed, List<Link> languages);
    }

    private final UiLocale ui;
    private final SecurityIdentity identity;
    private final Accounts accounts;

    public SignInPage(UiLocale ui, SecurityIdentity identity, Accounts accounts) {
        this.ui = ui;
        this.identity = identity;
        this.accounts = accounts;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error) {
        List<Link> languages = UiLocale.SUPPORTED.stream()
                .map(code -> new Link(code, Visitor.ownName(code), code.equals(ui.tag()))).toList();
        return Templates.login(ui.tag(), error != null, languages).setLocale(ui.locale());
    }

    /**
     * Remembers the page language — on the account of a signed-in user, and in a cookie for a
     * year — and goes back to the page the choice was made on.
     */
    @POST
    @Path("ui-language")
    public Response chooseLanguage(@FormParam("lang") String lang, @HeaderParam("Referer") String referer) {
        String chosen = UiLocale.SUPPORTED.contains(lang) ? lang : "en";
        Long userId = identity.isAnonymous() ? null : identity.getAttribute(Identities.USER_ID);
        if (userId != null) {
            accounts.setUiLanguage(userId, chosen);
        }
        NewCookie cookie = new NewCookie.Builder(UiLocale.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(referer))).cookie(cookie).build();
    }

    /** The path of a same-site referer, so the redirect can never lead to another site. */
    static String localPath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
