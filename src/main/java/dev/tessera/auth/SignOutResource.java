package dev.tessera.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sign-out ({@code POST /logout}, from a form or fetch): ends the browser session on the
 * server, so that a copy of the cookie is useless from now on, clears the cookie, and sends
 * the browser to the sign-in page (303). Without a live session it only clears the cookie.
 * A browser page, not part of the JSON API, so it is left out of the OpenAPI document.
 */
@Path("/logout")
@PermitAll
public class SignOutResource {

    private final SecurityIdentity identity;
    private final BrowserSessions sessions;
    private final String cookieName;
    private final String signInPage;

    public SignOutResource(SecurityIdentity identity, BrowserSessions sessions,
                           @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
                           @ConfigProperty(name = "quarkus.http.auth.form.login-page") String signInPage) {
        this.identity = identity;
        this.sessions = sessions;
        this.cookieName = cookieName;
        this.signInPage = signInPage;
    }

    @POST
    @Operation(hidden = true)
    public Response signOut() {
        String sessionId = identity.getAttribute(Identities.SESSION_ID);
        if (sessionId != null) {
            sessions.end(sessionId);
        }
        NewCookie cleared = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        // Relative: the address never comes from the request's Host header (see SecurityHeaders).
        return Response.seeOther(URI.create(signInPage)).cookie(cleared).build();
    }
}
